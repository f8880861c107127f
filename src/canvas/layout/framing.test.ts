import { describe, expect, it } from 'vitest';
import { FIT_PADDING, READABLE_ZOOM } from '../geometry';
import { boundsOf, fitAll, focusOn, openingFrame, panIntoView } from './framing';

const pane = { width: 700, height: 600 };

describe('framing', () => {
  it('fits a small design at 100% at most, centred', () => {
    // given a 300×200 design
    const bounds = boundsOf([{ x: 0, y: 0, width: 100, height: 200 }, { x: 200, y: 0, width: 100, height: 100 }])!;
    // when
    const v = fitAll(bounds, pane);
    // then
    expect(v.zoom).toBe(1);
    expect(v.x).toBe((700 - 300) / 2);
    expect(v.y).toBe((600 - 200) / 2);
  });

  it('opens a design that fits readably fitted, and a bigger one readable at its top-left', () => {
    // given
    const fits = { x: 0, y: 0, width: 700, height: 500 };
    const big = { x: -10, y: 20, width: 5000, height: 3000 };
    // when
    const a = openingFrame(fits, pane);
    const b = openingFrame(big, pane);
    // then
    expect(a).toEqual(fitAll(fits, pane));
    expect(a.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(b).toEqual({ zoom: READABLE_ZOOM, x: FIT_PADDING + 10 * READABLE_ZOOM, y: FIT_PADDING - 20 * READABLE_ZOOM });
    // and Fit view still shows all of the big one
    expect(fitAll(big, pane).zoom).toBeLessThan(READABLE_ZOOM);
  });

  it('pans the least that brings an element into view, and not at all when it is in view', () => {
    // given the view at zoom 1 from the origin
    const current = { x: 0, y: 0, zoom: 1 };
    // when / then: an element off the right edge is brought just inside it
    expect(panIntoView({ x: 800, y: 100, width: 100, height: 50 }, pane, current)).toEqual({ x: 700 - FIT_PADDING - 900, y: 0, zoom: 1 });
    expect(panIntoView({ x: 100, y: 100, width: 100, height: 50 }, pane, current)).toBeNull();
    // an element above the view comes down
    expect(panIntoView({ x: 100, y: -200, width: 100, height: 50 }, pane, current)).toEqual({ x: 0, y: FIT_PADDING + 200, zoom: 1 });
  });

  it('focuses an element at a readable zoom at least, centred', () => {
    const v = focusOn({ x: 1000, y: 1000, width: 200, height: 100 }, pane, { x: 0, y: 0, zoom: 0.2 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x + 1100 * v.zoom).toBeCloseTo(350);
    expect(v.y + 1050 * v.zoom).toBeCloseTo(300);
    expect(focusOn({ x: 0, y: 0, width: 10, height: 10 }, pane, { x: 0, y: 0, zoom: 1.5 }).zoom).toBe(1.5);
  });
});
