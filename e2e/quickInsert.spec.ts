/**
 * The quick-insert "+" buttons beside the selected element (canvas/QuickInsert.tsx) never lie on a
 * connector's arrowhead. They keep their size on screen while the gaps between columns shrink with
 * the zoom, so the check is made zoomed out to below READABLE_ZOOM, and below DETAIL_ZOOM, where
 * there are none (docs/editor.md, "Quick insert").
 */
import { expect, test, type Page } from '@playwright/test';
import { node } from './helpers';

/** Screen points along the last 10 flow px of every connector (where its arrowhead is drawn). */
function arrowheads(page: Page): Promise<{ edge: string; x: number; y: number }[]> {
  return page.evaluate(() => {
    const out: { edge: string; x: number; y: number }[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM()!;
      for (let back = 0; back <= 10; back += 2) {
        const p = path.getPointAtLength(Math.max(0, length - back));
        const s = new DOMPoint(p.x, p.y).matrixTransform(matrix);
        out.push({ edge: path.closest('.react-flow__edge')?.getAttribute('aria-label') ?? '', x: s.x, y: s.y });
      }
    }
    return out;
  });
}

// zoomed out to below READABLE_ZOOM (69%), and to below DETAIL_ZOOM (48%, where there are none)
for (const [sample, below] of [['order-fulfilment', 0.7], ['loan-approval', 0.7], ['case-escalation', 0.5]] as const) {
  test(`no quick-insert button lies on an arrowhead, zoomed out below ${below * 100}% (${sample})`, async ({ page }) => {
    await page.goto(`/?sample=${sample}`);
    await expect(page.locator('.react-flow__node').first()).toBeVisible();
    const zoom = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
    while ((await zoom()) >= below) {
      const before = await zoom();
      await page.getByRole('button', { name: 'Zoom out' }).click();
      await expect.poll(zoom).toBeLessThan(before);
    }
    const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    const covered: string[] = [];
    for (const id of ids) {
      await node(page, id).focus();
      await page.keyboard.press('Enter');
      const buttons = page.locator('.react-flow__node-toolbar button');
      if (below > 0.5) await expect(buttons.first()).toBeVisible();
      else await expect(node(page, id)).toHaveClass(/selected/);
      const heads = await arrowheads(page);
      for (const button of await buttons.all()) {
        const box = (await button.boundingBox())!;
        for (const h of heads) {
          // an arrowhead is a triangle about 8 px across round its line: a button within 4 px lies on it
          if (h.x >= box.x - 4 && h.x <= box.x + box.width + 4 && h.y >= box.y - 4 && h.y <= box.y + box.height + 4) {
            covered.push(`${id}: "${await button.getAttribute('aria-label')}" on ${h.edge}`);
            break;
          }
        }
      }
    }
    expect([...new Set(covered)]).toEqual([]);
  });
}

/** Screen points every 2 px along every connector, and the boxes of the connectors' labels. */
function connectorsOnScreen(page: Page): Promise<{ points: { edge: string; x: number; y: number }[]; labels: { text: string; left: number; right: number; top: number; bottom: number }[] }> {
  return page.evaluate(() => {
    const points: { edge: string; x: number; y: number }[] = [];
    for (const path of document.querySelectorAll<SVGPathElement>('.react-flow__edge path.react-flow__edge-path')) {
      const matrix = path.getScreenCTM()!;
      const edge = path.closest('.react-flow__edge')?.getAttribute('aria-label') ?? '';
      for (let at = 0; at <= path.getTotalLength(); at += 2) {
        const p = path.getPointAtLength(at);
        const s = new DOMPoint(p.x, p.y).matrixTransform(matrix);
        points.push({ edge, x: s.x, y: s.y });
      }
    }
    const labels = [...document.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *')]
      .map((el) => ({ text: el.textContent ?? '', ...el.getBoundingClientRect().toJSON() as { left: number; right: number; top: number; bottom: number } }));
    return { points, labels };
  });
}

// until 2026-12-06 a step's "+" lay on its stage's outgoing connector (Credit check, Send approval
// letter), a stage's "Add a step" on its fault path or a connector passing under it (Intake checks,
// Automatic approval): each button now takes the first of its spots that no connector touches
test('at the opening zoom no quick-insert button lies on a connector or a connector\'s label (loan-approval)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
  const covered: string[] = [];
  for (const id of ids) {
    await node(page, id).focus();
    await page.keyboard.press('Enter');
    const buttons = page.locator('.react-flow__node-toolbar button');
    await expect(buttons.first()).toBeVisible();
    // the spot is chosen a frame after the element is drawn
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const { points, labels } = await connectorsOnScreen(page);
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      const name = await button.getAttribute('aria-label');
      const line = points.find((p) => p.x >= box.x - 2 && p.x <= box.x + box.width + 2 && p.y >= box.y - 2 && p.y <= box.y + box.height + 2);
      if (line) covered.push(`${id}: "${name}" on ${line.edge}`);
      const label = labels.find((l) => l.left < box.x + box.width && l.right > box.x && l.top < box.y + box.height && l.bottom > box.y);
      if (label) covered.push(`${id}: "${name}" on the label ${label.text}`);
    }
  }
  expect(covered).toEqual([]);
});
