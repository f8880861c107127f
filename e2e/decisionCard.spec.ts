/**
 * A decision's box: its label is as readable as a step's at first view, and a problem marker does
 * not take room from the label (docs/canvas.md, "Readable at first sight").
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { contrast } from './contrast';
import { node } from './helpers';

/** Screen px of the label's text (its font size times the canvas zoom), its lines and boxes. */
function labelOnScreen(page: Page, name: string) {
  return node(page, name).evaluate((el) => {
    const label = el.querySelector('.sf-label')!;
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const range = document.createRange();
    range.selectNodeContents(label);
    const text = [...range.getClientRects()].map((r) => r.toJSON() as DOMRect);
    const marker = el.querySelector('.sf-marker')?.getBoundingClientRect().toJSON() as DOMRect | undefined;
    const box = el.getBoundingClientRect();
    return {
      px: parseFloat(getComputedStyle(label).fontSize) * zoom,
      lines: new Set(text.map((r) => Math.round(r.top))).size,
      text,
      marker,
      textBottom: Math.max(...text.map((r) => r.bottom)),
      boxBottom: box.bottom,
    };
  });
}

const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('a decision label is at least 12 px on screen when the design opens (loan-approval at 1280×800)', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Route_By_Amount')).toBeVisible();
  const label = await labelOnScreen(page, 'Route_By_Amount');
  expect(label.px).toBeGreaterThanOrEqual(12);
});

test('a decision with a problem keeps its label on the lines it had: the marker sits on the corner, not beside the text', async ({ page }) => {
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Route_By_Amount')).toBeVisible();
  const before = await labelOnScreen(page, 'Route_By_Amount');
  // given the decision's condition reads a field its record does not have (a warning: it still loads)
  const doc = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as { decisions: { outcomes: { requirements: { left: string }[] }[] }[] };
  doc.decisions[0]!.outcomes[0]!.requirements[0]!.left = 'application.Amout';
  expect(await page.evaluate((d) => window.stageflow.loadDocument(d as never).ok, doc)).toBe(true);
  await expect(node(page, 'Route_By_Amount').locator('.sf-marker')).toBeVisible();
  // then "Large loan?" is still one line, clear of the marker, and inside its box
  const after = await labelOnScreen(page, 'Route_By_Amount');
  expect(after.lines).toBe(before.lines);
  expect(after.lines).toBe(1);
  for (const r of after.text) expect(overlaps(r, after.marker!)).toBe(false);
  expect(after.textBottom).toBeLessThanOrEqual(after.boxBottom);
});

test('in dark mode a decision\'s problem marker is ringed in the canvas\'s colour, not a cream halo over the dark canvas', async ({ page }) => {
  // given a decision with a warning, in dark mode
  await page.goto('/?sample=loan-approval');
  await expect(node(page, 'Route_By_Amount')).toBeVisible();
  await page.getByRole('button', { name: 'Dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const doc = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as { decisions: { outcomes: { requirements: { left: string }[] }[] }[] };
  doc.decisions[0]!.outcomes[0]!.requirements[0]!.left = 'application.Amout';
  expect(await page.evaluate((d) => window.stageflow.loadDocument(d as never).ok, doc)).toBe(true);
  const marker = node(page, 'Route_By_Amount').locator('.sf-marker');
  await expect(marker).toBeVisible();
  // then the ring, half of which lies on the canvas, is the canvas's colour, and the badge stands out from it
  const colours = await marker.evaluate((m) => ({
    ring: getComputedStyle(m).boxShadow.match(/rgba?\([^)]*\)/)![0],
    badge: getComputedStyle(m).backgroundColor,
    canvas: getComputedStyle(document.querySelector('.react-flow')!).backgroundColor,
  }));
  expect(contrast(colours.ring, colours.canvas)).toBeLessThan(1.2);
  expect(contrast(colours.badge, colours.canvas)).toBeGreaterThanOrEqual(3);
});
