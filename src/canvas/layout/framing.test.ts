import { describe, expect, it } from 'vitest';
import { FIT_PADDING, READABLE_ZOOM } from '../geometry';
import { boundsOf, clearOfCovers, fitAll, focusOn, openingFrame, panIntoView, partNearStart } from './framing';

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

  it('lifts an element out from under a panel over the canvas (the mini map), as far as its top stays in view', () => {
    const current = { x: 0, y: 0, zoom: 1 };
    // the mini map takes the bottom-right corner of the pane
    const miniMap = { x: pane.width - 160, y: pane.height - 120, width: 150, height: 110 };
    const under = { x: pane.width - 200, y: pane.height - 100, width: 120, height: 60 };
    // in the pane, so without the cover nothing moves…
    expect(panIntoView(under, pane, current)).toBeNull();
    // …but under the mini map it is lifted just above it
    expect(panIntoView(under, pane, current, [miniMap])).toEqual({ x: 0, y: miniMap.y - FIT_PADDING - (under.y + under.height), zoom: 1 });
    // beside the cover, nothing moves
    expect(panIntoView({ ...under, x: 100 }, pane, current, [miniMap])).toBeNull();
    // a box too tall to fit above it keeps its top in view
    const tall = { x: pane.width - 200, y: 100, width: 120, height: pane.height };
    expect(panIntoView(tall, pane, current, [miniMap])!.y).toBe(FIT_PADDING - 100);
  });

  it('a connector bigger than the pane is brought in by the part around its start, lying towards the rest of it', () => {
    const room = { width: pane.width - 2 * FIT_PADDING, height: pane.height - 2 * FIT_PADDING };
    // a box that fits is kept whole
    const small = { x: 10, y: 10, width: 100, height: 100 };
    expect(partNearStart(small, { x: 10, y: 10 }, pane, 1)).toEqual(small);
    // a connector running right and down from its start at the box's top-left: the pane's worth from there
    const long = { x: 0, y: 0, width: 3000, height: 2000 };
    expect(partNearStart(long, { x: 0, y: 0 }, pane, 1)).toEqual({ x: 0, y: 0, ...room });
    // one leaving at the top-right and running down and back left: the top-right part, not the empty top-left
    expect(partNearStart(long, { x: 3000, y: 0 }, pane, 1)).toEqual({ x: 3000 - room.width, y: 0, ...room });
    // at 200% the part is half as big in flow units; a start inside the box keeps it in the part
    const part = partNearStart(long, { x: 1500, y: 1000 }, pane, 2);
    expect(part.width).toBe(room.width / 2);
    expect(part.x).toBeLessThanOrEqual(1500);
    expect(part.x + part.width).toBeGreaterThanOrEqual(1500);
    // brought into view, its start is in the pane
    const view = panIntoView(partNearStart(long, { x: 3000, y: 0 }, pane, 1), pane, { x: 0, y: 0, zoom: 1 })!;
    expect(3000 + view.x).toBeLessThanOrEqual(pane.width - FIT_PADDING);
    expect(3000 + view.x).toBeGreaterThanOrEqual(FIT_PADDING);
  });

  it('focuses an element at a readable zoom at least, centred', () => {
    const v = focusOn({ x: 1000, y: 1000, width: 200, height: 100 }, pane, { x: 0, y: 0, zoom: 0.2 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(v.x + 1100 * v.zoom).toBeCloseTo(350);
    expect(v.y + 1050 * v.zoom).toBeCloseTo(300);
    expect(focusOn({ x: 0, y: 0, width: 10, height: 10 }, pane, { x: 0, y: 0, zoom: 1.5 }).zoom).toBe(1.5);
  });
});

