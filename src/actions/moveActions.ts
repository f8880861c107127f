/**
 * Moving a step to another stage without dragging it: the canvas menu's "Move to stage ▸" (for the
 * keyboard, Shift+F10 or the context-menu key, and for anyone who cannot drag). The drag and this
 * action say the same thing once the step has moved.
 */
import { elementLabel } from '../commands/queries';
import { moveDropsLinks, moveStep } from '../commands/moveStep';
import type { Orchestration } from '../model/types';
import type { Action } from './types';

export interface MoveStepTarget {
  step: string;
  toStage: string;
}

/** What a move says once done (a drag and the menu alike); `dropsLinks` as read before the move. */
export function movedNotice(doc: Orchestration, move: MoveStepTarget, dropsLinks: boolean): string {
  const links = dropsLinks ? ' Its predecessor links were removed: steps wait only for steps of their own stage.' : '';
  return `Moved "${elementLabel(doc, move.step)}" to stage "${elementLabel(doc, move.toStage)}".${links}`;
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
    const drops = moveDropsLinks(doc, move.step);
    if (!dispatch(moveStep, move)) return false;
    const state = store.getState();
    state.notify('info', movedNotice(state.doc, move, drops));
    state.requestReveal(move.step);
    return true;
  },
};
