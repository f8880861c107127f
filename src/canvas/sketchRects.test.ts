import { describe, expect, it } from 'vitest';
import { drawnSummary, regionPlacement, regionShows, sketchBounds, sketchRects, sketchRegion, SKETCH_MARGIN, type SketchedStage } from './sketchRects';
import type { StepSketch } from './types';

const card = (name: string, y: number, mode: StepSketch['mode'] = 'sync', invalid = false): StepSketch => ({ name, x: 12, y, width: 232, height: 60, mode, invalid });
const stage: SketchedStage = { x: 100, y: 200, width: 256, height: 290, overview: [card('A', 50), card('B', 130, 'async'), card('C', 210, 'sync', true)] };
const pane = { width: 800, height: 600 };
const noNodes = { statusOf: null, isNode: () => false };

describe('sketchRects', () => {
  it('places each card on the pane at the view, in whole pixels, grouped by kind colour (an invalid card red)', () => {
    // when: the view at (10, 20), zoom 0.5
    const rects = sketchRects([stage], [10, 20, 0.5], pane, noNodes);
    // then: A at x = 10 + (100 + 12) / 2 = 66, y = 20 + (200 + 50) / 2 = 145, 116 × 30
    expect(rects.get('sync')).toEqual([66, 145, 116, 30]);
    expect(rects.get('async')).toEqual([66, 185, 116, 30]);
    expect(rects.get('invalid')).toEqual([66, 225, 116, 30]);
    expect(drawnSummary(rects)).toBe('sync:1 async:1 invalid:1');
  });

  it('keeps a far-out card at least one pixel wide and high', () => {
    const rects = sketchRects([stage], [0, 0, 0.002], pane, noNodes);
    // A at (0.224, 0.5), 0.464 × 0.12 pixels: rounded to (0, 1), and one pixel each way
    expect(rects.get('sync')).toEqual([0, 1, 1, 1]);
  });

  it('leaves out cards outside the pane and cards that are nodes of their own', () => {
    // when: the view puts the stage's first card above the pane, and B is a node (selected far out)
    const rects = sketchRects([stage], [0, -320, 1], pane, { statusOf: null, isNode: (name) => name === 'B' });
    // then: only C (y = -320 + 200 + 210 = 90) is drawn
    expect(drawnSummary(rects)).toBe('invalid:1');
    expect(rects.get('invalid')).toEqual([112, 90, 232, 60]);
  });

  it('passes over a stage away from the pane whole, whatever its cards say', () => {
    // a stage whose box is left of the pane, with a (wrong) card that would fall inside it
    const away: SketchedStage = { x: -1000, y: 0, width: 256, height: 290, overview: [card('X', 0), { ...card('Y', 0), x: 1100 }] };
    expect(sketchRects([away], [0, 0, 1], pane, noNodes).size).toBe(0);
  });

  it('colours cards by their status in a run (not started when the run has none for it)', () => {
    const status = { A: 'Completed', B: 'InProgress' } as const;
    const rects = sketchRects([stage], [0, 0, 1], pane, { statusOf: (name) => status[name as keyof typeof status], isNode: () => false });
    expect(drawnSummary(rects)).toBe('Completed:1 InProgress:1 NotStarted:1');
  });
});

describe('the region a drawing covers', () => {
  // a design much bigger than the pane: the region is the pane and its margin
  const everywhere = { x: -100_000, y: -100_000, width: 200_000, height: 200_000 };
  const region = sketchRegion([40, 30, 0.5], pane, everywhere)!;

  it('is the pane grown by the margin on each side, at the view it was drawn at', () => {
    expect(region).toEqual({ x: (-SKETCH_MARGIN - 40) / 0.5, y: (-SKETCH_MARGIN - 30) / 0.5, zoom: 0.5, width: 800 + 2 * SKETCH_MARGIN, height: 600 + 2 * SKETCH_MARGIN });
    expect(regionPlacement(region, [40, 30, 0.5])).toEqual({ left: -SKETCH_MARGIN, top: -SKETCH_MARGIN, scale: 1 });
  });

  it('still shows a pan within the margin, moved by the pan', () => {
    expect(regionShows(region, everywhere, [40 + SKETCH_MARGIN, 30 - SKETCH_MARGIN, 0.5], pane)).toBe('yes');
    expect(regionPlacement(region, [140, 30, 0.5])).toEqual({ left: 100 - SKETCH_MARGIN, top: -SKETCH_MARGIN, scale: 1 });
  });

  it('no longer shows a pan past the margin', () => {
    expect(regionShows(region, everywhere, [40 + SKETCH_MARGIN + 2, 30, 0.5], pane)).toBe('no');
    expect(regionShows(region, everywhere, [40, 30 - SKETCH_MARGIN - 2, 0.5], pane)).toBe('no');
  });

  it('shows a zoom in for now, scaled, up to twice the size; beyond, it must be drawn again', () => {
    // zooming in by 1.2 about the pane's top left keeps it covered
    expect(regionShows(region, everywhere, [40 * 1.2, 30 * 1.2, 0.6], pane)).toBe('for now');
    expect(regionPlacement(region, [48, 36, 0.6]).scale).toBeCloseTo(1.2);
    expect(regionShows(region, everywhere, [40 * 2.5, 30 * 2.5, 1.25], pane)).toBe('no');
  });

  it('shows a small zoom out for now while the pane stays inside it, and not once the pane leaves it', () => {
    // zooming out about the pane's middle (400, 300)
    const out = (factor: number): [number, number, number] => [400 - (400 - 40) / factor, 300 - (300 - 30) / factor, 0.5 / factor];
    expect(regionShows(region, everywhere, out(1.2), pane)).toBe('for now');
    expect(regionShows(region, everywhere, out(1.9), pane)).toBe('no');
  });

  it('is cut to the sketches: a design that fits in the pane is drawn whole, and every pan still shows it', () => {
    // given sketches 400 × 300 flow pixels at (100, 100), fitted at zoom 1
    const small = { x: 100, y: 100, width: 400, height: 300 };
    const whole = sketchRegion([0, 0, 1], pane, small)!;
    // then the region is the sketches' box, not the pane and its margin
    expect(whole).toEqual({ x: 100, y: 100, zoom: 1, width: 400, height: 300 });
    // and a pan of any length keeps showing them (what leaves the pane needs no drawing)
    expect(regionShows(whole, small, [300, -150, 1], pane)).toBe('yes');
    expect(regionShows(whole, small, [-2000, 0, 1], pane)).toBe('yes');
  });

  it('is nothing when no sketch is near the pane, which shows the view until one comes into it', () => {
    const far = { x: 5000, y: 0, width: 400, height: 300 };
    expect(sketchRegion([0, 0, 1], pane, far)).toBeNull();
    expect(sketchRegion([0, 0, 1], pane, null)).toBeNull();
    expect(regionShows(null, far, [0, 0, 1], pane)).toBe('yes');
    expect(regionShows(null, far, [-4500, 0, 1], pane)).toBe('no');
  });
});

describe('sketchBounds', () => {
  it('is the box around every sketched stage, in flow coordinates (a stage without cards aside)', () => {
    const other: SketchedStage = { x: 400, y: 0, width: 256, height: 100, overview: [card('D', 10)] };
    expect(sketchBounds([stage, other, { x: -500, y: -500, width: 10, height: 10, overview: [] }])).toEqual({ x: 100, y: 0, width: 556, height: 490 });
    expect(sketchBounds([{ x: 0, y: 0, width: 10, height: 10, overview: [] }])).toBeNull();
  });
});