describe('clearOfCovers (fit view keeps the design out from under the zoom controls and the mini map)', () => {
  // the canvas pane at 1280×800 with both side columns open, and the panels React Flow draws over it
  const canvas = { width: 688, height: 751 };
  const zoomControls = { x: 12, y: 705, width: 154, height: 34 };
  const miniMap = { x: 523, y: 636, width: 150, height: 100 };
  const under = (r: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }, c: typeof zoomControls) =>
    r.x * v.zoom + v.x < c.x + c.width && (r.x + r.width) * v.zoom + v.x > c.x && r.y * v.zoom + v.y < c.y + c.height && (r.y + r.height) * v.zoom + v.y > c.y;

  it('frames a design whose last stage ends at the bottom-left above the zoom controls, with the padding', () => {
    // given two stages on a row and a third under the first (a wrapped design, taller than the pane)
    const rects = [{ x: 0, y: 0, width: 256, height: 400 }, { x: 304, y: 0, width: 256, height: 150 }, { x: 0, y: 460, width: 256, height: 280 }];
    const bounds = boundsOf(rects)!;
    // fitted in the whole pane, the third stage's bottom-left is under the controls
    expect(under(rects[2]!, fitAll(bounds, canvas), zoomControls)).toBe(true);
    // when
    const v = clearOfCovers(rects, bounds, { ...canvas, covers: [zoomControls, miniMap] }, fitAll);
    // then nothing is under a panel, and the design ends the fit padding above the controls
    for (const r of rects) expect(under(r, v, zoomControls) || under(r, v, miniMap)).toBe(false);
    expect((bounds.y + bounds.height) * v.zoom + v.y).toBeCloseTo(zoomControls.y - FIT_PADDING);
    expect(v).toEqual(fitAll(bounds, { width: canvas.width, height: zoomControls.y }));
  });

  it('leaves a frame with nothing under a panel as it is: an empty bottom-right corner does not shrink the design for the mini map', () => {
    // given a wide design with a tall element in the middle of its bottom row, clear of both panels
    // once fitted, though its bounding box reaches under the mini map
    const rects = [{ x: 300, y: 0, width: 900, height: 300 }, { x: 600, y: 350, width: 256, height: 600 }];
    const bounds = boundsOf(rects)!;
    const plain = fitAll(bounds, canvas);
    expect(under(bounds, plain, miniMap)).toBe(true);
    // then
    expect(clearOfCovers(rects, bounds, { ...canvas, covers: [zoomControls, miniMap] }, fitAll)).toEqual(plain);
    expect(clearOfCovers(rects, bounds, canvas, fitAll)).toEqual(plain);
  });

  it('frames a design with an element under the notice at the top-right below the notice, with the padding', () => {
    // given the recruiting design's first row as it opens at the readable zoom, and the "Opened …" notice over the top-right
    const notice = { x: 292, y: 12, width: 384, height: 88 };
    const rects = [{ x: 0, y: 0, width: 256, height: 160 }, { x: 304, y: 0, width: 256, height: 560 }, { x: 608, y: 0, width: 150, height: 80 }, { x: 0, y: 640, width: 900, height: 400 }];
    const bounds = boundsOf(rects)!;
    const plain = openingFrame(bounds, canvas);
    expect(rects.some((r) => under(r, plain, notice))).toBe(true);
    // when
    const v = clearOfCovers(rects, bounds, { ...canvas, covers: [zoomControls, miniMap, notice] }, openingFrame);
    // then nothing is under the notice, the design starts the fit padding below it, at the same readable zoom
    for (const r of rects) expect(under(r, v, notice)).toBe(false);
    expect(bounds.y * v.zoom + v.y).toBeCloseTo(notice.y + notice.height + FIT_PADDING);
    expect(v.zoom).toBe(plain.zoom);
    expect(v.x).toBe(plain.x);
  });

  it('fits a design in the band between the notice and the panels below when both are in the way', () => {
    // given a small design fitted at 100%, reaching the notice at the top and the zoom controls at the bottom
    const notice = { x: 292, y: 12, width: 384, height: 60 };
    const rects = [{ x: 0, y: 0, width: 640, height: 100 }, { x: 0, y: 160, width: 256, height: 560 }];
    const bounds = boundsOf(rects)!;
    // when
    const v = clearOfCovers(rects, bounds, { ...canvas, covers: [zoomControls, miniMap, notice] }, fitAll);
    // then it is fitted in the band from the notice's bottom to the controls' top, clear of both
    const band = fitAll(bounds, { width: canvas.width, height: zoomControls.y - (notice.y + notice.height) });
    expect(v).toEqual({ ...band, y: band.y + notice.y + notice.height });
    for (const r of rects) for (const c of [notice, zoomControls, miniMap]) expect(under(r, v, c)).toBe(false);
  });

  it('keeps the opening readable: a design that fits readably only in the whole pane opens at the readable zoom, below the notice', () => {
    // given a design that fits the whole pane just above the readable zoom (its height decides)
    const notice = { x: 292, y: 12, width: 384, height: 88 };
    const rects = [{ x: 0, y: 0, width: 600, height: (canvas.height - 2 * FIT_PADDING) / (READABLE_ZOOM + 0.02) }];
    const bounds = boundsOf(rects)!;
    expect(openingFrame(bounds, canvas).zoom).toBeGreaterThan(READABLE_ZOOM);
    // when the notice takes the top of the pane
    const v = clearOfCovers(rects, bounds, { ...canvas, covers: [notice] }, openingFrame);
    // then it opens at the readable zoom, its top-left below the notice
    expect(v).toEqual({ zoom: READABLE_ZOOM, x: FIT_PADDING, y: notice.y + notice.height + FIT_PADDING });
  });

  it('does not squeeze the design into a strip between a notice ending at the middle of the pane and a panel just below it', () => {
    // given a pane 300 px high, a notice over its top half (0–150, so not past the middle) and the
    // mini map from 151 to the bottom, a small design fitted at 100% under both
    const pane = { width: 600, height: 300 };
    const notice = { x: 200, y: 0, width: 400, height: 150 };
    const miniMap = { x: 380, y: 151, width: 220, height: 149 };
    const rects = [{ x: 0, y: 0, width: 200, height: 100 }];
    const bounds = boundsOf(rects)!;
    expect(under(rects[0]!, fitAll(bounds, pane), notice) && under(rects[0]!, fitAll(bounds, pane), miniMap)).toBe(true);
    for (const frame of [fitAll, openingFrame]) {
      // when
      const v = clearOfCovers(rects, bounds, { ...pane, covers: [notice, miniMap] }, frame);
      // then the 1 px band between them is not used: the notice (which fades) is not framed around,
      // the design is framed above the mini map, readable
      expect(v.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
      expect(under(rects[0]!, v, miniMap)).toBe(false);
      expect(v).toEqual(frame(bounds, { width: pane.width, height: miniMap.y }));
    }
  });

  it('does not squeeze the design under a stack of notices reaching past the middle of the pane', () => {
    const stack = { x: 292, y: 12, width: 384, height: canvas.height / 2 };
    const rects = [{ x: 0, y: 0, width: 900, height: 300 }];
    const bounds = boundsOf(rects)!;
    expect(clearOfCovers(rects, bounds, { ...canvas, covers: [stack] }, fitAll)).toEqual(fitAll(bounds, canvas));
  });
});


