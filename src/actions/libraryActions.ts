/** The design library, the scenarios and the keyboard help (dialogs). */
import type { Action } from './types';

export const designsAction: Action = {
  id: 'library.open',
  label: 'Designs',
  description: 'Designs saved in this browser',
  group: 'library',
  icon: 'library',
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('library'),
};

export const scenariosAction: Action = {
  id: 'scenarios.open',
  label: 'Scenarios',
  description: 'What the world does during a run; expected outcomes',
  group: 'library',
  icon: 'scenarios',
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('scenarios'),
};

export const shortcutsAction: Action = {
  id: 'help.shortcuts',
  label: 'Shortcuts',
  description: 'Keyboard shortcuts',
  group: 'help',
  icon: 'help',
  shortcuts: [{ key: '?' }],
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('help'),
};
