/**
 * `stageflow simulate` on a project reads its records as `stageflow flow` does (Survey 17's two
 * project-derived behaviours, docs/projects.md): a Checkbox the project declares, omitted from a
 * scenario's record, is false; an Update Records on a custom child relationship (`depot.Things__r`)
 * finds the child object and lookup in the project's field file. The DepotSweep project
 * (`io/project/__fixtures__/DepotSweep`) is written anew, names ours.
 */
import { describe, expect, it } from 'vitest';
import { depotSweepFiles } from '../../io/project/testing/projectFiles';
import { comparedFlowRun, DEPOT_SWEEP_FLOW_RUN, DEPOT_SWEEP_SCENARIO } from '../../io/project/testing/depotSweepRun';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as flow } from './flow';
import { main as simulate } from './simulate';

type FlowRun = Parameters<typeof comparedFlowRun>[0];
const scenario = JSON.parse(depotSweepFiles().find((f) => f.path === DEPOT_SWEEP_SCENARIO)!.text) as { record: Record<string, unknown>; records: Record<string, unknown[]> };

async function simulated(record: Record<string, unknown>): Promise<{ code: number; runs: FlowRun[]; stderr: string }> {
  const { io, out } = memoryIo({ ...filesUnder('p', depotSweepFiles()), 'scenario.json': JSON.stringify({ ...scenario, record }) });
  const code = await simulate(['p', '--scenario', 'scenario.json'], io);
  return { code, runs: code === 0 ? (JSON.parse(out.stdout) as { flowRuns: FlowRun[] }).flowRuns : [], stderr: out.stderr };
}

describe('simulate on a project: the records as stageflow flow reads them', () => {
  it('Checkbox: the depot given without Skip__c (a Checkbox the project declares) is not skipped: the step flow takes Runs', async () => {
    const { code, runs } = await simulated(scenario.record);
    expect(code).toBe(0);
    expect(runs.map((r) => r.path)).toEqual([DEPOT_SWEEP_FLOW_RUN.path]);
  });

  it('childRelationships: Update Records on depot.Things__r sweeps the depot\'s open Thing__c, read from Thing__c\'s Depot__c field file', async () => {
    // Skip__c given, so this case reads only the relationship
    const { code, runs } = await simulated({ ...scenario.record, Skip__c: false });
    expect(code).toBe(0);
    expect(runs.map(comparedFlowRun)).toEqual([DEPOT_SWEEP_FLOW_RUN]);
  });

  it('a Skip__c given true is kept: the depot is skipped and nothing is swept', async () => {
    const { runs } = await simulated({ ...scenario.record, Skip__c: true });
    expect(runs.map((r) => [r.outputs, r.recordChanges])).toEqual([[{ outcome: 'skipped' }, []]]);
  });

  it('stageflow flow on the step flow, handed the depot as its record input, gives the same run', async () => {
    // a record variable's input is an object of fields, not an org record: Skip__c is given here
    const records = { ...scenario.records, Depot__c: [scenario.record] };
    const inputs = { depot: { ...scenario.record, Skip__c: false } };
    const { io, out } = memoryIo({ ...filesUnder('p', depotSweepFiles()), 'rec.json': JSON.stringify(records), 'in.json': JSON.stringify(inputs) });
    const code = await flow(['p/force-app/main/default/flows/Sweep_Things.flow-meta.xml', '--records', 'rec.json', '--inputs', 'in.json'], io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    const run = JSON.parse(out.stdout) as FlowRun;
    expect(comparedFlowRun({ ...run, flow: 'Sweep_Things' })).toEqual(DEPOT_SWEEP_FLOW_RUN);
  });
});
