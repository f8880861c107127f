/**
 * When a design is big: above BIG_DESIGN_NODES stages, steps and decisions the canvas gives React
 * Flow only part of it (canvas/shownElements.ts); above DRAW_LATER_NODES an opened one is drawn in
 * the tasks that follow the opening (drawnDocument.ts).
 */
import type { Orchestration } from '../model/types';

/** Above this many stages, steps and decisions a design is big. */
export const BIG_DESIGN_NODES = 400;

/** Stages, steps and decisions: the nodes the canvas draws for `doc`. */
export function designNodeCount(doc: Orchestration): number {
  let count = doc.decisions?.length ?? 0;
  for (const stage of doc.stages) count += 1 + stage.steps.length;
  return count;
}

/**
 * Above this many nodes an opened design is drawn in the tasks that follow, not in the task that
 * opened it. Drawing in later tasks keeps each task short but costs more in all — a task of
 * planning, a transition rendered in slices, the side columns rendered once before the canvas and
 * the canvas after, more garbage collected meanwhile: at 2,000 steps about 7 ms of the main
 * thread's CPU and 5 ms to the painted cards (docs/performance.md, twenty-sixth round). Below this
 * the opening is one task of at most about 100 ms on the machine it was measured on (82 ms at
 * 2,100 nodes, the test hook's validation included), so under 200 ms, the long-task budget, on one
 * twice as slow; 10,000 steps are still drawn in tasks of about 30 ms (canvas/prepareDrawing.ts).
 */
export const DRAW_LATER_NODES = 2_500;

/** Whether opening `doc` draws it in the tasks that follow rather than at once. */
export function drawsLater(doc: Orchestration): boolean {
  return designNodeCount(doc) > DRAW_LATER_NODES;
}
