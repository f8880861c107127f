/** Projects (docs/projects.md): open an SFDX project folder, save the orchestration back to its file. */
import type { AppState } from '../store/storeTypes';
import type { Action } from './types';

export const openFolderAction: Action = {
  id: 'project.openFolder',
  label: 'Open folder',
  description: 'Open an orchestration of an SFDX project folder, with the flows it calls (or drop the folder or its .zip on the page)',
  group: 'file',
  icon: 'folder',
  when: 'edit',
  focusAfter: 'dialog',
  perform: ({ openProjectFolder }) => openProjectFolder?.(),
};

/** The open design is the project's orchestration it was opened from (same API name). */
function fromProject(state: AppState): boolean {
  return state.projectFile !== null && state.projectFile.apiName === state.doc.name;
}

export const saveToProjectAction: Action = {
  id: 'project.save',
  label: 'Save to project',
  description: 'Write the orchestration back to its .flow-meta.xml in the project folder, and its scenarios beside it (only what changed; the flows it calls are never written)',
  group: 'file',
  icon: 'save',
  when: 'edit',
  enabled: fromProject,
  focusAfter: 'unchanged',
  perform: ({ saveToProject }) => saveToProject?.(),
};
