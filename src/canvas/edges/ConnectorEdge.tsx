/**
 * A connector between stages and decisions (next, fault path, outcome, default). Within a row of
 * the arrangement it is a right-angled path; to another row it runs down into the gap between the
 * rows (`data.centerY`), along it, and into the target from its left, so it never cuts across the
 * stages of a row. A label (an outcome's name) sits on the connector in a box that wraps, over the
 * connector's last run when that run is its own (labelPlace below). Outcomes that share the path
 * share one label, a line for each (`labelLines`); labels of several connectors out of one handle to
 * the next row are stacked down its run (`labelStack`, edges/labelPlace.ts).
 */
import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, Position, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DesignEdge } from '../types';
import { type LabelPlace, wrappedLabelPlace } from './labelPlace';
import { roundedPath } from './roundedPath';

/** How far a connector runs straight out of a handle before it turns. */
const STUB = 16;

/** Room kept between a label over a connector's last run and the line and arrowhead under it. */
const LABEL_CLEAR = 6;

/**
 * A decision's outcomes leave it on one run (out of its handle, then down the trunk to each branch),
 * so a label in the middle of the path may lie on that shared part and name no branch for certain:
 * "Open" halfway down a trunk that turns off to three stages. A connector whose last run is its own
 * (`labelAtEnd`, toFlowEdges.ts) has its label over that run, ending just before the arrowhead: it
 * reads as the name of the arrow into that stage. Into a left handle only (every stage and decision
 * takes connectors there); otherwise the label stays where the path puts it.
 */
function labelPlace(p: EdgeProps<DesignEdge>, fallback: LabelPlace): LabelPlace {
  if (!p.data?.labelAtEnd || p.targetPosition !== Position.Left) return fallback;
  return { x: p.targetX - LABEL_CLEAR, y: p.targetY - LABEL_CLEAR / 2, from: 'end' };
}

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
  return [roundedPath(points), wrappedLabelPlace(p.sourcePosition === Position.Right, out, centerY, p.data?.labelStack)];
}

/** How a label box is moved onto its point, for each way of placing it. */
const SHIFT: Record<LabelPlace['from'], string> = {
  centre: 'translate(-50%, -50%)',
  left: 'translate(0, -50%)',
  end: 'translate(-100%, -100%)',
  leftTop: 'translate(0, 0)',
  centreTop: 'translate(-50%, 0)',
};

function ConnectorEdgeView(props: EdgeProps<DesignEdge>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label, interactionWidth } = props;
  let path: string;
  let place: LabelPlace;
  if (data?.centerY !== undefined) [path, place] = wrapPath(props, data.centerY);
  else {
    const [smooth, x, y] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 8, offset: STUB });
    path = smooth;
    place = labelPlace(props, { x, y, from: 'centre' });
  }
  return (
    <>
      <BaseEdge path={path} markerEnd={markerEnd} interactionWidth={interactionWidth} />
      {label && (
        <EdgeLabelRenderer>
          <div className="edge-label" style={{ transform: `${SHIFT[place.from]} translate(${place.x}px, ${place.y}px)` }}>
            {data?.labelLines ? data.labelLines.map((line, i) => <span key={i} className="edge-label-line">{line}</span>) : label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const ConnectorEdge = memo(ConnectorEdgeView);
