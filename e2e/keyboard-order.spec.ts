/**
 * The canvas's keyboard order (docs/canvas.md, "Keyboard order"): Tab goes through the design in
 * reading order, each element followed by the connectors leaving it. React Flow draws every
 * connector before the first node, so Tab went through them all, in an order that said nothing,
 * before reaching Stage 1.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getDocument, node } from './helpers';

/** The focused element as a stop of the canvas ("node:Intake", "edge:next:Intake") or its name. */
const focusedStop = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  if (!el || el === document.body) return 'body';
  const id = el.getAttribute('data-id');
  if (id && el.matches('.react-flow__node')) return `node:${id}`;
  if (id && el.matches('.react-flow__edge')) return `edge:${id}`;
  return el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
});

/** What Tab focuses `count` times from where focus is. */
async function tabs(page: Page, count: number, key = 'Tab'): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press(key);
    seen.push(await focusedStop(page));
  }
  return seen;
}

/** loan-approval's first stops, in reading order (its arrangement: Intake, the decision, its two branches…). */
const LOAN_APPROVAL_START = [
  'node:Intake', 'edge:next:Intake', 'edge:fault:Intake', 'node:Credit_Check', 'node:Verify_Income',
  'node:Route_By_Amount', 'edge:outcome:Route_By_Amount:Large_Loan', 'edge:default:Route_By_Amount',
  'node:Underwriting', 'edge:next:Underwriting', 'node:Underwriter_Review', 'node:Auto_Approval', 'edge:next:Auto_Approval',
];

async function openLoanApproval(page: Page): Promise<void> {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Intake')).toBeVisible();
}

test('Tab from the toolbar into the canvas reaches Stage 1 first, then goes in reading order, each element followed by its connectors; Shift+Tab goes back the same way', async ({ page }) => {
  await openLoanApproval(page);
  // given focus on the toolbar's last button
  await page.getByRole('button', { name: 'Run', exact: true }).focus();
  // when Tab is pressed until focus is on the canvas's first element
  const before: string[] = [];
  for (let i = 0; i < 20 && !before.at(-1)?.startsWith('node:') && !before.at(-1)?.startsWith('edge:'); i++) before.push(...await tabs(page, 1));
  // then no connector came before Stage 1 (before: the seven connectors, then Intake)
  expect(before.at(-2)).toBe('Canvas');
  expect(before.at(-1)).toBe('node:Intake');
  // and the next stops follow the reading order
  const order = ['node:Intake', ...await tabs(page, LOAN_APPROVAL_START.length - 1)];
  expect(order).toEqual(LOAN_APPROVAL_START);
  // and Shift+Tab walks back over the same stops
  const back = await tabs(page, LOAN_APPROVAL_START.length - 1, 'Shift+Tab');
  expect(back).toEqual(LOAN_APPROVAL_START.slice(0, -1).reverse());
  // and once more leaves the canvas for the canvas region
  expect(await tabs(page, 1, 'Shift+Tab')).toEqual(['Canvas']);
});

test('every element and connector is reached once by Tab, a step\'s connector right after the step; the last leads out to the zoom controls', async ({ page }) => {
  await openLoanApproval(page);
  await node(page, 'Intake').focus();
  // when
  const stops = ['node:Intake', ...await tabs(page, 40)];
  // then
  const canvas = stops.slice(0, stops.indexOf('Zoom out'));
  const nodes = await page.locator('.react-flow__node').count();
  const edges = await page.locator('.react-flow__edge').count();
  expect(canvas).toHaveLength(nodes + edges);
  expect(new Set(canvas).size).toBe(canvas.length);
  expect(canvas.slice(-3)).toEqual(['node:Recovery_Case', 'edge:pred:Officer_Call', 'node:Officer_Call']);
});

