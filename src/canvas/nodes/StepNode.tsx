/** A background or interactive step card inside its stage. */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { STATUS_BORDER } from '../../ui/statusStyles';
import { ProgressRing, StatusChip, WorkItemBadge } from './RunDecorations';
import { useAsyncProgress, useOpenWorkItem, useRunAs, useRunStatus, useWrapperAttribute } from './useRunStatus';
import type { StepNode as StepNodeType } from '../types';
import { KindIcon } from '../../ui/KindIcon';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';
import { userInWords } from '../../model/glossary';

const MODE_TEXT = { sync: 'Background step, runs synchronously', async: 'Background step, runs asynchronously', interactive: 'Interactive step' } as const;

function StepNodeView({ data, selected }: NodeProps<StepNodeType>) {
  const interactive = data.kind === 'interactive';
  const ref = useRef<HTMLDivElement>(null);
  const status = useRunStatus(data.name, 'step');
  const runAs = useRunAs(data.name);
  const workItem = useOpenWorkItem(data.name);
  const progress = useAsyncProgress(data.name, status === 'InProgress');
  const shownRunAs = status && status !== 'NotStarted' ? runAs : null;
  useWrapperAttribute(ref, 'data-status', status);
  useWrapperAttribute(ref, 'data-run-as', shownRunAs);
  const border = status ? STATUS_BORDER[status] : data.invalid ? 'border-status-error' : selected ? 'border-brand-600' : 'border-ink-400/40';
  return (
    <div
      ref={ref}
      data-kind={data.kind}
      data-status={status ?? undefined}
      data-run-as={shownRunAs ?? undefined}
      className={`flex h-full w-full flex-col justify-between rounded-lg border-2 bg-white px-2.5 py-1.5 ${border} ${selected ? 'ring-2 ring-brand-500' : ''} ${status === 'NotStarted' ? 'border-dashed' : ''}`}
    >
      <div className="flex items-center gap-1.5 text-ink-800">
        <span title={MODE_TEXT[data.mode]} className={interactive ? 'text-status-canceled' : data.mode === 'async' ? 'text-status-inprogress' : 'text-brand-600'}>
          <KindIcon kind={data.mode} />
          <span className="sr-only">{MODE_TEXT[data.mode]}</span>
        </span>
        <NodeLabel name={data.name} label={data.label} className="text-sm font-medium" />
        <ProblemMarker problems={data.problems} invalid={data.invalid} />
      </div>
      <div className="truncate text-[11px] text-ink-600" title={data.flowLabel ?? 'No flow chosen'}>
        {data.flowLabel ? `Flow: ${data.flowLabel}` : 'No flow chosen'}
      </div>
      {status ? (
        <div className="flex items-center gap-1 overflow-hidden text-[11px]">
          <StatusChip status={status} />
          {progress !== null && <ProgressRing progress={progress} />}
          {workItem && <WorkItemBadge />}
          {shownRunAs && <span className="truncate text-ink-600" title={`Runs as ${userInWords(shownRunAs)}`}>as {userInWords(shownRunAs)}</span>}
        </div>
      ) : (
        <div className="flex gap-1 overflow-hidden text-[11px]">
          <span className="truncate rounded bg-brand-50 px-1.5 text-brand-700" title={data.startBadge}>{data.startBadge}</span>
          <span className="truncate rounded bg-ink-400/10 px-1.5 text-ink-600" title={data.runAsBadge}>{data.runAsBadge}</span>
        </div>
      )}
      <Handle type="target" position={Position.Left} id="in" className="!h-2.5 !w-2.5 !bg-ink-600" />
      <Handle type="source" position={Position.Right} id="out" className="!h-2.5 !w-2.5 !bg-brand-600" title="Drag to a step that should wait for this one" />
    </div>
  );
}

export const StepNode = memo(StepNodeView);
