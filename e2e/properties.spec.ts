import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { propertiesFixture } from '../src/commands/__fixtures__/propertiesFixture';
import type { Orchestration, Step } from '../src/model/types';

const SHOTS = process.env.E2E_SHOTS ?? '/tmp/sf-props-shots';

async function open(page: Page): Promise<void> {
  await page.goto('/?sample=onboarding');
  await page.waitForFunction(() => typeof window.stageflow?.loadDocument === 'function');
  const result = await page.evaluate((doc) => window.stageflow.loadDocument(doc), propertiesFixture());
  expect(result.ok).toBe(true);
  await expect(page.locator('.react-flow__node[data-id="Buddy"]')).toBeVisible();
}

const getDocument = (page: Page) => page.evaluate(() => window.stageflow.getDocument());

function stepOf(doc: Orchestration, name: string): Step {
  for (const stage of doc.stages) for (const step of stage.steps) if (step.name === name) return step;
  throw new Error(`no step ${name}`);
}

async function selectNode(page: Page, name: string): Promise<void> {
  await page.locator(`.react-flow__node[data-id="${name}"]`).click();
  await expect(page.getByRole('complementary', { name: 'Properties' }).getByLabel('API Name', { exact: true })).toHaveValue(name);
}

test('screenshot of the panel', async ({ page }) => {
  await open(page);
  const panel = page.getByRole('complementary', { name: 'Properties' });
  await page.screenshot({ path: `${SHOTS}/orchestration.png` });
  await selectNode(page, 'Welcome_Email');
  await page.screenshot({ path: `${SHOTS}/step.png` });
  await expect(panel).toBeVisible();
});