describe('an element brought into view lands in the pane less what covers it (Find, Show it, an add, focus, follow the run)', () => {
  // the canvas pane at 1280×800 with both side columns open, the "Imported …" notice top-right
  const canvas = { width: 688, height: 751 };
  const notice = { x: 292, y: 12, width: 384, height: 58 };
  const zoomControls = { x: 12, y: 705, width: 154, height: 34 };
  const covered = { ...canvas, covers: [notice, zoomControls] };
  const onScreen = (r: { x: number; y: number; width: number; height: number }, v: { x: number; y: number; zoom: number }) =>
    ({ x: r.x * v.zoom + v.x, y: r.y * v.zoom + v.y, width: r.width * v.zoom, height: r.height * v.zoom });
  const meets = (a: { x: number; y: number; width: number; height: number }, b: typeof notice) =>
    a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

  it('brings a box under the notice down below it, with the padding, the zoom kept', () => {
    // given a decision drawn under the notice, inside the pane
    const current = { x: 0, y: 0, zoom: 0.8 };
    const decision = { x: 500, y: 30, width: 150, height: 60 };
    // when it is brought into view
    const v = panIntoView(decision, covered, current)!;
    // then it is below the notice, its top the padding under it, at the same zoom and across
    expect(v.zoom).toBe(0.8);
    expect(v.x).toBe(0);
    expect(onScreen(decision, v).y).toBeCloseTo(notice.y + notice.height + FIT_PADDING);
    expect(meets(onScreen(decision, v), notice)).toBe(false);
    // without the notice it was in view: nothing moved
    expect(panIntoView(decision, canvas, current)).toBeNull();
  });

  it('leaves a box beside the notice where it is, and one above the view comes down below the notice', () => {
    const current = { x: 0, y: 0, zoom: 1 };
    expect(panIntoView({ x: 40, y: 30, width: 200, height: 80 }, covered, current)).toBeNull();
    const above = { x: 400, y: -300, width: 232, height: 90 };
    const v = panIntoView(above, covered, current)!;
    expect(meets(onScreen(above, v), notice)).toBe(false);
    expect(onScreen(above, v).y).toBe(notice.y + notice.height + FIT_PADDING);
  });

  it('keeps a tall stage\'s header clear of the notice, its bottom let go past the pane', () => {
    const stage = { x: 400, y: 20, width: 256, height: 900 };
    const v = panIntoView(stage, covered, { x: 0, y: 0, zoom: 1 })!;
    expect(onScreen(stage, v).y).toBe(notice.y + notice.height + FIT_PADDING);
  });

  it('Find centres the match clear of the notice and the zoom controls, at a readable zoom', () => {
    // a stage taller than the band, centred, had its header under the notice
    const stage = { x: 2000, y: 0, width: 256, height: 700 };
    const v = focusOn(stage, covered, { x: 0, y: 0, zoom: 0.3 });
    expect(v.zoom).toBe(READABLE_ZOOM);
    expect(meets(onScreen(stage, v), notice)).toBe(false);
    // a card centred is clear already: centred as before
    const card = { x: 1000, y: 1000, width: 232, height: 90 };
    const c = focusOn(card, covered, { x: 0, y: 0, zoom: 1 });
    expect(c.x + 1116).toBeCloseTo(canvas.width / 2);
    expect(c.y + 1045).toBeCloseTo(canvas.height / 2);
    // a card centred under the zoom controls' row is lifted above them (a pane just taller than the card)
    const low = { width: 300, height: 200, covers: [{ x: 0, y: 150, width: 300, height: 40 }] };
    const l = focusOn({ x: 0, y: 0, width: 100, height: 100 }, low, { x: 0, y: 0, zoom: 1 });
    expect(l.y + 100).toBeLessThanOrEqual(150 - FIT_PADDING + 1e-9);
  });

  it('a stack of notices past the middle of the pane is not kept clear of (the box is not pushed off the pane)', () => {
    const tallStack = { x: 292, y: 12, width: 384, height: 420 };
    expect(panIntoView({ x: 400, y: 100, width: 232, height: 90 }, { ...canvas, covers: [tallStack] }, { x: 0, y: 0, zoom: 1 })).toBeNull();
  });
});
