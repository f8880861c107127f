/**
 * Opening a big design paints the canvas's cards first; the mini map's shapes and the Outline's rows
 * follow in the task right after that frame (src/store/besideCanvas.ts, docs/performance.md
 * thirty-fifth round), so the first paint of the cards does not wait for them.
 */
import { expect, test } from '@playwright/test';
import { generateDesign } from '../bench/ui/generateDesign';
import { openEmpty } from './helpers';

test('a 2,000-step design opened: the cards in the first frame, the mini map and the Outline in the task after it', async ({ page }) => {
  // given an empty design
  await openEmpty(page);
  const text = JSON.stringify(generateDesign(100, 20));
  // when the design opens, then in the first frame after the opening task the cards are there and the rest not yet
  const atFirstFrame = await page.evaluate((t) => new Promise<{ cards: number; shapes: number; rows: number }>((resolve) => {
    window.stageflow.loadDocument(t);
    requestAnimationFrame(() => resolve({
      // the cards React Flow has mounted (not the hidden stand-ins of the others, StandInLayer.tsx)
      cards: document.querySelectorAll('.react-flow__nodes > .react-flow__node').length,
      shapes: document.querySelectorAll('.sf-minimap-shapes path').length,
      rows: document.querySelectorAll('[role="treeitem"]').length,
    }));
  }), text);
  expect(atFirstFrame.cards).toBeGreaterThan(0);
  expect(atFirstFrame).toMatchObject({ shapes: 0, rows: 0 });
  // and right after, the mini map draws every step and the Outline lists the stages
  await expect(page.locator('.sf-minimap-step')).toHaveAttribute('data-count', '2000');
  await expect(page.getByRole('treeitem', { name: 'Stage Stage 1', exact: true })).toBeVisible();
});
