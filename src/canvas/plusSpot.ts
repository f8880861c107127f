/**
 * Where a quick-insert "+" button goes beside its element: the first of its candidate spots that no
 * connector, connector label or other card touches. The button keeps its 24 px on screen while
 * the canvas zooms, and connectors leave a stage from the middle of its sides (next stage: right;
 * fault path: bottom), so a fixed spot lay on one: a step's "+" at its right middle sat on the
 * stage's outgoing connector whenever the step was at the stage's middle (loan-approval, Credit
 * check), a stage's "Add a step" below it on its fault path.
 */
import { Position } from '@xyflow/react';

export interface Spot {
  position: Position;
  align: 'start' | 'center' | 'end';
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The button's size and its distance from the element (NodeToolbar's offset), in screen px. */
export const PLUS_SIZE = 24;
export const PLUS_OFFSET = 6;
/** How near a connector may come to the button (an arrowhead is about 8 px across its line). */
const CLEARANCE = 4;

/** The screen box of a button at `spot` beside an element drawn at `node`. */
export function spotBox(node: Box, spot: Spot): Box {
  const along = (from: number, to: number): [number, number] => {
    if (spot.align === 'start') return [from, from + PLUS_SIZE];
    if (spot.align === 'end') return [to - PLUS_SIZE, to];
    const mid = (from + to) / 2;
    return [mid - PLUS_SIZE / 2, mid + PLUS_SIZE / 2];
  };
  if (spot.position === Position.Right || spot.position === Position.Left) {
    const [top, bottom] = along(node.top, node.bottom);
    const left = spot.position === Position.Right ? node.right + PLUS_OFFSET : node.left - PLUS_OFFSET - PLUS_SIZE;
    return { left, right: left + PLUS_SIZE, top, bottom };
  }
  const [left, right] = along(node.left, node.right);
  const top = spot.position === Position.Bottom ? node.bottom + PLUS_OFFSET : node.top - PLUS_OFFSET - PLUS_SIZE;
  return { left, right, top, bottom: top + PLUS_SIZE };
}

/** Whether boxes `a` and `b` meet, or come within `margin` px of each other. */
export const touches = (a: Box, b: Box, margin = 0) =>
  a.left - margin <= b.right && b.left <= a.right + margin && a.top - margin <= b.bottom && b.top <= a.bottom + margin;

/**
 * The first of `candidates` whose button box stays clear of every point of `lines` (connectors,
 * sampled) and every box of `obstacles` (labels, other cards); when none is, the one touching
 * least (a card counts as much as a connector's whole length beside the button).
 */
export function clearSpot(node: Box, candidates: readonly Spot[], lines: readonly { x: number; y: number }[], obstacles: readonly Box[]): Spot {
  let best = candidates[0]!;
  let bestScore = Infinity;
  for (const spot of candidates) {
    const box = spotBox(node, spot);
    const onLine = lines.filter((p) => touches(box, { left: p.x, right: p.x, top: p.y, bottom: p.y }, CLEARANCE)).length;
    const score = onLine + 100 * obstacles.filter((o) => touches(box, o)).length;
    if (score === 0) return spot;
    if (score < bestScore) [best, bestScore] = [spot, score];
  }
  return best;
}
