/** The stage node under a flow-space point (stages are top-level, so positions are absolute). */
import type { XYPosition } from '@xyflow/react';
import type { DesignNode } from './types';

/**
 * screenToFlowPosition's options for the point a hit test reads: the pointer's own point. With
 * "Snap to grid" on it would otherwise be snapped to the 20 px grid, up to 10 px off, and a pointer
 * just inside a stage's edge was judged outside it (the grid places what is dropped, not where).
 */
export const POINTER_AS_IS = { snapToGrid: false } as const;

export function stageAt(nodes: readonly DesignNode[], point: XYPosition): DesignNode | null {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const n = nodes[i]!;
    if (n.type !== 'stage') continue;
    const w = n.width ?? n.measured?.width ?? 0;
    const h = n.height ?? n.measured?.height ?? 0;
    if (point.x >= n.position.x && point.x <= n.position.x + w && point.y >= n.position.y && point.y <= n.position.y + h) return n;
  }
  return null;
}
