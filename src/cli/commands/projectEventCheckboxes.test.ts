/**
 * A record a scenario event changes mid-run reads its declared Checkbox as the run's starting records
 * do (docs/projects.md): `set` of null on the triggering depot's Skip__c (a Checkbox the DepotSweep
 * project declares) stores false, as Salesforce does, in `stageflow simulate` and in the engine the
 * app runs (engine/eventCheckboxes.ts). Before, the record held null, so a requirement
 * `Skip__c EqualTo false` never held and the step never started.
 */
import { describe, expect, it } from 'vitest';
import { simulate as runEngine } from '../../engine/index';
import { depotSweepFiles } from '../../io/project/testing/projectFiles';
import type { Orchestration, Scenario } from '../../model/types';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as convert } from './convert';
import { main as simulate } from './simulate';

/** DepotSweep's orchestration as JSON (its flows carry the project's Checkbox fields), its step waiting for Skip__c false. */
async function waitingForUnskipped(): Promise<Orchestration> {
  const { io, out } = memoryIo(filesUnder('p', depotSweepFiles()));
  expect(await convert(['p'], io)).toBe(0);
  const doc = JSON.parse(out.stdout) as Orchestration;
  const step = doc.stages[0]!.steps[0]!;
  step.start = { mode: 'requirements', requirements: [{ left: '$Record.Skip__c', operator: 'EqualTo', right: { boolean: false } }] };
  return doc;
}

const scenario = (value: boolean | null): Scenario => ({
  format: 'stageflow.scenario', version: 1,
  record: { Id: 'a01SIM000000000101', Name: 'North', Skip__c: true },
  events: [{ at: 1000, type: 'set', target: '$Record.Skip__c', value }],
});

describe('a scenario event that sets a declared Checkbox to null mid-run', () => {
  it('simulate: the record holds false, so the step waiting for Skip__c false starts then', async () => {
    const doc = await waitingForUnskipped();
    const { io, out } = memoryIo({ 'depot.json': JSON.stringify(doc), 's.json': JSON.stringify(scenario(null)) });
    expect(await simulate(['depot.json', '--scenario', 's.json'], io)).toBe(0);
    const trace = JSON.parse(out.stdout) as { steps: Record<string, { status: string; startedAt: number }>; events: { type: string; value?: unknown }[] };
    expect(trace.events.filter((e) => e.type === 'variableSet').map((e) => e.value)).toEqual([false]);
    expect(trace.steps.Sweep_Step).toMatchObject({ status: 'Completed', startedAt: 1000 });
  });

  it('the engine the app runs: the same, and a value given (true) is kept', async () => {
    const doc = await waitingForUnskipped();
    expect(runEngine(doc, scenario(null)).steps.Sweep_Step?.status).toBe('Completed');
    expect(runEngine(doc, scenario(true)).steps.Sweep_Step?.status).toBe('NotStarted');
  });

  it('empty text set to the declared Checkbox is stored false too, and the trace says false', async () => {
    const doc = await waitingForUnskipped();
    const run = runEngine(doc, { ...scenario(null), events: [{ at: 1000, type: 'set', target: '$Record.Skip__c', value: '' }] });
    expect(run.events.filter((e) => e.type === 'variableSet').map((e) => (e as { value?: unknown }).value)).toEqual([false]);
    expect(run.steps.Sweep_Step?.status).toBe('Completed');
  });

  it('a Record variable of the design, not an org record, keeps the null it is given', async () => {
    const doc = await waitingForUnskipped();
    doc.variables = [...(doc.variables ?? []), { name: 'draft', type: 'Record', object: 'Depot__c', value: { Name: 'Draft', Skip__c: true } }];
    const run = runEngine(doc, { ...scenario(null), events: [{ at: 1000, type: 'set', target: 'draft.Skip__c', value: null }] });
    expect(run.events.filter((e) => e.type === 'variableSet').map((e) => (e as { value?: unknown }).value)).toEqual([null]);
  });
});