test('zoomed in, every stop Tab reaches is brought into view, a connector and a step as well as a stage', async ({ page }) => {
  await openLoanApproval(page);
  // Zoom in until past 150%, each press waited for: a press during the last one's 150 ms glide
  // zooms from where the glide is, so presses in a row on a busy machine stopped short of it
  const zoomLevel = async () => Number((await page.getByRole('button', { name: /^Zoom level/ }).getAttribute('aria-label'))?.match(/(\d+)%/)?.[1] ?? 0);
  for (let i = 0; i < 10 && (await zoomLevel()) < 150; i++) {
    const before = await zoomLevel();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(zoomLevel).toBeGreaterThan(before);
    await page.waitForTimeout(200); // the glide's end
  }
  expect(await zoomLevel()).toBeGreaterThanOrEqual(150);
  expect(await zoomLevel()).toBeLessThan(200);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.getByRole('region', { name: 'Canvas' }).focus();
  // when Tab goes through the whole design
  const out: string[] = [];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    // then the focused element is drawn in the pane (before: the connectors and a step stayed out of it)
    const [stop, inView] = await Promise.all([focusedStop(page), page.evaluate((p) => {
      const r = document.activeElement!.getBoundingClientRect();
      return r.right > p.x && r.left < p.x + p.width && r.bottom > p.y && r.top < p.y + p.height;
    }, pane)]);
    if (!inView) out.push(stop);
  }
  expect(out).toEqual([]);
  await expect(page.locator('.react-flow')).toHaveJSProperty('scrollTop', 0);
});

test('zoomed in, a connector bigger than the pane reached with Tab is brought in by where it leaves its element, not by its box\'s empty corner', async ({ page }) => {
  await openLoanApproval(page);
  // given the canvas zoomed in as far as it goes (200%): Underwriting's connector runs right, down
  // the gap under its row and back left to the stage after it, far wider than the pane
  const zoomLevel = async () => Number((await page.getByRole('button', { name: /^Zoom level/ }).getAttribute('aria-label'))?.match(/(\d+)%/)?.[1] ?? 0);
  for (let i = 0; i < 12 && (await zoomLevel()) < 200; i++) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.waitForTimeout(200); // the glide's end
  }
  expect(await zoomLevel()).toBe(200);
  // when Tab reaches it
  await node(page, 'Underwriting').focus();
  await page.keyboard.press('Tab');
  expect(await focusedStop(page)).toBe('edge:next:Underwriting');
  // then it is bigger than the pane, and its start (where it leaves Underwriting) is in the pane,
  // with some of its length (before: its box's top-left, where neither end nor any of it was)
  const seen = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const path = document.activeElement!.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
    const ctm = path.getScreenCTM()!;
    const inPane = (at: number) => {
      const p = path.getPointAtLength(at).matrixTransform(ctm);
      return p.x >= pane.left && p.x <= pane.right && p.y >= pane.top && p.y <= pane.bottom;
    };
    const box = document.activeElement!.getBoundingClientRect();
    const length = path.getTotalLength();
    return { bigger: box.width > pane.width || box.height > pane.height, start: inPane(0), sampled: Array.from({ length: 21 }, (_, k) => inPane((length * k) / 20)).filter(Boolean).length };
  });
  expect(seen.bigger).toBe(true);
  expect(seen.start).toBe(true);
  expect(seen.sampled).toBeGreaterThanOrEqual(5);
});

