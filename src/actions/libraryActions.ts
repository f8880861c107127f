/** A new design, the design library, its versions, the scenarios and the keyboard help (dialogs). */
import { emptyOrchestration } from '../model/factories';
import { designStorage } from '../store/designStorage';
import type { Action } from './types';

export const newDesignAction: Action = {
  id: 'file.new',
  label: 'New design',
  description: 'Start an empty design (the open one stays in Designs)',
  group: 'file',
  icon: 'new',
  when: 'edit',
  focusAfter: 'canvas',
  async perform({ store }) {
    await designStorage.flush();
    store.getState().openUnsavedDesign(emptyOrchestration(), []);
  },
};

export const designsAction: Action = {
  id: 'library.open',
  label: 'Designs',
  description: 'Open, rename, duplicate or delete the designs saved in this browser',
  group: 'library',
  icon: 'library',
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('library'),
};

export const versionsAction: Action = {
  id: 'library.versions',
  label: 'Versions',
  description: 'Earlier versions of this design, to look at or restore',
  group: 'library',
  icon: 'versions',
  when: 'edit',
  enabled: (s) => s.designId !== null,
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('versions'),
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
