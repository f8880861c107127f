/**
 * A background or interactive step: a card in its stage's column. Up close it shows its label, its
 * flow and chips saying how it starts and who runs it (in a run: its status, the same chips until it
 * starts, then its progress, who it runs as, "Complete work item" while its work item waits, and
 * "Stand-in" once a flow of it could not be simulated);
 * far out only its label on its status colour (level of detail). Styles in nodes.css.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import { flowLine } from '../toFlowElements';
import type { StepNode as StepNodeType } from '../types';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';
import { softBreaks } from './SoftBreaks';
import { useAppStore } from '../../store/appStore';
import { ChangeMark, CompleteWorkItemButton, ProgressRing, RunAsLine, StandInChip, StatusChip } from './RunDecorations';
import { useDetailed } from './useDetailed';
import { shownRunAs as shownRunAsOf } from './runAttributes';
import { useAsyncProgress, useJustChanged, useOpenWorkItem, useRunAs, useRunStatus, useStandIn, useWrapperAttribute } from './useRunStatus';

function StepNodeView({ data, selected }: NodeProps<StepNodeType>) {
  const ref = useRef<HTMLDivElement>(null);
  const detailed = useDetailed();
  const status = useRunStatus(data.name, 'step');
  const runAs = useRunAs(data.name);
  const workItem = useOpenWorkItem(data.name);
  const progress = useAsyncProgress(data.name, detailed && status === 'InProgress');
  const changed = useJustChanged(data.name);
  const standIn = useStandIn(data.name);
  const shownRunAs = shownRunAsOf(status, runAs);
  useWrapperAttribute(ref, 'data-status', status);
  useWrapperAttribute(ref, 'data-run-as', shownRunAs);
  // How it starts and who runs it: while editing, and in a run until the step starts (what it waits for, at a glance)
  const startChips = (
    <>
      <span className="sf-chip sf-chip-start">{softBreaks(data.startBadge)}</span>
      {data.runAsBadge && <span className="sf-chip">{softBreaks(data.runAsBadge)}</span>}
    </>
  );
  const classes = `sf-node sf-card${selected ? ' sf-selected' : ''}${data.invalid ? ' sf-invalid' : ''}${status ? ` sf-status-${status}` : ''}`;
  return (
    <div ref={ref} data-kind={data.kind} data-status={status ?? undefined} data-run-as={shownRunAs ?? undefined} className={detailed ? classes : `${classes} sf-far`}>
      {detailed ? (
        <>
          <NodeLabel name={data.name} label={data.label} className={`sf-icon-${data.mode}`} marked={data.problems.length > 0} />
          <ProblemMarker problems={data.problems} invalid={data.invalid} consequencesOnly={data.consequencesOnly} />
          {status ? (
            <>
              <StatusChip status={status} />
              {standIn && <StandInChip />}
              {progress !== null && <ProgressRing progress={progress} />}
              {workItem && <CompleteWorkItemButton onComplete={() => void useAppStore.getState().intervene({ type: 'completeWorkItem', step: data.name })} />}
              {shownRunAs && <RunAsLine user={shownRunAs} />}
              {status === 'NotStarted' && startChips}
            </>
          ) : (
            <>
              <span className="sf-meta">{flowLine(data)}</span>
              {startChips}
            </>
          )}
        </>
      ) : (
        data.label
      )}
      {changed !== null && <ChangeMark key={changed} />}
      <Handle type="target" position={Position.Top} id="in" className="sf-handle" />
      <Handle type="source" position={Position.Bottom} id="out" className="sf-handle sf-handle-out" title="Drag to a step that should wait for this one" />
    </div>
  );
}

export const StepNode = memo(StepNodeView);
