// @vitest-environment jsdom
/**
 * The app's run of an orchestration opened from a project folder fills in the stored Checkboxes of a
 * record its step flow creates, and stores false for a Checkbox an Update Records clears, as
 * `stageflow simulate` and `stageflow flow` do (src/cli/commands/createdCheckboxes.test.ts;
 * docs/projects.md): the CrateIntake project, chosen as a folder (the browser's reader, which reads
 * the created object's field files after the flows), opened and run under the scenario beside it.
 */
import { beforeEach, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { openChosenProject, runToEnd } from './testing/chosenProject';

beforeEach(() => resetStores());

it('the app runs CrateIntake as stageflow simulate does: the created crate\'s Fragile__c and the cleared Sealed__c are false', async () => {
  // given the project chosen as a folder and its orchestration opened (with the scenario beside it)
  await openChosenProject('CrateIntake', crateIntakeFiles(), 'Crate_Intake');
  // when it runs to its end
  const trace = await runToEnd();
  // then the crate was created unticked, read back false, and the cleared Checkbox stored false
  expect(trace.run.status).toBe('Completed');
  const [run] = trace.flowRuns!;
  expect(run!.recordChanges).toMatchObject([
    { operation: 'create', object: 'Crate__c', after: { Name: 'Crate', Sealed__c: true, Fragile__c: false } },
    { operation: 'update', object: 'Crate__c', before: { Sealed__c: true }, after: { Sealed__c: false } },
  ]);
  expect(run!.outputs).toEqual({ outcome: 'sturdy' });
});
