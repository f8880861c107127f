/**
 * The CI recipe for a pull request: the base branch's version of an orchestration is written to a
 * temporary folder (`git show origin/main:…/Case_Lifecycle.flow-meta.xml > $RUNNER_TEMP/…`) and
 * compared with the project's. That copy is in no project, so its flows are placeholders; the diff
 * then compared a design running no flows with one running them, and reported changes for an
 * orchestration nobody changed.
 */
import { describe, expect, it } from 'vitest';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { main } from './diff';

const ORCHESTRATION = 'force-app/main/default/flows/Case_Lifecycle.flow-meta.xml';
const SCENARIO = JSON.stringify({
  format: 'stageflow.scenario', version: 1, name: 'urgent case',
  record: { Id: '500SIM000000000042', Subject: 'Printer on fire', Status: 'New', Priority: 'High', Customer_Satisfied__c: false, Reopen_Count__c: 0 },
  events: [{ at: 5000, type: 'set', target: '$Record.Status', value: 'Resolved' }],
});

function projectAndBaseCopy() {
  const files: Record<string, string> = { 'scenario.json': SCENARIO };
  for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
  files['tmp/Case_Lifecycle.base.flow-meta.xml'] = files[`p/${ORCHESTRATION}`]!;
  return memoryIo(files);
}

describe('stageflow diff of a base copy outside the project', () => {
  it('runs the old version with the new version\'s flows, so an unchanged orchestration has no changes', async () => {
    // given
    const { io, out } = projectAndBaseCopy();
    // when
    const code = await main(['tmp/Case_Lifecycle.base.flow-meta.xml', `p/${ORCHESTRATION}`, '--scenario', 'scenario.json', '--exit-code'], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toContain('1 scenario: 0 with changed behaviour, 1 the same');
    expect(out.stderr).toContain('tmp/Case_Lifecycle.base.flow-meta.xml: flows: warning: flow Classify_Case is not beside this version; the new version\'s (force-app/main/default/flows/Classify_Case.flow-meta.xml) was used, so both versions run the same flows');
  });

  it('does not also say that flow became a placeholder: the run used the new version\'s', async () => {
    // given
    const { io, out } = projectAndBaseCopy();
    // when
    await main(['tmp/Case_Lifecycle.base.flow-meta.xml', `p/${ORCHESTRATION}`, '--scenario', 'scenario.json'], io);
    // then
    expect(out.stderr).toContain('flow Classify_Case is not beside this version');
    expect(out.stderr).not.toMatch(/flow Classify_Case is referenced but not in the project/);
    // its own reading notes are still said (those on elements merely carried, counted: foldKeptVerbatim.ts)
    expect(out.stderr).toContain('tmp/Case_Lifecycle.base.flow-meta.xml: 4 notes on Salesforce elements the model keeps verbatim');
  });

  it('a base copy that does not validate still has all its lines, the placeholders among them', async () => {
    // given
    const { io, out } = projectAndBaseCopy();
    // when
    const code = await main(['tmp/Case_Lifecycle.base.flow-meta.xml', 'p/missing.flow-meta.xml'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toMatch(/tmp\/Case_Lifecycle.base.flow-meta.xml: flows\[\d+\]: warning: flow Classify_Case is referenced but not in the project/);
    expect(out.stderr).toContain('p/missing.flow-meta.xml: cannot read the file: it does not exist');
  });
});
