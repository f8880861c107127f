// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { clip, coversOf, hasOverlays, overlaysOf, OVER_CANVAS } from './paneCovers';

const rect = (x: number, y: number, width: number, height: number) => ({ x, y, width, height, left: x, top: y, right: x + width, bottom: y + height, toJSON: () => ({}) }) as DOMRect;

/** A pane at (200, 50) of 600 × 500, with the notices' list laid over its top-right (jsdom lays nothing out: boxes given). */
function page(noticeCount: number) {
  document.body.innerHTML = `<main><div class="react-flow"><div class="react-flow__panel"></div></div><ul ${OVER_CANVAS}>${'<li>Opened</li>'.repeat(noticeCount)}</ul></main>`;
  const pane = document.querySelector('.react-flow')!;
  pane.getBoundingClientRect = () => rect(200, 50, 600, 500);
  document.querySelector('.react-flow__panel')!.getBoundingClientRect = () => rect(212, 500, 150, 34);
  // the list starts 12 px above the pane (over the run controls) and 12 px in from its right
  document.querySelector('ul')!.getBoundingClientRect = () => rect(404, 38, 384, 90);
  return pane;
}

describe('paneCovers', () => {
  it('cuts a box to the pane, or says nothing of it is over the pane', () => {
    expect(clip({ x: -10, y: -12, width: 100, height: 40 }, 600, 500)).toEqual({ x: 0, y: 0, width: 90, height: 28 });
    expect(clip({ x: 580, y: 490, width: 100, height: 40 }, 600, 500)).toEqual({ x: 580, y: 490, width: 20, height: 10 });
    expect(clip({ x: 610, y: 10, width: 100, height: 40 }, 600, 500)).toBeNull();
    expect(clip({ x: 10, y: -40, width: 100, height: 40 }, 600, 500)).toBeNull();
  });

  it('counts the notices over the pane, in pane pixels cut to it, only while one shows', () => {
    // given one notice shown
    const pane = page(1);
    // then it covers the pane's top-right, apart from React Flow's panels at the bottom
    expect(hasOverlays(pane)).toBe(true);
    expect(overlaysOf(pane)).toEqual([{ x: 204, y: 0, width: 384, height: 78 }]);
    expect(coversOf(pane)).toEqual([{ x: 12, y: 450, width: 150, height: 34 }]);
    // an empty list covers nothing, however it is laid out
    const empty = page(0);
    expect(hasOverlays(empty)).toBe(false);
    expect(overlaysOf(empty)).toEqual([]);
    expect(overlaysOf(null)).toEqual([]);
  });
});
