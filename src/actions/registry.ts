/**
 * The registry of user actions: each action once, in the order menus show them. `performAction`
 * is the one way to run an action: it refuses an action that is not available now (the edit lock
 * while a run is shown, nothing selected, nothing to undo) and runs it otherwise. Document edits
 * are refused a second time, where they are dispatched (createDocumentSlice), so no path around
 * the registry can edit a design during a run.
 *
 * To add an action: write an `Action` object in the file of its group, add it to ACTIONS below;
 * the toolbar, the shortcuts, the help list and menus pick it up from here.
 */
import { isAvailable } from './availability';
import { copyAction, cutAction, duplicateAction, pasteAction } from './clipboardActions';
import { addBackgroundStepAction, addDecisionAction, addInteractiveStepAction, addStageAction, clearSelectionAction, deleteAction, renameAction, selectAllAction, setLabelAction } from './elementActions';
import { exportJsonAction, exportPngAction, exportSvgAction, exportXmlAction, importAction, shareLinkAction } from './fileActions';
import { redoAction, undoAction } from './historyActions';
import { connectAction, insertStageAfterAction, insertStepAfterAction, insertStepInStageAction } from './insertActions';
import { moveStepToStageAction } from './moveActions';
import { openFolderAction, saveToProjectAction, showProjectReportAction } from './projectActions';
import { designsAction, newDesignAction, saveVersionAction, scenariosAction, shortcutsAction, versionsAction } from './libraryActions';
import { exitRunAction, nextChangeAction, pauseAction, playAction, resetAction, runAction, stepBackAction, stepForwardAction } from './runActions';
import type { Action, ActionContext, AnyAction } from './types';
import { editPropertiesAction } from './editPropertiesAction';
import { compareAction, coverageAction } from './verifyActions';
import { findAction, fitViewAction, snapToGridAction, themeAction, tidyUpAction } from './viewActions';

export const ACTIONS: readonly AnyAction[] = [
  undoAction, redoAction,
  addStageAction, addBackgroundStepAction, addInteractiveStepAction, addDecisionAction,
  insertStepAfterAction, insertStepInStageAction, insertStageAfterAction, connectAction, moveStepToStageAction,
  selectAllAction, deleteAction, renameAction, editPropertiesAction, setLabelAction, clearSelectionAction,
  copyAction, cutAction, pasteAction, duplicateAction,
  tidyUpAction, fitViewAction, snapToGridAction, findAction, themeAction,
  newDesignAction, exportJsonAction, exportXmlAction, importAction, exportPngAction, exportSvgAction, shareLinkAction,
  openFolderAction, saveToProjectAction, showProjectReportAction,
  designsAction, versionsAction, saveVersionAction, scenariosAction, shortcutsAction, compareAction,
  runAction, exitRunAction, playAction, pauseAction, stepBackAction, stepForwardAction, nextChangeAction, resetAction, coverageAction,
] as AnyAction[];

const byId = new Map(ACTIONS.map((a) => [a.id, a]));

/** The action with this id (throws on an unknown id: a programming error, caught by the tests). */
export function getAction(id: string): AnyAction {
  const action = byId.get(id);
  if (!action) throw new Error(`Unknown action "${id}"`);
  return action;
}

export type ActionResult<R = unknown> = { performed: true; result: R } | { performed: false };

/** Runs `action` when it is available now; otherwise does nothing and says so in its result. */
export function performAction<A>(context: ActionContext, action: Action<A>, arg: A): ActionResult {
  if (!isAvailable(action as AnyAction, context.store.getState())) return { performed: false };
  return { performed: true, result: action.perform(context, arg) };
}
