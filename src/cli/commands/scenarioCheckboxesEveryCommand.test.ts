/**
 * A scenario from outside the project giving records of an object no pass of the project's reading
 * read (Lid__c, in CrateIntake) runs with that object's stored Checkboxes in coverage and diff too,
 * as in test and simulate (run/scenarioDesign.ts): the design each run is handed carries Lid__c's
 * Tight__c. They ran the design as read, so Tight__c omitted stayed null there.
 */
import { describe, expect, it, vi } from 'vitest';
import { crateIntakeFiles, customFieldXml } from '../../io/project/testing/projectFiles';
import type { Orchestration } from '../../model/types';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as coverage } from './coverage';
import { main as diff } from './diff';
import { main as test } from './test';

const handed = vi.hoisted(() => [] as Orchestration[]);
vi.mock('../../verify/runScenario', async (original) => {
  const actual = await original<typeof import('../../verify/runScenario')>();
  return { ...actual, runScenario: (doc: Orchestration, ...rest: [never]) => { handed.push(doc); return actual.runScenario(doc, ...rest); } };
});

const field = customFieldXml;

const LID = 'p/force-app/main/default/objects/Lid__c/fields';
const SCENARIO = { format: 'stageflow.scenario', version: 1, name: 'a lid from outside', record: { Id: 'a01SIM000000000101', Name: 'North' }, records: { Lid__c: [{ Name: 'Top' }] } };

function files(): Record<string, string> {
  return {
    ...filesUnder('p', crateIntakeFiles()),
    [`${LID}/Tight__c.field-meta.xml`]: field('Tight__c', 'Checkbox'),
    [`${LID}/Colour__c.field-meta.xml`]: field('Colour__c', 'Text'),
    'tests/lid.json': JSON.stringify(SCENARIO),
    'stageflow.config.json': JSON.stringify({ tests: [{ project: 'p', orchestration: 'Crate_Intake', scenarios: ['tests/lid.json'] }] }),
  };
}

/** The stored Checkboxes the design carries for `object`, over all its flows. */
function checkboxesOf(doc: Orchestration, object: string): string[] | undefined {
  const all = (doc.flows ?? []).map((f) => (f.definition as { checkboxes?: Record<string, string[]> } | undefined)?.checkboxes?.[object]);
  return all.find((c) => c !== undefined);
}

describe('every command that runs an outside scenario reads the Checkboxes of its records\' objects', () => {
  it.each([
    ['test', () => test([], memoryIo(files()).io)],
    ['coverage', () => coverage([], memoryIo(files()).io)],
    ['diff --scenario', () => diff(['p#Crate_Intake', 'p#Crate_Intake', '--scenario', 'tests/lid.json'], memoryIo(files()).io)],
  ])('%s: the run gets Lid__c\'s Tight__c (not its Text field)', async (_name, run) => {
    // given
    handed.length = 0;
    // when
    const code = await run();
    // then
    expect(code).toBe(0);
    expect(handed.length).toBeGreaterThan(0);
    for (const doc of handed) expect(checkboxesOf(doc, 'Lid__c')).toEqual(['Tight__c']);
  });
});
