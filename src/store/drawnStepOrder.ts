/**
 * The order the canvas draws each stage's steps in — top to bottom, then left to right for cards
 * side by side — by stage name. The canvas works it out from card heights and the places the user
 * gave cards (canvas/layout/stagePlan.ts), which nothing below the canvas knows, and publishes it
 * each time it maps a design; the Outline lists a stage's steps in it, so the two read alike
 * (docs/editor.md, "The Outline's order"). Until the canvas has drawn a stage, its steps keep the
 * order the file declares them in. A publication that changes no stage's order notifies no one, so
 * an edit that moves no card re-renders nothing here.
 */
import { useSyncExternalStore } from 'react';

/** Step names of each stage in the order drawn, by stage name. */
export type StepOrder = ReadonlyMap<string, readonly string[]>;

let current: StepOrder = new Map();
const listeners = new Set<() => void>();

function sameOrder(a: StepOrder, b: StepOrder): boolean {
  if (a.size !== b.size) return false;
  for (const [stage, steps] of a) {
    const other = b.get(stage);
    if (!other || other.length !== steps.length || steps.some((s, i) => s !== other[i])) return false;
  }
  return true;
}

export const drawnStepOrder = {
  get: (): StepOrder => current,
  publish(order: StepOrder): void {
    if (sameOrder(order, current)) return;
    current = order;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

/** The order the canvas draws each stage's steps in (empty until it has drawn a design). */
export function useDrawnStepOrder(): StepOrder {
  return useSyncExternalStore(drawnStepOrder.subscribe, drawnStepOrder.get);
}
