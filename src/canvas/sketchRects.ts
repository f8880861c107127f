/**
 * Where the sketches of a big design's stages fall on screen (SketchLayer.tsx draws them): each
 * sketched card (stageOverview.ts) as a rectangle in the pane's pixels, grouped by colour, for the
 * view `transform`, leaving out cards outside the pane and cards that are React Flow nodes
 * themselves (a step selected far out is drawn as its card, not under it).
 */
import { cardColour, type SketchColour, type StatusOf } from './stageOverview';
import type { StepSketch } from './types';

/** A stage that carries a sketch, at its place on the canvas (React Flow's absolute position), with its size. */
export interface SketchedStage {
  x: number;
  y: number;
  width: number;
  height: number;
  overview: readonly StepSketch[];
}

/** React Flow's `[x, y, zoom]`. */
export type ViewTransform = readonly [number, number, number];

/** Per colour, the rectangles as a flat list `x, y, width, height, …` in whole pane pixels. */
export type SketchRects = Map<SketchColour, number[]>;

export interface SketchOptions {
  /** In a run, each card's status by step name (absent: not started); null colours cards by kind. */
  statusOf: StatusOf;
  /** Whether a step is a React Flow node of its own (then its card is drawn, not its sketch). */
  isNode: (name: string) => boolean;
}

/**
 * The rectangles to paint. Edges are rounded to whole pixels (the sketch is fills without
 * anti-aliasing, as SVG's crispEdges drew it) and a card never shrinks below one pixel, so a
 * far-out stage still shows each of its cards.
 */
export function sketchRects(stages: Iterable<SketchedStage>, transform: ViewTransform, pane: { width: number; height: number }, options: SketchOptions): SketchRects {
  const [tx, ty, zoom] = transform;
  const rects: SketchRects = new Map();
  for (const stage of stages) {
    const ox = tx + stage.x * zoom;
    const oy = ty + stage.y * zoom;
    // a stage away from the pane is passed whole (a big design has hundreds)
    if (ox >= pane.width || oy >= pane.height || ox + stage.width * zoom <= 0 || oy + stage.height * zoom <= 0) continue;
    for (const card of stage.overview) {
      const left = Math.round(ox + card.x * zoom);
      const top = Math.round(oy + card.y * zoom);
      const width = Math.max(1, Math.round(ox + (card.x + card.width) * zoom) - left);
      const height = Math.max(1, Math.round(oy + (card.y + card.height) * zoom) - top);
      if (left >= pane.width || top >= pane.height || left + width <= 0 || top + height <= 0) continue;
      if (options.isNode(card.name)) continue;
      const colour = cardColour(card, options.statusOf);
      const list = rects.get(colour);
      if (list) list.push(left, top, width, height);
      else rects.set(colour, [left, top, width, height]);
    }
  }
  return rects;
}

/** "colour:count" per colour drawn, in order of first appearance (the layer's `data-drawn`, for tests and tools). */
export function drawnSummary(rects: SketchRects): string {
  return [...rects].map(([colour, list]) => `${colour}:${list.length / 4}`).join(' ');
}

/** A rectangle in flow coordinates. */
export interface FlowBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around every sketched stage, in flow coordinates; null when there is none. */
export function sketchBounds(stages: Iterable<SketchedStage>): FlowBox | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const stage of stages) {
    if (stage.overview.length === 0) continue;
    left = Math.min(left, stage.x);
    top = Math.min(top, stage.y);
    right = Math.max(right, stage.x + stage.width);
    bottom = Math.max(bottom, stage.y + stage.height);
  }
  return left === Infinity ? null : { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * What one drawing of the layer covers: the pane grown by `SKETCH_MARGIN` pixels on each side, cut
 * to the sketches' bounds (a design fitted in the pane is drawn whole, so no pan needs it drawn
 * again), in whole pixels, at one zoom. `x`/`y` are its top left in flow coordinates;
 * `width`/`height` its size in pixels at `zoom`.
 */
export interface SketchRegion {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

/**
 * How far (screen pixels) a drawing reaches beyond each side of the pane: a pan within it moves the
 * drawing, as a layer, and paints nothing.
 */
export const SKETCH_MARGIN = 256;

/** How far a zoom may scale a drawing before it is drawn again at once. */
export const SKETCH_RESCALE = 2;

type Pane = { width: number; height: number };

/** `bounds` on the pane at the view `transform`, cut to `[left, top, right, bottom]`; null when they do not meet. */
function boundsOnPane(bounds: FlowBox, [tx, ty, zoom]: ViewTransform, cut: readonly [number, number, number, number]): [number, number, number, number] | null {
  const left = Math.max(cut[0], tx + bounds.x * zoom);
  const top = Math.max(cut[1], ty + bounds.y * zoom);
  const right = Math.min(cut[2], tx + (bounds.x + bounds.width) * zoom);
  const bottom = Math.min(cut[3], ty + (bounds.y + bounds.height) * zoom);
  return right > left && bottom > top ? [left, top, right, bottom] : null;
}

/** The region a drawing made at the view `transform` covers; null when no sketch is near the pane. */
export function sketchRegion(transform: ViewTransform, pane: Pane, bounds: FlowBox | null): SketchRegion | null {
  if (!bounds) return null;
  const near = boundsOnPane(bounds, transform, [-SKETCH_MARGIN, -SKETCH_MARGIN, pane.width + SKETCH_MARGIN, pane.height + SKETCH_MARGIN]);
  if (!near) return null;
  const [tx, ty, zoom] = transform;
  const left = Math.floor(near[0]);
  const top = Math.floor(near[1]);
  return { x: (left - tx) / zoom, y: (top - ty) / zoom, zoom, width: Math.ceil(near[2]) - left, height: Math.ceil(near[3]) - top };
}

/** Where the view `transform` puts a drawing of `region`: its top left on the pane and its scale. */
export function regionPlacement(region: SketchRegion, [tx, ty, zoom]: ViewTransform): { left: number; top: number; scale: number } {
  return { left: region.x * zoom + tx, top: region.y * zoom + ty, scale: zoom / region.zoom };
}

/**
 * Whether a drawing of `region` (null: nothing drawn) still shows the sketches within `bounds` at
 * the view `transform`: `'yes'` at its own zoom with every sketch in the pane inside it (a pan
 * within the margin), `'for now'` when a zoom only scales it, by up to `SKETCH_RESCALE` either
 * way, with those sketches still inside (it is drawn again once the zoom rests), `'no'` otherwise.
 */
export function regionShows(region: SketchRegion | null, bounds: FlowBox | null, transform: ViewTransform, pane: Pane): 'yes' | 'for now' | 'no' {
  const needed = bounds ? boundsOnPane(bounds, transform, [0, 0, pane.width, pane.height]) : null;
  if (!region) return needed ? 'no' : 'yes';
  const { left, top, scale } = regionPlacement(region, transform);
  // a pixel's slack for the rounding of the region's edges
  const covers = !needed || (left <= needed[0] + 1 && top <= needed[1] + 1 && left + region.width * scale >= needed[2] - 1 && top + region.height * scale >= needed[3] - 1);
  if (!covers) return 'no';
  if (scale === 1) return 'yes';
  return scale <= SKETCH_RESCALE && scale >= 1 / SKETCH_RESCALE ? 'for now' : 'no';
}
