/**
 * Import of a Flow XML orchestration while a project is open (docs/projects.md, *chosen*): an
 * orchestration exported from the project and imported again calls the project's flows, as opening
 * it from the project does, rather than placeholders; without an open project nothing changes.
 */
import { describe, expect, it } from 'vitest';
import { openOrchestration } from '../io/project/openOrchestration';
import { projectFromFiles } from '../io/project/projectFromFiles';
import { recruitingFiles } from '../io/project/testing/projectFiles';
import { exportFlowXml } from '../io/xml/exportFlowXml';
import { createAppStore } from '../store/appStore';
import { importFile } from './importFile';

const ORCHESTRATION = 'Recruiting_Orchestration_v6';

function exported() {
  const project = projectFromFiles(recruitingFiles());
  const opened = openOrchestration(project, ORCHESTRATION);
  if (!opened.ok) throw new Error(JSON.stringify(opened.report));
  const file = new File([exportFlowXml(opened.doc).xml], `${ORCHESTRATION}.flow-meta.xml`);
  return { project, file, opened: opened.doc };
}

const placeholderWarnings = (store: ReturnType<typeof createAppStore>) =>
  (store.getState().importReport?.problems ?? []).filter((p) => p.message.includes('added as a placeholder'));

describe('Import of a Flow XML orchestration while a project is open', () => {
  it('resolves its steps\' flows from the open project, each from its file, and says it is linked', async () => {
    const { project, file, opened } = exported();
    const store = createAppStore();
    await importFile(store, file, { project, name: 'RecruitingOrchestrator' });
    const { doc, notices } = store.getState();
    expect(doc.name).toBe(ORCHESTRATION);
    expect(placeholderWarnings(store)).toEqual([]);
    const flows = doc.flows ?? [];
    expect(flows.map((f) => f.name).sort()).toEqual((opened.flows ?? []).map((f) => f.name).sort());
    expect(flows.length).toBe(8);
    expect(flows.filter((f) => !f.source?.path).map((f) => f.name)).toEqual([]);
    expect(flows.find((f) => f.name === 'Enter_Job_Application')?.source?.path).toBe('force-app/main/default/flows/Enter_Job_Application.flow-meta.xml');
    expect(notices.map((n) => n.text)).toContain(`Imported ${ORCHESTRATION}.flow-meta.xml, linked to the open project RecruitingOrchestrator: its steps call the project's flows.`);
  });

  it('without an open project, imports as before: the flows are placeholders, reported', async () => {
    const { file } = exported();
    const store = createAppStore();
    await importFile(store, file);
    expect(placeholderWarnings(store).length).toBeGreaterThan(0);
    expect((store.getState().doc.flows ?? []).some((f) => f.source?.path)).toBe(false);
  });
});
