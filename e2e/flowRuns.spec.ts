/** Issue 13: in the run view, a step's project flow run is visible, and the why of a step waiting on an evaluation flow names the decision. */
import { expect, test } from '@playwright/test';
import { node, runDesign } from './helpers';

const definition = (processType: string, elements: Record<string, unknown>, start: string, variables: unknown[]) => ({
  version: 1, processType, status: 'Active', start: { connector: start },
  variables, constants: [], formulas: [], textTemplates: [], choices: [], dynamicChoiceSets: [], elements,
});
const out = (name: string, dataType: string) => ({ name, dataType, isCollection: false, isInput: false, isOutput: true });

/** Score runs a flow (an assignment, then a decision on it); Review waits on an evaluation flow that says no. */
const design = {
  format: 'stageflow.orchestration', version: 1, name: 'Project_Flows', apiVersion: 66,
  users: [{ username: 'ops', active: true }],
  flows: [
    {
      name: 'Score_Lead', type: 'autolaunched', active: true, outputs: ['score', 'grade'], source: { path: 'force-app/main/default/flows/Score_Lead.flow-meta.xml' },
      definition: definition('AutoLaunchedFlow', {
        Add_Points: { kind: 'assignment', name: 'Add_Points', connector: 'Is_Hot', items: [{ ref: 'score', operator: 'Add', value: { number: 42 } }] },
        Is_Hot: { kind: 'decision', name: 'Is_Hot', defaultConnector: 'Cold', rules: [{ name: 'Hot', logic: 'and', conditions: [{ left: 'score', operator: 'GreaterThan', right: { number: 40 } }], connector: 'Grade_A' }] },
        Grade_A: { kind: 'assignment', name: 'Grade_A', items: [{ ref: 'grade', operator: 'Assign', value: { string: 'A' } }] },
        Cold: { kind: 'assignment', name: 'Cold', items: [{ ref: 'grade', operator: 'Assign', value: { string: 'C' } }] },
      }, 'Add_Points', [out('score', 'Number'), out('grade', 'String')]),
    },
    {
      name: 'Ready_For_Review', type: 'evaluation', active: true, inputs: ['grade'], outputs: ['isOrchestrationConditionMet'],
      definition: definition('EvaluationFlow', {
        Check_Grade: { kind: 'decision', name: 'Check_Grade', rules: [{ name: 'Grade_Is_B', logic: 'and', conditions: [{ left: 'grade', operator: 'EqualTo', right: { string: 'B' } }], connector: 'Met' }] },
        Met: { kind: 'assignment', name: 'Met', items: [{ ref: 'isOrchestrationConditionMet', operator: 'Assign', value: { boolean: true } }] },
      }, 'Check_Grade', [out('isOrchestrationConditionMet', 'Boolean'), { name: 'grade', dataType: 'String', isCollection: false, isInput: true, isOutput: false }]),
    },
  ],
  stages: [{ name: 'Qualify', steps: [
    { name: 'Score', kind: 'background', flow: 'Score_Lead' },
    { name: 'Review', kind: 'background', flow: 'Score_Lead', start: { mode: 'evaluationFlow', flow: 'Ready_For_Review', inputs: { grade: 'Score.Outputs.grade' } } },
  ] }],
};

test('selecting a step shows its flow run; the why of a step behind an evaluation flow names the decision', async ({ page }) => {
  // given the design in the app, run
  const slider = await runDesign(page, design);
  // when the end is shown
  await slider.focus();
  await slider.press('End');
  await node(page, 'Score').click();
  // then the step's flow run: its path, the values it assigned, its outputs
  const score = page.getByRole('article', { name: 'Flow run Score_Lead' });
  await expect(score).toContainText('Score_Lead (its flow): completed');
  await expect(score.getByRole('list', { name: 'Elements taken' })).toContainText('Add_Points');
  await expect(score.getByRole('list', { name: 'Elements taken' })).toContainText('Is_Hot [Hot]');
  await expect(score.getByRole('list', { name: 'Values assigned' })).toContainText('grade = "A"');
  await expect(score.getByRole('list', { name: 'Outputs' })).toContainText('score = 42');
  // and the step behind the evaluation flow: why it waits, and the evaluation's run
  await node(page, 'Review').click();
  await expect(page.getByLabel('Why it has not started')).toContainText('Ready_For_Review returns true. It returns false now');
  const evaluation = page.getByRole('article', { name: 'Flow run Ready_For_Review' });
  await expect(evaluation).toContainText('returned false');
  // what the decision compared, with the values read: not only the outcome it took
  await expect(evaluation).toContainText('Returned false because decision "Check_Grade" took the default outcome: outcome "Grade_Is_B" is not met (grade "A" is not "B").');
  // with the value of that moment: Score's output, read by the run stopped at Score's stepCompleted (it read null there)
  await expect(page.getByLabel('Why it has not started')).toContainText('its decision "Check_Grade" took the default outcome: outcome "Grade_Is_B" is not met (grade "A" is not "B")');
});

test('a step\'s flow run is listed only once the moment shown has reached it, never while the step still shows Not started', async ({ page }) => {
  // given the design in the run view, before its first event (every event of this run is at 0 ms)
  await runDesign(page, design);
  await node(page, 'Score').click();
  // then nothing has run yet
  await expect(page.getByText('Status: Not started')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Flow run Score_Lead' })).toHaveCount(0);
  // when the run is stepped until Score has completed
  for (let i = 0; i < 20 && !(await page.getByText('Status: Completed').isVisible()); i++) {
    await page.getByRole('button', { name: 'Step forward' }).click();
  }
  // then its flow run is there
  await expect(page.getByText('Status: Completed')).toBeVisible();
  await expect(page.getByRole('article', { name: 'Flow run Score_Lead' })).toContainText('Score_Lead (its flow): completed');
});