test('a connector reached with Tab: focus shows on it, Shift+F10 opens its menu, Escape gives focus back, Delete removes it and focus goes to its source', async ({ page }) => {
  await openLoanApproval(page);
  // given the fault path, two Tabs after its stage
  await node(page, 'Intake').focus();
  expect(await tabs(page, 2)).toEqual(['edge:next:Intake', 'edge:fault:Intake']);
  const fault = page.locator('.react-flow__edge[data-id="fault:Intake"]');
  await expect(fault).toBeFocused();
  await expect(fault).toHaveAttribute('tabindex', '-1');
  // the focused connector is drawn in the focus colour (canvas.css), not as the other connectors
  const strokeOf = (id: string) => page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`).evaluate((el) => getComputedStyle(el).stroke);
  expect(await strokeOf('fault:Intake')).not.toBe(await strokeOf('next:Underwriting'));
  await page.screenshot({ path: 'reports/keyboard-order-connector.png' });
  // when its menu is asked for by keyboard
  await page.keyboard.press('Shift+F10');
  // then
  await expect(page.getByRole('menu', { name: 'Connector menu' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Delete connector/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(fault).toBeFocused();
  // when
  await page.keyboard.press('Delete');
  // then
  await expect.poll(async () => JSON.stringify((await getDocument(page)).stages.find((s) => s.name === 'Intake'))).not.toContain('faultNext');
  await expect(fault).toHaveCount(0);
  await expect(node(page, 'Intake')).toBeFocused();
  // and Tab from the stage now goes to its one connector, then into its steps
  expect(await tabs(page, 2)).toEqual(['edge:next:Intake', 'node:Credit_Check']);
});

test('a connector that is the last stop: Tab leaves the canvas for the zoom controls, Shift+Tab from there comes back to it', async ({ page }) => {
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  // given a stage whose lower card is the one the other waits for (the user put the waiting step on top)
  await page.evaluate(() => window.stageflow.loadDocument({
    format: 'stageflow.orchestration', version: 1, name: 'Order', layoutVersion: 2,
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'Only', steps: [
      { name: 'First', kind: 'background', flow: 'F' },
      { name: 'Second', kind: 'background', flow: 'F', start: { mode: 'stepCompleted', step: 'First' } },
    ] }],
    layout: { Second: { x: 20, y: 0 } },
  } as never));
  await expect(node(page, 'First')).toBeVisible();
  await node(page, 'Only').focus();
  // when
  const stops = await tabs(page, 4);
  // then the step on top comes first, the connector right after its source, then the controls after the canvas
  expect(stops).toEqual(['node:Second', 'node:First', 'edge:pred:Second', 'Zoom out']);
  // and back
  expect(await tabs(page, 2, 'Shift+Tab')).toEqual(['edge:pred:Second', 'node:First']);
});

test('in a run, a card\'s Complete work item comes right after the card: Tab goes into it, then on to the next stop, and Shift+Tab back the same way', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await expect(node(page, 'Manager_Review')).toBeVisible();
  // given a run shown at a moment when Manager_Review's work item is open
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  const forward = page.getByRole('button', { name: 'Step forward' });
  for (let i = 0; i < 8; i++) {
    await expect(forward).toBeEnabled({ timeout: 10_000 });
    await forward.click();
  }
  const complete = node(page, 'Manager_Review').getByRole('button', { name: 'Complete work item' });
  await expect(complete).toBeVisible();
  await node(page, 'Manager_Review').focus();
  // when, then
  await page.keyboard.press('Tab');
  await expect(complete).toBeFocused();
  await page.keyboard.press('Tab');
  const next = await focusedStop(page);
  expect(next).toMatch(/^(node|edge):/);
  expect(next).not.toBe('node:Manager_Review');
  await page.keyboard.press('Shift+Tab');
  await expect(complete).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(node(page, 'Manager_Review')).toBeFocused();
});

test('with a connector focused the canvas is axe clean, light and dark', async ({ page }) => {
  await openLoanApproval(page);
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      await page.getByRole('button', { name: 'Dark mode' }).click();
      await expect(page.locator('html')).toHaveClass(/dark/);
    }
    await node(page, 'Route_By_Amount').focus();
    expect(await tabs(page, 1)).toEqual(['edge:outcome:Route_By_Amount:Large_Loan']);
    await page.screenshot({ path: `reports/keyboard-order-${theme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).include('.react-flow').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    expect(serious, theme).toEqual([]);
  }
});
