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
  // the first useful control of the empty design (docs/editor.md): the menu item honours it (ui/ActionMenuItems)
  focusAfter: 'design-start',
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

/**
 * "Save version": keeps the design as it is now as a named version. Without a name it asks for one
 * (the Save version dialog, which performs this action again with the name); with a name it saves
 * any pending change, names the version and says so.
 */
export const saveVersionAction: Action<string | undefined> = {
  id: 'library.saveVersion',
  label: 'Save version',
  description: 'Keep the design as it is now as a named version',
  group: 'library',
  icon: 'save',
  when: 'edit',
  focusAfter: 'dialog',
  async perform({ store }, name) {
    const trimmed = name?.trim();
    if (!trimmed) {
      store.getState().setDialog('saveVersion');
      return null;
    }
    try {
      const version = await designStorage.checkpoint('named', trimmed.slice(0, 120));
      if (version) store.getState().notify('info', `Saved version ${version.number ?? version.revision} “${version.name ?? trimmed}”.`);
      return version;
    } catch (e) {
      store.getState().notify('error', `Could not save the version: ${e instanceof Error ? e.message : String(e)}`);
      return null;
    }
  },
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
  when: 'always',
  focusAfter: 'dialog',
  perform: ({ store }) => store.getState().setDialog('help'),
};
