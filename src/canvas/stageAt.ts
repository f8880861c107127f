/** The stage node under a flow-space point (stages are top-level, so positions are absolute). */
import type { XYPosition } from '@xyflow/react';
import type { DesignNode } from './types';

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
