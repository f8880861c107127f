/** Undo and redo (the document's history; selection and view are not part of it). */
import { useAppStore } from '../store/appStore';
import { selectCanRedo, selectCanUndo } from '../store/selectors';
import type { Action } from './types';

const history = () => useAppStore.temporal.getState();

export const undoAction: Action = {
  id: 'history.undo',
  label: 'Undo',
  description: 'Undo the last edit',
  group: 'history',
  icon: 'undo',
  shortcuts: [{ key: 'z', mod: true }],
  when: 'edit',
  enabled: () => selectCanUndo(history()),
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().undo(),
};

export const redoAction: Action = {
  id: 'history.redo',
  label: 'Redo',
  description: 'Redo the last undone edit',
  group: 'history',
  icon: 'redo',
  shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
  when: 'edit',
  enabled: () => selectCanRedo(history()),
  focusAfter: 'unchanged',
  perform: ({ store }) => store.getState().redo(),
};
