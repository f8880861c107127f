/** Where a step dropped at a flow-space point sits inside its stage (relative, snapped, inside the body). */
import type { XYPosition } from '@xyflow/react';
import * as G from './geometry';
import type { DesignNode } from './types';

export function stepDropPosition(stage: DesignNode, point: XYPosition, snap: boolean): XYPosition {
  const round = (v: number) => (snap ? Math.round(v / G.GRID) * G.GRID : Math.round(v));
  return {
    x: Math.max(G.STAGE_PADDING, round(point.x - stage.position.x - G.STEP_WIDTH / 2)),
    y: Math.max(G.STAGE_HEADER, round(point.y - stage.position.y - G.STEP_HEIGHT / 2)),
  };
}
