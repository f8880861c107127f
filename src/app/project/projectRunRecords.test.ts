// @vitest-environment jsdom
/**
 * The app's run of an orchestration opened from a project folder reads its records as `stageflow
 * simulate` and `stageflow flow` do (docs/projects.md): the DepotSweep project, chosen as a folder
 * (the browser's reader, which reads object metadata after the flows), opened, and run under the
 * scenario kept beside it gives the step flow run simulate gives (src/cli/commands/projectRunRecords.test.ts):
 * the depot without Skip__c is not skipped, and `depot.Things__r` sweeps its open Thing__c.
 */
import { beforeEach, expect, it } from 'vitest';
import { depotSweepFiles } from '../../io/project/testing/projectFiles';
import { comparedFlowRun, DEPOT_SWEEP_FLOW_RUN } from '../../io/project/testing/depotSweepRun';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { openChosenProject, runToEnd } from './testing/chosenProject';

beforeEach(() => resetStores());

it('the app runs DepotSweep\'s scenario as stageflow simulate does: the omitted Checkbox is false, Things__r is the project\'s relationship', async () => {
  // given the project chosen as a folder and its orchestration opened (with the scenario beside it)
  await openChosenProject('DepotSweep', depotSweepFiles(), 'Depot_Sweep');
  expect(useAppStore.getState().scenarios.map((s) => s.name)).toEqual(['a depot given without Skip__c has its open things swept']);
  // when it runs to its end
  const trace = await runToEnd();
  // then
  expect(trace.run.status).toBe('Completed');
  expect(trace.flowRuns!.map(comparedFlowRun)).toEqual([DEPOT_SWEEP_FLOW_RUN]);
});
