/**
 * A scenario file without a name is reported under the name the app gives it when it opens the
 * file beside its orchestration (io/project/scenarioFiles.ts): `late.json` is "late" in both, where
 * `stageflow test` said "late.json" and the app's Scenario list "late" (browser/CLI parity audit).
 */
import { describe, expect, it } from 'vitest';
import { caseLifecycleFiles } from '../../io/project/testing/projectFiles';
import { main as test } from '../commands/test';
import { memoryIo } from '../testing/memoryIo';

const FLOWS = 'p/force-app/main/default/flows';

function caseLifecycleWith(scenarios: Record<string, object>) {
  const files: Record<string, string> = {};
  for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
  for (const [path, doc] of Object.entries(scenarios)) files[`${FLOWS}/${path}`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, ...doc });
  return memoryIo(files);
}

describe('stageflow test names a scenario without a name as the app does', () => {
  it('a file of the scenarios folder: its file name without .json', async () => {
    // given
    const { io, out } = caseLifecycleWith({ 'Case_Lifecycle.scenarios/late.json': { events: [] }, 'Case_Lifecycle.scenarios/named.json': { name: 'Urgent case', events: [] } });
    // when
    expect(await test(['p'], io)).toBe(0);
    // then
    expect(out.stdout).toMatch(/✓ late \(/);
    expect(out.stdout).not.toContain('late.json');
    expect(out.stdout).toMatch(/✓ Urgent case \(/);
  });

  it('the design\'s own scenario file: the design\'s name, without .scenario.json', async () => {
    // given
    const { io, out } = caseLifecycleWith({ 'Case_Lifecycle.scenario.json': { events: [] } });
    // when
    expect(await test(['p'], io)).toBe(0);
    // then
    expect(out.stdout).toMatch(/✓ Case_Lifecycle \(/);
  });

  it('a scenario that could not run keeps the name it has when it runs: its "name", else its file name without .json', async () => {
    // given a named scenario that is invalid (an unknown step), and an unnamed one that is not JSON
    const files: Record<string, string> = {};
    for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
    files[`${FLOWS}/Case_Lifecycle.scenarios/named.json`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, name: 'Urgent case', steps: { Nope: { outcome: 'success' } } });
    files[`${FLOWS}/Case_Lifecycle.scenarios/broken.json`] = '{ "format": "stageflow.scenario", "version": 1 "events": [] }';
    const { io, out } = memoryIo(files);
    // when
    expect(await test(['p', '--reporter', 'junit'], io)).toBe(2);
    // then a CI server sees the same test case erring, not another one appearing
    expect(out.stdout).toContain('<testcase name="Urgent case"');
    expect(out.stdout).toContain('<testcase name="broken"');
    expect(out.stdout).not.toContain('.json" classname');
  });

  it('a name that is only spaces is no name: the file name, whether the scenario runs or not', async () => {
    // given a runnable scenario and an invalid one (an unknown step), each named "   "
    const files: Record<string, string> = {};
    for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
    files[`${FLOWS}/Case_Lifecycle.scenarios/late.json`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, name: '   ', events: [] });
    files[`${FLOWS}/Case_Lifecycle.scenarios/broken.json`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, name: ' \t ', steps: { Nope: { outcome: 'success' } } });
    const { io, out } = memoryIo(files);
    // when
    expect(await test(['p', '--reporter', 'junit'], io)).toBe(2);
    // then each is named by its file, as one without a name: the report said <testcase name="   ">
    expect(out.stdout).toContain('<testcase name="late"');
    expect(out.stdout).toContain('<testcase name="broken"');
    expect(out.stdout).not.toMatch(/<testcase name="\s*"/);
  });

  it('a name of only characters that draw nothing (a zero-width space, BOM, no-break space, word joiner) is no name either', async () => {
    // given four runnable scenarios, each named by one such character, and an invalid one named by a zero-width space
    const files: Record<string, string> = {};
    for (const f of caseLifecycleFiles()) files[`p/${f.path}`] = f.text;
    const invisible = { zwsp: '\u200B', bom: '\uFEFF', nbsp: '\u00A0', joiner: '\u2060' };
    for (const [file, name] of Object.entries(invisible)) files[`${FLOWS}/Case_Lifecycle.scenarios/${file}.json`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, name, events: [] });
    files[`${FLOWS}/Case_Lifecycle.scenarios/broken.json`] = JSON.stringify({ format: 'stageflow.scenario', version: 1, name: ' \u200B ', steps: { Nope: { outcome: 'success' } } });
    const { io, out } = memoryIo(files);
    // when
    expect(await test(['p', '--reporter', 'junit'], io)).toBe(2);
    // then each is named by its file: the report said <testcase name="\u200B">
    for (const file of [...Object.keys(invisible), 'broken']) expect(out.stdout).toContain(`<testcase name="${file}"`);
    expect(out.stdout).not.toMatch(/<testcase name="[\s\u200B\uFEFF\u2060]*"/);
  });
});
