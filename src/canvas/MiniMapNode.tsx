/**
 * Mini map shape: stages and decisions only. Steps (class `minimap-step`) are not drawn at all, so
 * a big design's mini map stays cheap to redraw while panning.
 */
import type { MiniMapNodeProps } from '@xyflow/react';
import { memo } from 'react';

function MiniMapShape({ x, y, width, height, color, className, borderRadius }: MiniMapNodeProps) {
  if (className.includes('minimap-step')) return null;
  return <rect className={`react-flow__minimap-node ${className}`} x={x} y={y} rx={borderRadius} ry={borderRadius} width={width} height={height} style={{ fill: color }} />;
}

export const MiniMapNode = memo(MiniMapShape);
