/**
 * An evaluation flow whose decision failed 12 outcomes of 5 rows: the Why panel names the first
 * three outcomes, each with three rows, and counts the rest; "All 12 outcomes not met" opens them
 * all, by keyboard too (docs/canvas.md, chosen). 1280×800 light and 1440×900 dark, axe clean.
 */
import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { node, runDesign } from './helpers';

const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const definition = (processType: string, elements: Record<string, unknown>, start: string, variables: unknown[]) => ({
  version: 1, processType, status: 'Active', start: { connector: start },
  variables, constants: [], formulas: [], textTemplates: [], choices: [], dynamicChoiceSets: [], elements,
});
const rules = Array.from({ length: 12 }, (_, o) => ({
  name: `Tier_${o + 1}`, logic: 'and', connector: 'Met',
  conditions: Array.from({ length: 5 }, (_, r) => ({ left: 'amount', operator: 'GreaterThan', right: { number: 1000 * (o + 1) + r } })),
}));
const design = {
  format: 'stageflow.orchestration', version: 1, name: 'Tiers', apiVersion: 66,
  variables: [{ name: 'amount', type: 'Number', value: 5 }],
  flows: [
    { name: 'Do_Work', type: 'autolaunched', active: true },
    {
      name: 'Big_Enough', type: 'evaluation', active: true, inputs: ['amount'], outputs: ['isOrchestrationConditionMet'],
      definition: definition('EvaluationFlow', {
        Route: { kind: 'decision', name: 'Route', rules },
        Met: { kind: 'assignment', name: 'Met', items: [{ ref: 'isOrchestrationConditionMet', operator: 'Assign', value: { boolean: true } }] },
      }, 'Route', [{ name: 'isOrchestrationConditionMet', dataType: 'Boolean', isCollection: false, isInput: false, isOutput: true }, { name: 'amount', dataType: 'Number', isCollection: false, isInput: true, isOutput: false }]),
    },
  ],
  stages: [{ name: 'Approve', steps: [{ name: 'Review', kind: 'background', flow: 'Do_Work', start: { mode: 'evaluationFlow', flow: 'Big_Enough', inputs: { amount: 'amount' } } }] }],
};

for (const [width, height, scheme] of [[1280, 800, 'light'], [1440, 900, 'dark']] as const) {
  test(`a decision that failed 12 outcomes: the first three in the sentence, all a disclosure away (${width}×${height} ${scheme})`, async ({ page }) => {
    // given the design, run to its end, the waiting step selected
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme });
    const slider = await runDesign(page, design);
    await slider.focus();
    await slider.press('End');
    await node(page, 'Review').click();
    // then
    const why = page.getByLabel('Why it has not started');
    await expect(why).toContainText('its decision "Route" took the default outcome: outcome "Tier_1" is not met (amount 5 is not greater than 1000, amount 5 is not greater than 1001, amount 5 is not greater than 1002, and 2 more rows)');
    await expect(why).toContainText('and 9 more outcomes not met.');
    await expect(why.getByText(/^Starts when evaluation flow/)).not.toContainText('Tier_4');
    await expect(why.getByRole('listitem').first()).toBeHidden(); // the full list waits, closed
    // when the full list is opened from the keyboard
    const all = why.getByText('All 12 outcomes not met');
    await all.focus();
    await page.keyboard.press('Enter');
    await expect(why.getByRole('listitem')).toHaveCount(12);
    await expect(why.getByRole('listitem').last()).toContainText('outcome "Tier_12" is not met (amount 5 is not greater than 12000, amount 5 is not greater than 12001, amount 5 is not greater than 12002, amount 5 is not greater than 12003, amount 5 is not greater than 12004)');
    if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/outcomes-${width}-${scheme}.png` });
    expect(await seriousViolations(page)).toEqual([]);
  });
}
