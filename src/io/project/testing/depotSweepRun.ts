/**
 * Test support: what a run of the DepotSweep project's scenario gives its step flow, the same in
 * `stageflow simulate` (src/cli/commands/projectRunRecords.test.ts), the app
 * (src/app/project/projectRunRecords.test.ts) and `stageflow flow`: the depot given without Skip__c
 * is not skipped, and its open Thing__c is swept through `depot.Things__r`.
 */
export const DEPOT_SWEEP_SCENARIO = 'force-app/main/default/flows/Depot_Sweep.scenarios/sweeps-things.json';

/** The step flow's run, as the trace's `flowRuns` entry holds it (the fields compared). */
export const DEPOT_SWEEP_FLOW_RUN = {
  flow: 'Sweep_Things',
  status: 'completed',
  path: [
    { element: 'Not_Skipped', kind: 'decision', outcome: 'Runs' },
    { element: 'Sweep_Open_Things', kind: 'recordUpdate' },
    { element: 'Say_Swept', kind: 'assignment' },
  ],
  recordChanges: [{ element: 'Sweep_Open_Things', operation: 'update', object: 'Thing__c', id: 'a02SIM000000000101', before: { Status__c: 'Open' }, after: { Status__c: 'Swept' } }],
  outputs: { outcome: 'swept' },
} as const;

/** The fields of a trace's flow run that DEPOT_SWEEP_FLOW_RUN names. */
export function comparedFlowRun(run: { flow: string; status: string; path?: unknown; recordChanges?: unknown; outputs?: unknown }): unknown {
  return { flow: run.flow, status: run.status, path: run.path, recordChanges: run.recordChanges, outputs: run.outputs };
}
