/** Test set-up shared by the run panels' tests of real projects: an orchestration's run, shown at its end. */
import { act } from '@testing-library/react';
import { expect } from 'vitest';
import type { Scenario } from '../../model/types';
import { openOrchestration } from '../../io/project/openOrchestration';
import { projectFromFiles } from '../../io/project/projectFromFiles';
import type { ProjectFile } from '../../io/project/types';
import { useAppStore } from '../../store/appStore';
import { resetStores } from './renderPanel';

/** Opens `name` from the project `files`, runs it under `scenario` (its only one) and shows the run's end. */
export async function showProjectRun(files: readonly ProjectFile[], name: string, scenario: Scenario): Promise<void> {
  const opened = openOrchestration(projectFromFiles(files), name);
  if (!opened.ok) throw new Error(`${name} did not open`);
  resetStores(opened.doc);
  const store = useAppStore.getState();
  store.setScenarios([scenario]);
  await store.prepareRuns();
  await act(async () => {
    expect(useAppStore.getState().startRun()).toBe(true);
    await Promise.resolve();
  });
  act(() => useAppStore.getState().player!.toEnd());
}
