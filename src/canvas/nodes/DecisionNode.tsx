/** A decision between stages, drawn as a diamond. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { DecisionNode as DecisionNodeType } from '../types';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';

function DecisionNodeView({ data, selected }: NodeProps<DecisionNodeType>) {
  return (
    <div data-kind="decision" className="relative flex h-full w-full items-center justify-center">
      <div
        aria-hidden="true"
        className={`absolute inset-[15%] rotate-45 rounded-md border-2 bg-white ${data.invalid ? 'border-status-error' : 'border-status-suspended'} ${selected ? 'ring-2 ring-brand-500' : ''}`}
      />
      <div className="relative flex max-w-[80%] flex-col items-center text-center text-xs font-medium text-ink-800">
        <NodeLabel name={data.name} label={data.label} className="max-w-full" />
        <ProblemMarker problems={data.problems} invalid={data.invalid} />
      </div>
      <Handle type="target" position={Position.Left} id="in" className="!h-3 !w-3 !bg-ink-600" />
      <Handle type="source" position={Position.Right} id="outcome" className="!h-3 !w-3 !bg-status-suspended" title="Drag to add an outcome" />
      <Handle type="source" position={Position.Bottom} id="default" className="!h-3 !w-3 !bg-ink-600" title="Drag to set the default path" />
    </div>
  );
}

export const DecisionNode = memo(DecisionNodeView);
