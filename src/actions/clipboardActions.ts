/**
 * Copy, cut, paste and duplicate. Ctrl/Cmd+C, X and V also arrive as the browser's clipboard
 * events (useShortcuts.ts hands them to these actions), so the system clipboard is used when the
 * browser allows it.
 */
import { selectHasSelection } from '../store/selectors';
import { copySelection, duplicateSelection, pasteFromClipboard } from './clipboard';
import { deleteAction } from './elementActions';
import type { Action } from './types';

export const copyAction: Action = {
  id: 'selection.copy',
  label: 'Copy',
  description: 'Copy the selected elements',
  group: 'clipboard',
  icon: 'copy',
  shortcuts: [{ key: 'c', mod: true }],
  when: 'edit',
  enabled: (s) => s.selected.length > 0,
  focusAfter: 'unchanged',
  actsOnSelection: true,
  perform: ({ store }) => copySelection(store),
};

export const cutAction: Action = {
  id: 'selection.cut',
  label: 'Cut',
  description: 'Copy the selected elements and delete them',
  group: 'clipboard',
  shortcuts: [{ key: 'x', mod: true }],
  when: 'edit',
  enabled: selectHasSelection,
  focusAfter: 'unchanged',
  actsOnSelection: true,
  perform: (context) => copySelection(context.store) && deleteAction.perform(context),
};

/** The argument: the text of a paste event, when there is one. */
export const pasteAction: Action<string | void> = {
  id: 'selection.paste',
  label: 'Paste',
  description: 'Paste copied elements after the selection',
  group: 'clipboard',
  icon: 'paste',
  shortcuts: [{ key: 'v', mod: true }],
  when: 'edit',
  focusAfter: 'unchanged',
  actsOnSelection: true,
  perform: ({ store }, text) => pasteFromClipboard(store, text || undefined),
};

export const duplicateAction: Action = {
  id: 'selection.duplicate',
  label: 'Duplicate',
  description: 'Duplicate the selected elements',
  group: 'clipboard',
  icon: 'duplicate',
  shortcuts: [{ key: 'd', mod: true }],
  when: 'edit',
  enabled: (s) => s.selected.length > 0,
  focusAfter: 'unchanged',
  actsOnSelection: true,
  perform: ({ store }) => duplicateSelection(store),
};
