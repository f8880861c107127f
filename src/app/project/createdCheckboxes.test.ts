// @vitest-environment jsdom
/**
 * The app's run of an orchestration opened from a project folder fills in the stored Checkboxes of a
 * record its step flow creates, and stores false for a Checkbox an Update Records clears, as
 * `stageflow simulate` and `stageflow flow` do (src/cli/commands/createdCheckboxes.test.ts;
 * docs/projects.md): the CrateIntake project, chosen as a folder (the browser's reader, which reads
 * the created object's field files after the flows), opened and run under the scenario beside it.
 */
import { act } from '@testing-library/react';
import { beforeEach, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { resetStores } from '../../panels/testing/renderPanel';
import { useAppStore } from '../../store/appStore';
import { projectFromFileList } from './browserProjectFiles';
import { openFromProject } from './projectSession';
import { useProjectSession } from './projectState';

/** A File as a `webkitdirectory` input gives it: its path under the chosen folder. */
function chosen(path: string, text: string): File {
  const file = new File([text], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

beforeEach(() => resetStores());

it('the app runs CrateIntake as stageflow simulate does: the created crate\'s Fragile__c and the cleared Sealed__c are false', async () => {
  // given the project chosen as a folder and its orchestration opened (with the scenario beside it)
  const project = await projectFromFileList(crateIntakeFiles().map((f) => chosen(`CrateIntake/${f.path}`, f.text)));
  useProjectSession.setState({ picking: { project, name: 'CrateIntake', handle: null }, current: null });
  openFromProject(useAppStore, 'Crate_Intake');
  // when it runs to its end
  await useAppStore.getState().prepareRuns();
  await act(async () => {
    expect(useAppStore.getState().startRun()).toBe(true);
    await Promise.resolve();
  });
  act(() => useAppStore.getState().player!.toEnd());
  // then the crate was created unticked, read back false, and the cleared Checkbox stored false
  const trace = useAppStore.getState().trace!;
  expect(trace.run.status).toBe('Completed');
  const [run] = trace.flowRuns!;
  expect(run!.recordChanges).toMatchObject([
    { operation: 'create', object: 'Crate__c', after: { Name: 'Crate', Sealed__c: true, Fragile__c: false } },
    { operation: 'update', object: 'Crate__c', before: { Sealed__c: true }, after: { Sealed__c: false } },
  ]);
  expect(run!.outputs).toEqual({ outcome: 'sturdy' });
});
