/** A stage: a container with a header (icon, label, badges, problems) and its steps inside. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { STATUS_BORDER } from '../../panels/run/statusStyles';
import { ChangeMark, StatusChip } from './RunDecorations';
import { useJustChanged, useRunStatus, useWrapperAttribute } from './useRunStatus';
import type { StageNode as StageNodeType } from '../types';
import { KindIcon } from './KindIcon';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';

function StageNodeView({ data, selected }: NodeProps<StageNodeType>) {
  const ref = useRef<HTMLDivElement>(null);
  const status = useRunStatus(data.name, 'stage');
  useWrapperAttribute(ref, 'data-status', status);
  const changed = useJustChanged(data.name);
  const border = status ? STATUS_BORDER[status] : data.invalid ? 'border-status-error' : selected ? 'border-brand-600' : 'border-brand-100';
  return (
    <div
      ref={ref}
      data-kind="stage"
      data-status={status ?? undefined}
      className={`relative h-full w-full rounded-xl border-2 bg-brand-50 ${border} ${selected ? 'ring-2 ring-brand-500' : ''}`}
    >
      <div className="flex items-center gap-2 rounded-t-[10px] bg-brand-600 px-3 py-2 text-white">
        <KindIcon kind="stage" />
        <NodeLabel name={data.name} label={data.label} className="text-sm font-semibold" />
        <ProblemMarker problems={data.problems} invalid={data.invalid} />
      </div>
      <div className="flex flex-wrap gap-1 px-3 py-1 text-[11px] text-ink-600">
        {status && <StatusChip status={status} />}
        {data.isStart && <span className="rounded bg-brand-100 px-1.5 font-medium text-brand-700">Start</span>}
        <span className="rounded bg-white px-1.5">{data.exitBadge}</span>
      </div>
      {changed !== null && <ChangeMark key={changed} />}
      <Handle type="target" position={Position.Left} id="in" className="!h-3 !w-3 !bg-brand-600" />
      <Handle type="source" position={Position.Right} id="next" className="!h-3 !w-3 !bg-brand-600" title="Drag to connect the next stage" />
      <Handle type="source" position={Position.Bottom} id="fault" className="!h-3 !w-3 !bg-status-error" title="Drag to connect a fault path" />
    </div>
  );
}

export const StageNode = memo(StageNodeView);
