/**
 * A predecessor ("waits for") link meets its cards as they are drawn: in a run a started card is
 * shorter than planned (src/canvas/startedCards.ts) and a link round the side of the column ends at
 * the middle of its side as drawn, not of the planned card; a link straight down leaves the
 * bottom's handle and enters the top's. The same after Exit run, when the cards are planned again
 * (docs/canvas.md, "A step's card in a run").
 */
import { expect, test, type Page } from '@playwright/test';
import { startRun, toEnd } from './runHelpers';

/** A link ends this far beyond the card's edge when it enters at the top or leaves at the bottom: a handle's outer edge (nodeHandles.ts). */
const HANDLE_BEYOND = 3;

interface LinkEnds {
  id: string;
  source: string;
  target: string;
  /** The link's two ends and each card's box, in flow px. */
  start: { x: number; y: number };
  end: { x: number; y: number };
  from: { left: number; top: number; right: number; bottom: number };
  to: { left: number; top: number; right: number; bottom: number };
}

/** Every predecessor link drawn, with its ends and its cards' drawn boxes. */
function links(page: Page): Promise<LinkEnds[]> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
    const origin = viewport.getBoundingClientRect();
    const zoom = new DOMMatrix(getComputedStyle(viewport).transform).a;
    const flow = (x: number, y: number) => ({ x: (x - origin.left) / zoom, y: (y - origin.top) / zoom });
    const box = (id: string) => {
      const card = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!.firstElementChild!.getBoundingClientRect();
      const a = flow(card.left, card.top);
      const b = flow(card.right, card.bottom);
      return { left: a.x, top: a.y, right: b.x, bottom: b.y };
    };
    return Array.from(document.querySelectorAll<SVGGElement>('.react-flow__edge.edge-predecessor')).map((edge) => {
      const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path')!;
      const ctm = path.getScreenCTM()!;
      const at = (length: number) => {
        const p = path.getPointAtLength(length).matrixTransform(ctm);
        return flow(p.x, p.y);
      };
      const id = edge.dataset.id!;
      const target = id.slice('pred:'.length);
      const step = window.stageflow.getDocument().stages.flatMap((st) => st.steps).find((st) => st.name === target)!;
      const source = step.start?.mode === 'stepCompleted' ? step.start.step : '';
      return { id, source, target, start: at(0), end: at(path.getTotalLength()), from: box(source), to: box(target) };
    });
  });
}

/** Each link's ends lie where its cards are drawn (± 2 px): the middle of a side, or the handle above the top / below the bottom. */
function expectEndsOnCards(all: LinkEnds[], when: string): void {
  for (const link of all) {
    const side = Math.abs(link.end.x - link.to.right) < 3;
    const what = `${link.id} ${side ? 'round the side' : 'straight down'} ${when}: ${JSON.stringify(link)}`;
    if (side) {
      expect(link.end.x, what).toBeCloseTo(link.to.right, 0);
      expect(Math.abs(link.end.y - (link.to.top + link.to.bottom) / 2), what).toBeLessThanOrEqual(2);
      expect(Math.abs(link.start.x - link.from.right), what).toBeLessThanOrEqual(2);
      expect(Math.abs(link.start.y - (link.from.top + link.from.bottom) / 2), what).toBeLessThanOrEqual(2);
    } else {
      expect(Math.abs(link.end.x - (link.to.left + link.to.right) / 2), what).toBeLessThanOrEqual(2);
      expect(Math.abs(link.end.y - (link.to.top - HANDLE_BEYOND)), what).toBeLessThanOrEqual(2);
      expect(Math.abs(link.start.x - (link.from.left + link.from.right) / 2), what).toBeLessThanOrEqual(2);
      expect(Math.abs(link.start.y - (link.from.bottom + HANDLE_BEYOND)), what).toBeLessThanOrEqual(2);
    }
  }
}

/** Runs the design open through every change, checking the links at each, then at the end and after Exit run. */
async function runThrough(page: Page, shot: string): Promise<void> {
  expectEndsOnCards(await links(page), 'while editing');
  await startRun(page);
  await page.getByRole('slider', { name: 'Timeline' }).focus();
  await page.keyboard.press('Home');
  const next = page.getByRole('button', { name: 'Next change' });
  for (let change = 0; change < 40 && (await next.isEnabled()); change++) {
    await next.click();
    expectEndsOnCards(await links(page), `after change ${change}`);
  }
  await toEnd(page);
  expectEndsOnCards(await links(page), 'at the end of the run');
  await page.screenshot({ path: `/tmp/canvas67/${shot}-run-end.png` });
  await page.getByRole('button', { name: 'Exit run' }).click();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  expectEndsOnCards(await links(page), 'after Exit run');
}

test('case escalation: the links straight down meet their cards while editing, at each change of a run and after Exit run', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__edge.edge-predecessor')).toHaveCount(2);
  await runThrough(page, 'straight');
});

test('case escalation with Manager review moved above Classify case: the link round the side meets the started card\'s drawn side at its middle, at each change and after Exit run', async ({ page }) => {
  await page.goto('/?sample=case-escalation');
  await expect(page.locator('.react-flow__node[data-id="Manager_Review"]')).toBeVisible();
  // as dragging the card to the top of its stage records it (positions relative to the stage)
  const loaded = await page.evaluate(() => {
    const doc = window.stageflow.getDocument();
    return window.stageflow.loadDocument({ ...doc, layoutVersion: 2, layout: { ...doc.layout, Manager_Review: { x: 12, y: 0 } } }).ok;
  });
  expect(loaded).toBe(true);
  const side = page.locator('.react-flow__edge.edge-predecessor[data-id="pred:Manager_Review"]');
  await expect(side).toBeAttached();
  const design = await links(page);
  const link = design.find((l) => l.id === 'pred:Manager_Review')!;
  // it goes round the side: it ends on the right edge of Manager review, which stands above Classify case
  expect(link.to.bottom).toBeLessThan(link.from.top);
  expect(Math.abs(link.end.x - link.to.right)).toBeLessThanOrEqual(2);
  await runThrough(page, 'side');
});
