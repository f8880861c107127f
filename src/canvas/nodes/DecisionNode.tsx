/** A decision between stages: a box with a diamond icon; outcomes leave on the right, the default at the bottom. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DecisionNode as DecisionNodeType } from '../types';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';

function DecisionNodeView({ data, selected }: NodeProps<DecisionNodeType>) {
  return (
    <div data-kind="decision" className={`sf-node sf-decision${selected ? ' sf-selected' : ''}${data.invalid ? ' sf-invalid' : ''}`}>
      <NodeLabel name={data.name} label={data.label} className="sf-icon-decision" marked={data.problems.length > 0} />
      <ProblemMarker problems={data.problems} invalid={data.invalid} consequencesOnly={data.consequencesOnly} />
      <Handle type="target" position={Position.Left} id="in" className="sf-handle sf-handle-stage" />
      <Handle type="source" position={Position.Right} id="outcome" className="sf-handle sf-handle-stage sf-handle-outcome" title="Drag to add an outcome" />
      <Handle type="source" position={Position.Bottom} id="default" className="sf-handle sf-handle-stage" title="Drag to set the default path" />
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
