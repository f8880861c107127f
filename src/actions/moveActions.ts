/**
 * Moving a step to another stage without dragging it: the canvas menu's "Move to stage ▸" (for the
 * keyboard, Shift+F10 or the context-menu key, and for anyone who cannot drag). The drag and this
 * action say the same thing once the step has moved.
 */
import { elementLabel, findStep } from '../commands/queries';
import { moveStep } from '../commands/moveStep';
import type { Orchestration } from '../model/types';
import type { Action } from './types';

export interface MoveStepTarget {
  step: string;
  toStage: string;
}

/** The waits moving `step` out of its stage drops (steps wait only for steps of their own stage), by label. */
export interface DroppedWaits {
  /** What the moved step waited for. */
  own: string | null;
  /** The steps of its old stage that waited for it. */
  waiting: string[];
}

/** What moving `step` to another stage would drop, read from the document before the move. */
export function droppedWaits(before: Orchestration, step: string): DroppedWaits {
  const at = findStep(before, step);
  if (!at) return { own: null, waiting: [] };
  const own = at.step.start?.mode === 'stepCompleted' ? elementLabel(before, at.step.start.step) : null;
  const waiting = at.stage.steps.filter((s) => s.start?.mode === 'stepCompleted' && s.start.step === step).map((s) => elementLabel(before, s.name));
  return { own, waiting };
}

/**
 * What dropping the card would drop, as the drop hint says it before the user lets go ('' when
 * nothing): "Its predecessor links will be removed" was said too of a step that waited for nothing.
 */
export function droppedWaitsHint({ own, waiting }: DroppedWaits): string {
  const them = waiting.length === 1 ? `“${waiting[0]!}”` : `${waiting.length} steps of its stage`;
  const parts = [
    ...(own !== null ? [`It will no longer wait for “${own}”`] : []),
    ...(waiting.length > 0 ? [`${them} will no longer wait for it`] : []),
  ];
  return parts.length ? ` ${parts.join(', and ')}.` : '';
}

/**
 * What a move says once done (a drag and the menu alike), read from the document before the move:
 * the waits it dropped, by name. "Its predecessor links were removed" was said as well when the
 * moved step waited for nothing and another step, left behind, had waited for it: that step's
 * start changed, unnamed and often out of view (a walkthrough, 2026-12-06), as a delete now says.
 */
export function movedNotice(before: Orchestration, move: MoveStepTarget): string {
  const moved = `Moved “${elementLabel(before, move.step)}” to stage “${elementLabel(before, move.toStage)}”.`;
  const { own, waiting } = droppedWaits(before, move.step);
  const dropped: string[] = [];
  if (own !== null) dropped.push(`it no longer waits for “${own}”`);
  if (waiting.length === 1) dropped.push(`“${waiting[0]!}”, which waited for it, now starts when its stage starts`);
  if (waiting.length > 1) dropped.push(`${waiting.length} steps that waited for it now start when their stage starts`);
  if (dropped.length === 0) return moved;
  const said = dropped.join('; ');
  const waits = (own !== null ? 1 : 0) + waiting.length;
  return `${moved} ${said.charAt(0).toUpperCase()}${said.slice(1)} (steps wait only for steps of their own stage). Undo (Ctrl/Cmd+Z) brings ${waits === 1 ? 'the wait' : 'the waits'} back.`;
}

export const moveStepToStageAction: Action<MoveStepTarget> = {
  id: 'step.moveToStage',
  label: 'Move to stage',
  description: 'Move a step to the end of another stage (as dropping it there does)',
  group: 'edit',
  when: 'edit',
  focusAfter: 'unchanged',
  perform: ({ store }, move) => {
    const { doc, dispatch } = store.getState();
    if (!dispatch(moveStep, move)) return false;
    const state = store.getState();
    state.notify('info', movedNotice(doc, move));
    state.requestReveal(move.step);
    return true;
  },
};
