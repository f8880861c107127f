/** Mini map shape: a plain rectangle per stage, step and decision (steps drawn over their stage). */
import type { MiniMapNodeProps } from '@xyflow/react';
import { memo } from 'react';

function MiniMapShape({ x, y, width, height, color, className, borderRadius }: MiniMapNodeProps) {
  return <rect className={`react-flow__minimap-node ${className}`} x={x} y={y} rx={borderRadius} ry={borderRadius} width={width} height={height} style={{ fill: color }} />;
}

export const MiniMapNode = memo(MiniMapShape);
