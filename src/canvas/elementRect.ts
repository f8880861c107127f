/** Where an element's node is on the canvas, in flow coordinates (steps sit inside their stage). */
import type { Rect } from './layout/framing';
import type { DesignNode } from './types';

/**
 * The box of the node `id` in flow coordinates, adding its parent's position for a step (a step's
 * position is relative to its stage); null when there is no such node. Sizes are fixed on every
 * node, so nothing needs measuring.
 */
export function elementRect(nodes: readonly DesignNode[], id: string): Rect | null {
  const found = nodes.find((n) => n.id === id);
  if (!found) return null;
  let x = found.position.x;
  let y = found.position.y;
  if (found.parentId !== undefined) {
    const parent = nodes.find((n) => n.id === found.parentId);
    if (parent) {
      x += parent.position.x;
      y += parent.position.y;
    }
  }
  return { x, y, width: found.width ?? 0, height: found.height ?? 0 };
}

/** Whether the user asked the system for less motion: moves of the view then jump instead of gliding. */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
