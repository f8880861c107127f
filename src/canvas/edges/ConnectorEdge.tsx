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

/** Where a connector's label goes: its point, and whether the label is centred on it or starts at it. */
type LabelPlace = { x: number; y: number; from: 'centre' | 'left' };

function wrapPath(p: EdgeProps<DesignEdge>, centerY: number): [string, LabelPlace] {
  const out = p.sourcePosition === Position.Right ? { x: p.sourceX + STUB, y: p.sourceY } : { x: p.sourceX, y: p.sourceY + STUB };
  const points = [
    { x: p.sourceX, y: p.sourceY },
    out,
    { x: out.x, y: centerY },
    { x: p.targetX - STUB, y: centerY },
    { x: p.targetX - STUB, y: p.targetY },
    { x: p.targetX, y: p.targetY },
  ];
  // the label sits on the run out of the source, beside the decision it names an outcome of: the
  // middle of the run along the gap is shared by every connector crossing that gap, so two labels
  // there would lie on each other ("Default" under "Reopened"). Out of a right handle it starts
  // just right of the line (the column gap after a decision is kept wide for it), so it does not
  // cover the decision; out of a bottom handle it is centred on the line below it.
  const place: LabelPlace = p.sourcePosition === Position.Right
    ? { x: out.x + 4, y: (out.y + centerY) / 2, from: 'left' }
    : { x: out.x, y: (out.y + centerY) / 2, from: 'centre' };
  return [roundedPath(points), place];
}

function ConnectorEdgeView(props: EdgeProps<DesignEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label, interactionWidth } = props;
  let path: string;
  let place: LabelPlace;
  if (data?.centerY !== undefined) [path, place] = wrapPath(props, data.centerY);
  else {
    const [smooth, x, y] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: STUB });
    path = smooth;
    place = { x, y, from: 'centre' };
  }
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
      {label && (
        <EdgeLabelRenderer>
          <div className="edge-label" style={{ transform: `translate(${place.from === 'left' ? '0' : '-50%'}, -50%) translate(${place.x}px, ${place.y}px)` }}>
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectorEdge = memo(ConnectorEdgeView);
