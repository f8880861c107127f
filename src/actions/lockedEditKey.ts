/**
 * A key that would edit the design (Undo, Redo, Delete, F2, Cut, Paste, Duplicate, and S/B/I/D, which
 * add a stage, step or decision on the canvas or the Outline) pressed while a run is shown: the edit lock refuses it, and the user is told why rather than given a key that does
 * nothing (docs/editor.md, "Edit keys in the run view"). Keys that only look or select (Copy, Find,
 * Ctrl+A, Escape) stay silent.
 */
import { cutAction, duplicateAction, pasteAction } from './clipboardActions';
import { addBackgroundStepAction, addDecisionAction, addInteractiveStepAction, addStageAction, deleteAction, renameAction } from './elementActions';
import { redoAction, undoAction } from './historyActions';
import { matchesShortcut, type KeyPress } from './shortcuts';
import type { AnyAction } from './types';
import { selectRunning } from '../store/selectors';
import type { AppState } from '../store/storeTypes';

// The one-letter adds count as edits too: in a run S, B, I and D on the canvas did nothing silently.
const DESIGN_EDITS = [undoAction, redoAction, deleteAction, renameAction, cutAction, pasteAction, duplicateAction,
  addStageAction, addBackgroundStepAction, addInteractiveStepAction, addDecisionAction] as AnyAction[];

export function isLockedEditKey(event: KeyPress, state: Pick<AppState, 'runPhase'>): boolean {
  return selectRunning(state) && DESIGN_EDITS.some((a) => a.shortcuts?.some((s) => matchesShortcut(event, s)));
}
