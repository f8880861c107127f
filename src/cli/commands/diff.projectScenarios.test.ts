/**
 * `diff` without --scenario runs the scenarios beside the new design. Given as a project
 * (`p#Case_Lifecycle`, `p`), the new design is the project's orchestration file, so its scenarios are
 * the ones beside that file — the ones `test p#Case_Lifecycle` runs; before, such a diff ran only
 * the default scenario and named a scenario without `name` by its whole file name.
 */
import { describe, expect, it } from 'vitest';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { memoryIo } from '../testing/memoryIo';
import { main } from './diff';

const FLOWS = 'force-app/main/default/flows';
const SCENARIO = JSON.stringify({
  format: 'stageflow.scenario', version: 1,
  record: { Id: '500SIM000000000042', Subject: 'Printer on fire', Status: 'New', Priority: 'High', Customer_Satisfied__c: false, Reopen_Count__c: 0 },
  events: [{ at: 5000, type: 'set', target: '$Record.Status', value: 'Resolved' }],
});

function project() {
  const files: Record<string, string> = {};
  for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
  files[`p/${FLOWS}/Case_Lifecycle.scenario.json`] = SCENARIO;
  return memoryIo(files);
}

describe('stageflow diff of a project\'s orchestration', () => {
  it.each([['p#Case_Lifecycle'], ['p']])('%s: runs the scenarios beside the orchestration file, named as test names them', async (input) => {
    // given
    const { io, out } = project();
    // when
    const code = await main([input, input, '--reporter', 'json'], io);
    // then
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout) as { scenarios: { scenario: string; file: string | null }[] };
    expect(report.scenarios).toEqual([expect.objectContaining({ scenario: 'Case_Lifecycle', file: `p/${FLOWS}/Case_Lifecycle.scenario.json` })]);
  });

  it('a loose design\'s scenario without a name is named by its file without .json, as test names it', async () => {
    // given
    const { io, out } = project();
    const design = `p/${FLOWS}/Case_Lifecycle.flow-meta.xml`;
    // when
    const code = await main([design, design], io);
    // then
    expect(code).toBe(0);
    expect(out.stdout).toContain(`scenario "Case_Lifecycle" (p/${FLOWS}/Case_Lifecycle.scenario.json): same behaviour`);
  });

  it('a scenario whose name is empty or only spaces is named by its file, as test names it', async () => {
    // given the orchestration's scenario named "   ", and another one named ""
    const { io, out } = project();
    const blank = JSON.parse(SCENARIO) as object;
    await io.writeFile(`p/${FLOWS}/Case_Lifecycle.scenario.json`, JSON.stringify({ ...blank, name: '   ' }));
    await io.writeFile(`p/${FLOWS}/Case_Lifecycle.scenarios/late.json`, JSON.stringify({ ...blank, name: '' }));
    // when
    const code = await main(['p#Case_Lifecycle', 'p#Case_Lifecycle', '--reporter', 'json'], io);
    // then each is named as the file names it, where diff said "   " and ""
    expect(code).toBe(0);
    const report = JSON.parse(out.stdout) as { scenarios: { scenario: string }[] };
    expect(report.scenarios.map((s) => s.scenario)).toEqual(['Case_Lifecycle', 'late']);
  });
});
