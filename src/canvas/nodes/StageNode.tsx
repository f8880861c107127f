/**
 * A stage: a header (label, whether the run starts here, how it exits when not the default — in a
 * run, "Stand-in" once its exit flow could not be simulated) over
 * the column of its step cards, which are nodes of their own. Far out only the header's label. In
 * a big design, where its steps are not nodes, the sketch layer (SketchLayer.tsx) draws its cards.
 */
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo, useRef } from 'react';
import type { StageNode as StageNodeType } from '../types';
import { NodeLabel } from './NodeLabel';
import { ProblemMarker } from './ProblemMarker';
import { STATUS_ICON, STATUS_LABEL } from '../../ui/statusStyles';
import { ChangeMark, StandInChip } from './RunDecorations';
import { useDetailed } from './useDetailed';
import { useAppStore } from '../../store/appStore';
import { useJustChanged, useRunStatus, useStandIn, useWrapperAttribute } from './useRunStatus';

const EXIT_STAND_IN = 'The exit evaluation flow of this stage could not be simulated: the stage took its stand-in behaviour. Select it to see why.';

function StageNodeView({ data, selected }: NodeProps<StageNodeType>) {
  const ref = useRef<HTMLDivElement>(null);
  const detailed = useDetailed();
  const status = useRunStatus(data.name, 'stage');
  useWrapperAttribute(ref, 'data-status', status);
  const changed = useJustChanged(data.name);
  // a stage's own flow runs are its exit evaluation flow's (a step's conditions are the step's)
  const standIn = useStandIn(data.name);
  // Outlined while a dragged step card or palette step would join this stage if dropped now.
  const dropTarget = useAppStore((s) => s.dropTarget?.stage === data.name);
  const classes = `sf-node sf-stage${selected ? ' sf-selected' : ''}${dropTarget ? ' sf-drop-target' : ''}${data.invalid ? ' sf-invalid' : ''}${status ? ` sf-status-${status}` : ''}`;
  return (
    <div ref={ref} data-kind="stage" data-status={status ?? undefined} className={detailed ? classes : `${classes} sf-far`}>
      {detailed ? (
        // In a run the header takes the status colour and its glyph (its name is the header's title).
        <div className={`sf-stage-header${status ? ` sf-bg-${status}` : ''}`} title={status ? `Stage status: ${STATUS_LABEL[status]}` : undefined}>
          <NodeLabel name={data.name} label={data.label} className="sf-icon-stage" marked={data.problems.length > 0} glyph={status ? STATUS_ICON[status] : undefined} />
          <ProblemMarker problems={data.problems} invalid={data.invalid} consequencesOnly={data.consequencesOnly} />
          {data.isStart && <span className="sf-chip">Start</span>}
          {/* Once its exit flow took its stand-in, the chip of how it exits says so, in its place: the header keeps the height it was planned with */}
          {standIn ? <StandInChip title={EXIT_STAND_IN} /> : data.exitBadge && <span className="sf-chip">{data.exitBadge}</span>}
        </div>
      ) : (
        data.label
      )}
      {changed !== null && <ChangeMark key={changed} />}
      <Handle type="target" position={Position.Left} id="in" className="sf-handle sf-handle-stage" />
      <Handle type="source" position={Position.Right} id="next" className="sf-handle sf-handle-stage" title="Drag to connect the next stage" />
      <Handle type="source" position={Position.Bottom} id="fault" className="sf-handle sf-handle-stage sf-handle-fault" title="Drag to connect a fault path" />
    </div>
  );
}

export const StageNode = memo(StageNodeView);
