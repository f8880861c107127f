/**
 * A connector between stages and decisions (next, fault path, outcome, default). Within a row of
 * the arrangement it is a right-angled path; to another row it runs down into the gap between the
 * rows (`data.centerY`), along it, and into the target from its left, so it never cuts across the
 * stages of a row. A label (an outcome's name) sits on the connector in a box that wraps.
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DesignEdge } from '../types';
import { roundedPath } from './roundedPath';

/** How far a connector runs straight out of a handle before it turns. */
const STUB = 16;

function wrapPath(p: EdgeProps<DesignEdge>, centerY: number): [string, number, number] {
  const out = p.sourcePosition === Position.Right ? { x: p.sourceX + STUB, y: p.sourceY } : { x: p.sourceX, y: p.sourceY + STUB };
  const points = [
    { x: p.sourceX, y: p.sourceY },
    out,
    { x: out.x, y: centerY },
    { x: p.targetX - STUB, y: centerY },
    { x: p.targetX - STUB, y: p.targetY },
    { x: p.targetX, y: p.targetY },
  ];
  return [roundedPath(points), (out.x + p.targetX - STUB) / 2, centerY];
}

function ConnectorEdgeView(props: EdgeProps<DesignEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label, interactionWidth } = props;
  const [path, labelX, labelY] = data?.centerY !== undefined
    ? wrapPath(props, data.centerY)
    : getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: STUB });
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
      {label && (
        <EdgeLabelRenderer>
          <div className="edge-label" style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectorEdge = memo(ConnectorEdgeView);
