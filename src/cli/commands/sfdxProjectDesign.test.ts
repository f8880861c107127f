/**
 * An orchestration file of an SFDX project, given alone or found by `test`'s walk, opens from its
 * project as the app opens the project folder (src/cli/sfdxProject.ts). RecruitingOrchestrator keeps
 * its orchestration in one package directory (`orchestrator/`) and its flows in another
 * (`force-app/`): the app ran the real flows, `stageflow test` on the same folder ran placeholders,
 * so the scenario files beside the orchestration passed in one and failed in the other.
 */
import { describe, expect, it } from 'vitest';
import { recruitingFiles } from '../../io/project/testing/projectFiles';
import { sfdxProjectRootOf } from '../sfdxProject';
import { memoryIo } from '../testing/memoryIo';
import { main as simulate } from './simulate';
import { main as test } from './test';

const ORCHESTRATION = 'p/orchestrator/main/default/flows/Recruiting_Orchestration_v6.flow-meta.xml';

/** The recruiting project under `p/`, with `extra` files (paths inside the project). */
function recruiting(extra: Record<string, string> = {}, withProjectFile = true) {
  const files: Record<string, string> = {};
  for (const f of recruitingFiles()) if (withProjectFile || f.path !== 'sfdx-project.json') files[`p/${f.path}`] = f.text;
  for (const [path, text] of Object.entries(extra)) files[`p/${path}`] = text;
  return memoryIo(files);
}

// the first stage's step calls Get_Usernames (force-app/), which looks up the running user's record:
// the scenario gives no User, so the real flow faults where a placeholder completes
const SCENARIO = JSON.stringify({
  format: 'stageflow.scenario', version: 1, name: 'no users in the org',
  expectations: [{ kind: 'runStatus', status: 'Error' }, { kind: 'stepStatus', step: 'Get_Usernames_Step', status: 'Error' }],
});

describe('an orchestration file of an SFDX project opens with its project\'s flows, as in the app', () => {
  it('stageflow test on the project folder runs the flows of the other package directory', async () => {
    // given
    const { io, out } = recruiting({ 'orchestrator/main/default/flows/Recruiting_Orchestration_v6.scenario.json': SCENARIO });
    // when
    const code = await test(['p'], io);
    // then
    expect(out.stdout).toMatch(/✓ no users in the org/);
    expect(out.stdout).not.toContain('added as a placeholder');
    expect(code).toBe(0);
  });

  it('simulate on the file gives the trace simulate on the project gives, flow files named from the project\'s folder', async () => {
    // given
    const { io, out } = recruiting();
    // when
    expect(await simulate([ORCHESTRATION, '--out', 'file.json'], io)).toBe(0);
    expect(await simulate(['p', '--orchestration', 'Recruiting_Orchestration_v6', '--out', 'project.json'], io)).toBe(0);
    // then
    const trace = JSON.parse(out.written['file.json']!) as { run: { status: string }; flowRuns: { file: string }[] };
    expect(out.written['file.json']).toBe(out.written['project.json']);
    expect(trace.run.status).toBe('Error');
    expect(trace.flowRuns[0]!.file).toBe('force-app/main/default/flows/Get_Usernames.flow-meta.xml');
  });

  it('outside an SFDX project (no sfdx-project.json above it) the file opens with the flows of its own folder, as before', async () => {
    // given
    const { io, out } = recruiting({}, false);
    // when
    expect(await simulate([ORCHESTRATION, '--out', 'file.json'], io)).toBe(0);
    // then its flows are placeholders: the step completes
    expect(out.stderr).toContain('flow Get_Usernames is referenced but not in the project');
    expect((JSON.parse(out.written['file.json']!) as { steps: Record<string, { status: string }> }).steps.Get_Usernames_Step!.status).toBe('Completed');
  });
});

describe('sfdxProjectRootOf', () => {
  it('is the nearest folder above the file that holds sfdx-project.json', async () => {
    const { io } = memoryIo({ 'repo/sfdx-project.json': '{}', 'repo/pkg/sfdx-project.json': '{}', 'repo/pkg/force-app/main/default/flows/A.flow-meta.xml': '' });
    expect(await sfdxProjectRootOf(io, 'repo/pkg/force-app/main/default/flows/A.flow-meta.xml')).toBe('repo/pkg');
  });

  it('looks above the current folder for a relative path given inside the project', async () => {
    const { io } = memoryIo({ 'sfdx-project.json': '{}', 'force-app/main/default/flows/A.flow-meta.xml': '' });
    expect(await sfdxProjectRootOf(io, 'force-app/main/default/flows/A.flow-meta.xml')).toBe('.');
  });

  it('is null when no folder above holds one (the search ends)', async () => {
    const { io } = memoryIo({ 'flows/A.flow-meta.xml': '' });
    expect(await sfdxProjectRootOf(io, 'flows/A.flow-meta.xml')).toBeNull();
    expect(await sfdxProjectRootOf(io, '/abs/flows/A.flow-meta.xml')).toBeNull();
  });
});
