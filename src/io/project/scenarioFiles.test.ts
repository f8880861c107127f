/**
 * The scenario files a project keeps beside its orchestrations (scenarioFiles.ts) are read with it,
 * by every reader, where `stageflow test` finds them: `Name.scenario.json` and the `.json` files
 * directly in `Name.scenarios/`.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectFromFiles } from './projectFromFiles';
import { readLazyFiles } from './readLazyFiles';
import { readZip } from './readZip';
import { scenarioFileOf, scenarioNameOfFile } from './scenarioFiles';
import { caseLifecycleFiles } from './testing/projectFiles';
import type { ProjectFile } from './types';

const FLOWS = 'force-app/main/default/flows';
const scenario = (name: string): string => JSON.stringify({ format: 'stageflow.scenario', version: 1, name, events: [] });
const SCENARIOS: ProjectFile[] = [
  { path: `${FLOWS}/Case_Lifecycle.scenarios/b-reopened.json`, text: scenario('Reopened') },
  { path: `${FLOWS}/Case_Lifecycle.scenarios/a-escalated.json`, text: scenario('Escalated') },
  { path: `${FLOWS}/Case_Lifecycle.scenario.json`, text: scenario('Resolved') },
  { path: `${FLOWS}/Case_Lifecycle.scenarios/notes.txt`, text: 'not a scenario' },
  { path: `${FLOWS}/Case_Lifecycle.scenarios/deeper/c.json`, text: scenario('Deeper') },
  { path: `${FLOWS}/Classify_Case.scenario.json`, text: scenario('Of a flow, not an orchestration') },
];
const paths = (files: readonly ProjectFile[] | undefined) => (files ?? []).map((f) => f.path.slice(FLOWS.length + 1));
const EXPECTED = ['Case_Lifecycle.scenario.json', 'Case_Lifecycle.scenarios/a-escalated.json', 'Case_Lifecycle.scenarios/b-reopened.json'];

describe('scenario files beside an orchestration', () => {
  it('are the ones stageflow test finds: Name.scenario.json, then the .json files directly in Name.scenarios/, in path order', () => {
    const project = projectFromFiles([...caseLifecycleFiles(), ...SCENARIOS]);
    expect(paths(project.scenarioFiles?.get('Case_Lifecycle'))).toEqual(EXPECTED);
    expect([...(project.scenarioFiles?.keys() ?? [])]).toEqual(['Case_Lifecycle']);
    const scenarioFile = scenarioFileOf(project);
    expect(scenarioFile(`${FLOWS}/Case_Lifecycle.scenarios/x.JSON`)?.apiName).toBe('Case_Lifecycle');
    expect(scenarioFile(`./${FLOWS.replace(/\//g, '\\')}\\Case_Lifecycle.scenario.json`)).toEqual({ apiName: 'Case_Lifecycle', path: `${FLOWS}/Case_Lifecycle.scenario.json` });
    expect(scenarioFile(`other/Case_Lifecycle.scenario.json`)).toBeNull();
  });

  it('are read from a folder and from a .zip too, after the flows', async () => {
    const files = [...caseLifecycleFiles(), ...SCENARIOS];
    const fromFolder = await readLazyFiles(files.map((f) => ({ path: f.path, read: async () => f.text })));
    expect(paths(fromFolder.scenarioFiles?.get('Case_Lifecycle'))).toEqual(EXPECTED);
    const fromZip = readZip(zipSync(Object.fromEntries(files.map((f) => [`CaseLifecycle/${f.path}`, strToU8(f.text)]))));
    expect(fromZip.scenarioFiles?.get('Case_Lifecycle')?.map((f) => f.path.slice(f.path.indexOf('flows/') + 'flows/'.length))).toEqual(EXPECTED);
  });

  it('count toward the caps: a scenario file over the per-file cap is reported and skipped', async () => {
    const biggestFlow = Math.max(...caseLifecycleFiles().map((f) => f.text.length));
    const files = [...caseLifecycleFiles(), { path: `${FLOWS}/Case_Lifecycle.scenario.json`, text: scenario('Big') + ' '.repeat(biggestFlow + 1) }];
    const project = await readLazyFiles(files.map((f) => ({ path: f.path, read: async () => f.text })), { maxEntries: 100, maxMetadataEntries: 100, maxListed: 1000, maxFileBytes: biggestFlow, maxTotalBytes: 10_000_000, maxArchiveBytes: 10_000_000 });
    expect(project.orchestrations.map((o) => o.apiName)).toEqual(['Case_Lifecycle']);
    expect(project.scenarioFiles).toBeUndefined();
    expect(project.problems.some((p) => p.file.endsWith('Case_Lifecycle.scenario.json') && p.message.startsWith('not read'))).toBe(true);
  });

  it('name a scenario without one after their file', () => {
    expect(scenarioNameOfFile(`${FLOWS}/Case_Lifecycle.scenarios/escalated.json`)).toBe('escalated');
    expect(scenarioNameOfFile('Case_Lifecycle.scenario.json')).toBe('Case_Lifecycle');
    expect(scenarioNameOfFile('urgent.SCENARIO.JSON')).toBe('urgent');
  });
});
