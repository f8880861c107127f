/**
 * When a design is big: above BIG_DESIGN_NODES stages, steps and decisions. The canvas gives React
 * Flow only part of a big design (canvas/shownElements.ts) and draws an opened one in later tasks
 * (drawnDocument.ts).
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

/** Whether opening `doc` draws it in the tasks that follow rather than at once. */
export function drawsLater(doc: Orchestration): boolean {
  return designNodeCount(doc) > BIG_DESIGN_NODES;
}
