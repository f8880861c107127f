/**
 * Quick insert: "+" buttons beside the selected element. On a step: the next step (it waits for
 * this one); on a stage: a step at its end (below) and the next stage (over its top-right
 * corner); on a decision: the next stage (right). Focus moves onto the new element, so Enter, F2 or another "+" continue from there.
 */
import { NodeToolbar, Position } from '@xyflow/react';
import { findDecision, findStage, findStep } from '../commands/queries';
import { insertStageAfterAction, insertStepAfterAction, insertStepInStageAction } from '../actions/insertActions';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import { useAppStore } from '../store/appStore';
import { selectCanEdit } from '../store/selectors';
import { ActionIcon } from '../ui/ActionIcon';
import { focusCanvasElement } from './focusElement';
import { useDetailed } from './nodes/useDetailed';
import { PLUS_OFFSET, type Spot } from './plusSpot';
import { useClearSpot } from './useClearSpot';

/**
 * `name` is the accessible name and never holds the element's label: UI-CONTRACT controls are found by
 * a case-insensitive part of their name, so a step labelled "Run report" would make `Run` match two
 * buttons. The label goes in `title` (the tooltip, read as the description).
 */
function PlusButton<A>({ action, arg, name, title }: { action: Action<A>; arg: A; name: string; title: string }) {
  const { available, run } = useAction(action);
  const onClick = () => {
    const outcome = run(arg);
    if (outcome.performed && typeof outcome.result === 'string') focusCanvasElement(outcome.result);
  };
  return (
    <button
      type="button"
      aria-label={name}
      title={title}
      disabled={!available}
      onClick={onClick}
      className="nodrag nopan flex h-6 w-6 items-center justify-center rounded-full border border-brand-500 bg-white text-brand-700 shadow hover:bg-brand-100 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
    >
      <ActionIcon name="plus" className="h-3.5 w-3.5" />
    </button>
  );
}

/** Where each button may go, in order of preference: the first clear of connectors wins (plusSpot.ts). */
const spots = (...list: [Position, Spot['align']][]): readonly Spot[] => list.map(([position, align]) => ({ position, align }));
const { Right, Left, Top, Bottom } = Position;
const STEP_SPOTS = spots([Right, 'center'], [Right, 'start'], [Right, 'end'], [Left, 'start'], [Left, 'end'], [Left, 'center'], [Bottom, 'end'], [Top, 'end']);
const NEXT_STAGE_SPOTS = spots([Top, 'end'], [Right, 'start'], [Top, 'start'], [Right, 'end'], [Top, 'center'], [Left, 'start'], [Bottom, 'end']);
const DECISION_SPOTS = spots([Right, 'center'], [Right, 'start'], [Right, 'end'], [Top, 'center'], [Top, 'end'], [Bottom, 'end']);
const STAGE_STEP_SPOTS = spots([Bottom, 'center'], [Bottom, 'start'], [Bottom, 'end'], [Left, 'end'], [Right, 'end']);

function PlusAt<A>({ id, own, spots, ...button }: { id: string; own: readonly string[]; spots: readonly Spot[]; action: Action<A>; arg: A; name: string; title: string }) {
  const { position, align } = useClearSpot(id, own, spots);
  return (
    <NodeToolbar nodeId={id} isVisible position={position} align={align} offset={PLUS_OFFSET}>
      <PlusButton {...button} />
    </NodeToolbar>
  );
}

export function QuickInsert() {
  const one = useAppStore((s) => (s.selected.length === 1 ? s.selected[0]! : null));
  const canEdit = useAppStore(selectCanEdit);
  const doc = useAppStore((s) => s.doc);
  // Far out (below DETAIL_ZOOM, where a card is its label only) there are no "+" buttons: they keep
  // their 24 px while a card shrinks to a strip, and a step's, beside a middle card, lay on the
  // arrowhead into the next stage (case-escalation at 48%). The element's menu still adds.
  const detailed = useDetailed();
  if (!one || !canEdit || !detailed) return null;
  const found = findStep(doc, one);
  const stage = findStage(doc, one);
  const decision = findDecision(doc, one);
  if (found) {
    // beside the card, over its own stage's edge: not on the stage's connectors (plusSpot.ts)
    return <PlusAt id={one} own={[found.stage.name]} spots={STEP_SPOTS} action={insertStepAfterAction} arg={{ step: one }} name="Add the next step after this step" title={`Add the next step after ${found.step.label ?? one}`} />;
  }
  if (!stage && !decision) return null;
  const label = stage?.label ?? decision?.label ?? one;
  const steps = stage?.steps.map((s) => s.name) ?? [];
  return (
    <>
      {/*
        A stage's "next stage" sits over its top-right corner, not in the gap to its right: the
        button keeps its 24 px on screen while the 48 px gap between columns shrinks with the zoom,
        so below about 80% it lay on the arrowhead of the connector into the next column. A
        decision's stays on the right, where its outcomes leave: the gap after a decision is
        LABELLED_GAP (172 px) wide. Either moves to the next spot when a connector passes there.
      */}
      <PlusAt id={one} own={steps} spots={stage ? NEXT_STAGE_SPOTS : DECISION_SPOTS} action={insertStageAfterAction} arg={{ after: one }} name={`Add the next stage after this ${stage ? 'stage' : 'decision'}`} title={`Add the next stage after ${label}`} />
      {stage && <PlusAt id={one} own={steps} spots={STAGE_STEP_SPOTS} action={insertStepInStageAction} arg={{ stage: one }} name="Add a step to this stage" title={`Add a step to ${label}`} />}
    </>
  );
}
