/** Projects (docs/projects.md): open an SFDX project folder, save the orchestration back to its file. */
import { selectInProject, selectOpenedReport } from '../store/selectors';
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

export const saveToProjectAction: Action = {
  id: 'project.save',
  label: 'Save to project',
  description: 'Write the orchestration back to its .flow-meta.xml in the project folder (a new orchestration of the project: a new file), and its scenarios beside it (only what changed; the flows it calls are never written)',
  group: 'file',
  icon: 'save',
  when: 'edit',
  enabled: selectInProject,
  focusAfter: 'unchanged',
  perform: ({ saveToProject }) => saveToProject?.(),
};

/** The report a project's orchestration opened with, shown again (its notice fades, its dialog closes). */
export const showProjectReportAction: Action = {
  id: 'project.showReport',
  label: 'Show project report',
  description: 'Show again the report of opening this orchestration from its project: what to fix, what to check, what was kept as written',
  group: 'file',
  icon: 'folder',
  when: 'always',
  enabled: (s) => selectOpenedReport(s) !== null,
  disabledReason: () => 'None for this design: it was not opened from a project folder or .zip',
  focusAfter: 'dialog',
  perform: ({ store }) => {
    const report = selectOpenedReport(store.getState());
    if (report) store.getState().setImportReport(report);
  },
};
