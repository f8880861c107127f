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

/**
 * What a move says once done (a drag and the menu alike), read from the document before the move:
 * the waits it dropped, by name. "Its predecessor links were removed" was said as well when the
 * moved step waited for nothing and another step, left behind, had waited for it: that step's
 * start changed, unnamed and often out of view (a walkthrough, 2026-12-06), as a delete now says.
 */
export function movedNotice(before: Orchestration, move: MoveStepTarget): string {
  const moved = `Moved “${elementLabel(before, move.step)}” to stage “${elementLabel(before, move.toStage)}”.`;
  const at = findStep(before, move.step);
  if (!at) return moved;
  const own = at.step.start?.mode === 'stepCompleted' ? at.step.start.step : null;
  const waiting = at.stage.steps.filter((s) => s.start?.mode === 'stepCompleted' && s.start.step === move.step);
  const dropped: string[] = [];
  if (own !== null) dropped.push(`it no longer waits for “${elementLabel(before, own)}”`);
  if (waiting.length === 1) dropped.push(`“${elementLabel(before, waiting[0]!.name)}”, which waited for it, now starts when its stage starts`);
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
