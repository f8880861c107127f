/**
 * UI-CONTRACT's attributes hold on a big design too (docs/canvas.md "Big designs", stand-ins): above
 * 400 nodes React Flow mounts only the elements near the view, and every other stage and step has one
 * hidden stand-in carrying the same data-id, data-kind, data-invalid, and in a run data-status and
 * data-run-as. So `.react-flow__node[data-id=X]` matches exactly one element for every element,
 * near or far, and reads what the node would show.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDesign } from '../bench/ui/generateDesign';
import { node } from './helpers';
import { startRun, toEnd, type TraceShape } from './runHelpers';

const STAGES = 25;
/** 25 stages of 20 steps: 500 steps, 525 nodes; the last step runs as a chosen user (an error under API 59, R41). */
function design() {
  const doc = generateDesign(STAGES, 20);
  const far = doc.stages[STAGES - 1]!.steps[19]!;
  (far as { runAs: unknown }).runAs = { mode: 'user', user: 'admin' };
  return doc;
}
const FAR = `S${STAGES}_Step_20`;

/** Every element of the design as `.react-flow__node[data-id]` finds it: how many match, and the first one's attributes. */
function readAll(page: Page, names: string[]) {
  return page.evaluate((names) => names.map((name) => {
    const found = document.querySelectorAll(`.react-flow__node[data-id="${CSS.escape(name)}"]`);
    const el = found[0];
    return { name, matches: found.length, kind: el?.getAttribute('data-kind') ?? null, status: el?.getAttribute('data-status') ?? null, runAs: el?.getAttribute('data-run-as') ?? null };
  }), names);
}

const standIns = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-stand-ins] .react-flow__node').length);

test('a 500-step design: every stage and step is one .react-flow__node[data-id] with the contract attributes, edited, run and panned', async ({ page }) => {
  // given a 500-step design loaded through the test hook
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  const doc = design();
  expect((await page.evaluate((text) => window.stageflow.loadDocument(text), JSON.stringify(doc))).ok).toBe(true);
  await expect(node(page, 'Stage_1')).toBeVisible();
  const stages = doc.stages.map((s) => s.name);
  const steps = doc.stages.flatMap((s) => s.steps.map((t) => t.name));
  const kinds = new Map<string, string>([...stages.map((s) => [s, 'stage'] as const), ...steps.map((s) => [s, 'background'] as const)]);

  // then in the editor every element matches once, with its kind, and no status; most are stand-ins (hidden)
  const edited = await readAll(page, [...stages, ...steps]);
  expect(edited.filter((e) => e.matches !== 1 || e.kind !== kinds.get(e.name) || e.status !== null)).toEqual([]);
  expect(await standIns(page)).toBeGreaterThan(400);
  await expect(node(page, FAR)).toBeHidden();

  // when the run is played to its end (at 100×: each frame shows the few beats since the last, so a
  // stand-in changes only when an event names its element, canvas/nodes/runAttributes.ts)
  await startRun(page);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
  await page.getByRole('button', { name: 'Play' }).click();
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect.poll(async () => (await timeline.inputValue()) === (await timeline.getAttribute('aria-valuemax')), { timeout: 90_000 }).toBe(true);
  const final = (await page.evaluate(() => window.stageflow.getTrace()))! as unknown as TraceShape;
  expect(final.run.status).toBe('Completed');
  // then every stage's and step's data-status is the trace's final status, near or far, and a started step says who it ran as
  const mismatches = async () => {
    const read = await readAll(page, [...stages, ...steps]);
    return read.filter((e) => {
      const expected = e.name in final.steps ? final.steps[e.name]! : final.stages[e.name]!;
      const runAs = e.name in final.steps ? (final.steps[e.name]!.runAs?.user ?? null) : null;
      return e.matches !== 1 || e.status !== expected.status || e.runAs !== runAs;
    });
  };
  await expect.poll(mismatches).toEqual([]);
  expect(await standIns(page)).toBeGreaterThan(400);
  await expect(node(page, FAR)).toHaveAttribute('data-run-as', 'admin');
  // and after a jump back to the start and to the end again (every element asked again), the same
  await timeline.focus();
  await timeline.press('Home');
  await expect(node(page, FAR)).toHaveAttribute('data-status', 'NotStarted');
  await expect(node(page, FAR)).not.toHaveAttribute('data-run-as');
  await toEnd(page);
  await expect.poll(mismatches).toEqual([]);

  // when the run is left and the design set to API 59, where a chosen user is not allowed (R41)
  await page.getByRole('button', { name: 'Exit run' }).click();
  await expect(node(page, FAR)).not.toHaveAttribute('data-status');
  await page.getByRole('complementary', { name: 'Properties' }).getByLabel('API version').selectOption('59');
  // then the far step's stand-in carries data-invalid, and a near step does not
  await expect(node(page, FAR)).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, FAR)).toBeHidden();
  await expect(node(page, 'S1_Step_1')).not.toHaveAttribute('data-invalid');

  // when the view goes to the far step (Find zooms to it)
  await page.keyboard.press('ControlOrMeta+F');
  await page.getByRole('searchbox', { name: 'Find element' }).fill(FAR);
  await page.keyboard.press('Enter');
  // then it is React Flow's own node, still the only match, still invalid, and the first stage is a stand-in now
  await expect(node(page, FAR)).toHaveCount(1);
  await expect(node(page, FAR)).toBeVisible();
  await expect(node(page, FAR)).toHaveClass(/react-flow__node-step/);
  await expect(node(page, FAR)).toHaveAttribute('data-invalid', 'true');
  await expect(node(page, 'S1_Step_1')).toHaveCount(1);
  await expect(node(page, 'S1_Step_1')).toBeHidden();
});

test('a big design open as the page loads (the design open last time) has one .react-flow__node[data-id] per element too', async ({ page }) => {
  // given a 500-step design loaded and saved in the browser
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  const doc = design();
  expect((await page.evaluate((text) => window.stageflow.loadDocument(text), JSON.stringify(doc))).ok).toBe(true);
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible({ timeout: 10_000 });
  // when the page is loaded again (the canvas, React Flow and the stand-ins mount together)
  await page.reload();
  await expect(node(page, 'Stage_1')).toBeVisible();
  // then every element matches once: the mounted ones have no stand-in
  const names = doc.stages.flatMap((s) => [s.name, ...s.steps.map((t) => t.name)]);
  await expect.poll(async () => (await readAll(page, names)).filter((e) => e.matches !== 1).map((e) => `${e.name}: ${e.matches}`)).toEqual([]);
  expect(await standIns(page)).toBeGreaterThan(400);
});

test('a design of 400 nodes or fewer has no stand-ins', async ({ page }) => {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  // 19 stages of 20 steps: 399 nodes
  expect((await page.evaluate((text) => window.stageflow.loadDocument(text), JSON.stringify(generateDesign(19, 20)))).ok).toBe(true);
  await expect(node(page, 'Stage_1')).toBeVisible();
  await expect(page.locator('[data-stand-ins]')).toHaveCount(0);
  await expect(page.locator('.react-flow__node[hidden]')).toHaveCount(0);
});
