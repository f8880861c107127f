/**
 * Publishes the order the canvas draws each stage's steps in (store/drawnStepOrder.ts) for the
 * Outline: the step nodes of a mapped design are listed in reading order, top to bottom, then left
 * to right (layout/stagePlan.ts), each with its stage as parent. Published as the canvas commits a
 * new mapping — a new design, an edit, a card moved by a drag or an arrow key — before the browser
 * paints, so the Outline never shows an order the canvas does not.
 */
import { useLayoutEffect } from 'react';
import { drawnStepOrder } from '../store/drawnStepOrder';
import type { DesignNode } from './types';

/** Each stage's steps in the order of `nodes`, by stage name. */
export function stepOrderOf(nodes: readonly DesignNode[]): Map<string, string[]> {
  const order = new Map<string, string[]>();
  for (const node of nodes) {
    if (node.type !== 'step' || !node.parentId) continue;
    const steps = order.get(node.parentId);
    if (steps) steps.push(node.id);
    else order.set(node.parentId, [node.id]);
  }
  return order;
}

export function usePublishStepOrder(nodes: readonly DesignNode[]): void {
  useLayoutEffect(() => {
    drawnStepOrder.publish(stepOrderOf(nodes));
  }, [nodes]);
}
