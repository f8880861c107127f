/** Adding, deleting, renaming and selecting elements. */
import { deleteElements } from '../commands/deleteElements';
import type { LinkRef } from '../commands/links';
import { kindOf } from '../commands/queries';
import { renamedName, renameElement } from '../commands/renameElement';
import { selectDesignEmpty, selectHasSelection, selectSavedInProject, selectSingleSelected } from '../store/selectors';
import { addElement, type AddOptions, type PaletteKind } from './addElement';
import { neighbourAfterDelete } from '../commands/deleteNeighbour';
import { deletedStagesNotice, waitingStepsNotice } from './deletedStagesNotice';
import { linkOfEdgeId } from './edgeIds';
import type { Action } from './types';

const insert = (kind: PaletteKind, id: string, label: string, description: string, icon: Action['icon'], key: string): Action<AddOptions | void> => ({
  id,
  label,
  description,
  group: 'insert',
  icon,
  // one letter with the canvas or the Outline focused (the Outline's own key handler reads it too)
  shortcuts: [{ key, on: 'design' }],
  when: 'edit',
  focusAfter: 'unchanged',
  perform: ({ store }, options) => addElement(store, kind, options ?? {}),
});

export const addStageAction = insert('stage', 'stage.add', 'Add stage', 'After the selected stage, else at the end', 'stage', 's');
export const addBackgroundStepAction = insert('background', 'step.addBackground', 'Add background step', 'Runs an autolaunched flow', 'sync', 'b');
export const addInteractiveStepAction = insert('interactive', 'step.addInteractive', 'Add interactive step', 'Assigns a screen flow to a person', 'interactive', 'i');
export const addDecisionAction = insert('decision', 'decision.add', 'Add decision', 'Chooses the next stage', 'decision', 'd');

export const deleteAction: Action = {
  id: 'selection.delete',
  label: 'Delete',
  description: 'Delete the selected elements and connectors',
  group: 'edit',
  icon: 'delete',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  when: 'edit',
  enabled: selectHasSelection,
  focusAfter: 'neighbour',
  actsOnSelection: true,
  perform({ store }) {
    const { selected, selectedEdges, dispatch, clearSelection } = store.getState();
    const links = selectedEdges.map(linkOfEdgeId).filter((l): l is LinkRef => !!l);
    if (!selected.length && !links.length) return false;
    const neighbour = neighbourAfterDelete(store.getState().doc, selected);
    const notices = [deletedStagesNotice(store.getState().doc, selected), waitingStepsNotice(store.getState().doc, selected)];
    if (!dispatch(deleteElements, { names: selected, links })) return false;
    for (const notice of notices) if (notice) store.getState().notify('info', notice);
    // The neighbour becomes the selection, and the app's focus rescue puts focus on its node.
    if (neighbour && selected.length > 0) store.getState().select([neighbour]);
    else clearSelection();
    return true;
  },
};

export const renameAction: Action = {
  id: 'element.renameInPlace',
  label: 'Rename',
  description: 'Rename the selected element in place (or double-click it)',
  group: 'edit',
  icon: 'rename',
  shortcuts: [{ key: 'F2' }],
  when: 'edit',
  enabled: (s) => {
    const one = selectSingleSelected(s);
    return one !== null && kindOf(s.doc, one) !== null;
  },
  focusAfter: 'unchanged',
  actsOnSelection: true,
  perform({ store }) {
    const one = selectSingleSelected(store.getState());
    if (one) store.getState().setRenaming(one);
  },
};

/** Renames an element from a new label (canvas in-place editor, outline); returns its API name now. */
export const setLabelAction: Action<{ name: string; label: string }> = {
  id: 'element.rename',
  label: 'Rename element',
  description: 'Give an element a new label; its API name follows it unless you typed one',
  group: 'edit',
  when: 'edit',
  focusAfter: 'unchanged',
  perform({ store }, { name, label }) {
    const state = store.getState();
    const { doc, dispatch, setRenaming } = state;
    // an element of the project's file keeps its API name (docs/editor.md)
    const keepName = selectSavedInProject(state, name);
    const next = keepName ? name : renamedName(doc, name, label.trim() || name);
    const changed = dispatch(renameElement, { name, label, keepName });
    setRenaming(null);
    if (!changed) return name;
    store.getState().select([next]);
    return next;
  },
};

export const selectAllAction: Action = {
  id: 'selection.all',
  label: 'Select all',
  description: 'Select every stage, step and decision',
  group: 'edit',
  shortcuts: [{ key: 'a', mod: true }],
  when: 'edit',
  enabled: (s) => !selectDesignEmpty(s),
  focusAfter: 'unchanged',
  perform({ store }) {
    const doc = store.getState().doc;
    store.getState().select([...doc.stages.flatMap((s) => [s.name, ...s.steps.map((x) => x.name)]), ...(doc.decisions ?? []).map((d) => d.name)]);
  },
};

export const clearSelectionAction: Action = {
  id: 'selection.clear',
  label: 'Clear the selection',
  description: 'Select nothing (the panel shows the orchestration)',
  group: 'edit',
  shortcuts: [{ key: 'Escape' }],
  when: 'edit',
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().clearSelection(),
};
