/**
 * A new evaluation-flow condition in a design opened from a real project starts with no flow, as a
 * new step does: its catalog holds only the flows the orchestration already calls. The Problems list
 * and the picker ask for the flow in the condition's words (docs/editor.md, "A new step's flow").
 */
import { expect, test, type Page } from '@playwright/test';
import { getDocument } from './helpers';
import { openFixtureProject } from './projectFixtures';

type Doc = { stages: { steps: { name: string; start?: { mode: string; flow?: string } }[] }[] };

/** The new background step's start, switched to an evaluation flow in the Properties panel. */
async function startOnEvaluationFlow(page: Page) {
  await page.getByRole('button', { name: 'Add background step' }).click();
  const properties = page.getByRole('complementary', { name: 'Properties' });
  await properties.getByRole('combobox', { name: 'When to start', exact: true }).selectOption('evaluationFlow');
  const picker = properties.getByRole('combobox', { name: 'Evaluation flow', exact: true });
  await expect(picker).toBeVisible();
  const doc = (await getDocument(page)) as unknown as Doc;
  return { picker, start: doc.stages.flatMap((s) => s.steps).find((s) => s.name === 'Background_step_1')?.start };
}

test('a new evaluation-flow start in a project with an evaluation flow has no flow until the admin picks one, and the design asks for it', async ({ page }) => {
  // given the Case lifecycle project opened (its stage Work exits on the evaluation flow Can_Leave_Work), stage Triage selected from the outline
  await openFixtureProject(page, 'CaseLifecycle', 'Case_Lifecycle', { folder: 'case-lifecycle', select: 'Stage Triage' });
  // when a new step's start becomes an evaluation flow
  const { picker, start } = await startOnEvaluationFlow(page);
  // then the condition calls no flow (not Can_Leave_Work, the catalog's one), and the picker asks for one in the condition's words
  expect(start).toEqual({ mode: 'evaluationFlow', flow: '', inputs: {} });
  await expect(picker).toHaveValue('');
  await expect(picker).toHaveAccessibleDescription(/this condition has no evaluation flow: choose the evaluation flow that decides it/);
});

test('a sample\'s new evaluation-flow start still takes the catalog\'s first active evaluation flow', async ({ page }) => {
  // given the onboarding sample (a catalog of stand-ins, no project files)
  await page.goto('/?sample=onboarding');
  await expect(page.getByRole('button', { name: 'Add background step' })).toBeVisible();
  // when a new step's start becomes an evaluation flow
  const { picker, start } = await startOnEvaluationFlow(page);
  // then it calls the catalog's first active evaluation flow
  expect(start?.flow).toBe('Hire_Confirmed');
  await expect(picker).toHaveValue('Hire_Confirmed');
});
