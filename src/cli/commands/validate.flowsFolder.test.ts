/**
 * `stageflow validate force-app/main/default/flows/*.flow-meta.xml` — the example of validate's own
 * help — is how a CI job checks a project's orchestrations. Every real project's flows folder also
 * holds the flows the orchestrations call, and each of those failed ("only Orchestrator flows can
 * be imported"), so the example exited 2 on every project whatever its orchestrations.
 */
import { describe, expect, it } from 'vitest';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { HELP, main } from './validate';

const FLOWS = 'p/force-app/main/default/flows';

function project(extra: Record<string, string> = {}) {
  const files: Record<string, string> = {};
  for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
  return memoryIo({ ...files, ...extra });
}

const flowFiles = (names: string[]) => names.map((n) => `${FLOWS}/${n}.flow-meta.xml`);

describe('stageflow validate given a flows folder\'s files', () => {
  it('checks the orchestrations among several files and skips the other flows, saying so (exit 0)', async () => {
    // given
    const { io, out } = project();
    expect(HELP.examples).toContain('stageflow validate force-app/main/default/flows/*.flow-meta.xml');
    // when
    const code = await main(flowFiles(['Can_Leave_Work', 'Case_Lifecycle', 'Classify_Case']), io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toContain(`${FLOWS}/Case_Lifecycle.flow-meta.xml: ok\n`);
    expect(out.stdout).toContain(`${FLOWS}/Classify_Case.flow-meta.xml: skipped: not an orchestration (processType AutoLaunchedFlow)\n`);
    expect(out.stdout).toContain(`${FLOWS}/Can_Leave_Work.flow-meta.xml: skipped: not an orchestration (processType EvaluationFlow)\n`);
    expect(out.stderr).not.toContain('only Orchestrator flows can be imported');
  });

  it('still fails on an invalid orchestration among them, and on a non-orchestration flow given alone', async () => {
    // given an orchestration that is not valid beside the flows
    const broken = '<?xml version="1.0" encoding="UTF-8"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata"><label>Broken</label><processType>Orchestrator</processType><status>Draft</status></Flow>';
    const { io } = project({ [`${FLOWS}/Broken.flow-meta.xml`]: broken });
    // when / then
    expect(await main(flowFiles(['Broken', 'Classify_Case']), io)).toBe(2);
    expect(await main(flowFiles(['Classify_Case']), io)).toBe(2);
  });

  it('fails when none of the files is an orchestration: nothing was checked', async () => {
    // given
    const { io, out } = project();
    // when
    const code = await main(flowFiles(['Can_Leave_Work', 'Classify_Case']), io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toContain('validate: none of the 2 files is an orchestration (processType Orchestrator)\n');
  });
});
