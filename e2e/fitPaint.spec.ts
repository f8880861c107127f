/**
 * Panning a fitted 10,000-step design re-records none of its nodes and connectors: the pan only
 * moves them (docs/performance.md, thirty-fourth round). Fitted at the zoom floor such a design
 * reaches beyond the pane, and Chromium, once it cut one paint of the canvas's viewport to the pane,
 * re-recorded every node and connector reaching beyond it on every frame of a pan — in about three
 * page sessions of four, depending on what the page had painted before. The test reads Chromium's
 * own paint events (a DevTools trace), so it runs in Chromium only, as the whole suite does.
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDesign } from '../bench/ui/generateDesign';
import { node } from './helpers';

const design = generateDesign(500, 20);

interface TraceEvent { name: string; ph: string; args?: { data?: { nodeId?: number } } }

/** The backend ids of the canvas's nodes and connector SVGs, which Chromium's Paint events name. */
async function canvasElementIds(page: Page): Promise<Set<number>> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '.react-flow__viewport .react-flow__node, .react-flow__viewport svg' });
  const ids = new Set<number>();
  for (const nodeId of nodeIds) ids.add((await cdp.send('DOM.describeNode', { nodeId })).node.backendNodeId);
  await cdp.detach();
  return ids;
}

test('panning a fitted 10,000-step design re-records none of its nodes or connectors; up close the viewport is as before', async ({ page, browser }) => {
  // given the design opened and fitted, reaching beyond the pane at the zoom floor
  await page.goto('/?new');
  await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
  expect((await page.evaluate((text) => window.stageflow.loadDocument(text), JSON.stringify(design))).ok).toBe(true);
  await expect(node(page, 'Stage_1')).toBeVisible();
  await page.getByRole('button', { name: 'Fit the whole design in view' }).click();
  await expect(page.getByRole('button', { name: /^Zoom level/ })).toHaveAccessibleName(/^Zoom level 5%/);
  await expect.poll(() => page.locator('.react-flow__node-stage').count()).toBe(500);
  await page.waitForTimeout(500);
  const pane = (await page.locator('.react-flow').boundingBox())!;
  const beyond = await page.locator('.react-flow__node-stage').evaluateAll((nodes, p) => nodes.filter((n) => {
    const r = n.getBoundingClientRect();
    return r.left < p.x || r.top < p.y || r.right > p.x + p.width || r.bottom > p.y + p.height;
  }).length, pane);
  expect(beyond).toBeGreaterThan(0);
  const ids = await canvasElementIds(page);
  // when the view is panned with the middle button and back
  const cx = pane.x + pane.width / 2;
  const cy = pane.y + pane.height / 2;
  await page.mouse.move(cx, cy);
  await browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.mouse.down({ button: 'middle' });
  await page.mouse.move(cx - 200, cy - 100, { steps: 10 });
  await page.mouse.move(cx, cy, { steps: 10 });
  await page.mouse.up({ button: 'middle' });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  // then the frames were painted, and no node or connector was re-recorded in them (the pointer
  // passing over a card may repaint that one card: a few are allowed; the old mode re-recorded
  // about 770 on every frame)
  const paints = trace.traceEvents.filter((e) => e.name === 'Paint' && e.ph === 'X');
  expect(paints.length).toBeGreaterThan(10);
  const canvasPaints = paints.filter((e) => ids.has(e.args?.data?.nodeId ?? -1)).length;
  expect(canvasPaints).toBeLessThan(20);
  // and at a readable zoom the viewport has no perspective, which would stop Chromium snapping the
  // cards to whole pixels and blur their text a little
  await page.getByRole('button', { name: /^Zoom level/ }).click();
  await expect(page.getByRole('button', { name: /^Zoom level/ })).toHaveAccessibleName(/^Zoom level 100%/);
  expect(await page.locator('.react-flow__viewport').evaluate((v) => getComputedStyle(v).perspective)).toBe('none');
});
