/**
 * For tests of the app's project runs: a project chosen as a folder (the browser's reader, a
 * `webkitdirectory` input's Files), one of its orchestrations opened with the scenario beside it, and
 * the run taken to its end, as a user does with Open folder, Run and the end of the Timeline.
 */
import { act } from '@testing-library/react';
import { expect } from 'vitest';
import type { ProjectFile } from '../../../io/project/types';
import type { Trace } from '../../../model/types';
import { useAppStore } from '../../../store/appStore';
import { projectFromFileList } from '../browserProjectFiles';
import { openFromProject } from '../projectSession';
import { useProjectSession } from '../projectState';

/** A File as a `webkitdirectory` input gives it: its path under the chosen folder. */
export function chosenFile(path: string, text: string | Uint8Array<ArrayBuffer>): File {
  const file = new File([text], path.split('/').pop()!);
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

/** `files` chosen as the folder `folder`, and its orchestration `apiName` opened. */
export async function openChosenProject(folder: string, files: readonly ProjectFile[], apiName: string): Promise<void> {
  const project = await projectFromFileList(files.map((f) => chosenFile(`${folder}/${f.path}`, f.text)));
  useProjectSession.setState({ picking: { project, name: folder, handle: null }, current: null });
  await openFromProject(useAppStore, apiName);
}

/** The open design run under its scenario and taken to its end: the trace shown. */
export async function runToEnd(): Promise<Trace> {
  await useAppStore.getState().prepareRuns();
  await act(async () => {
    expect(useAppStore.getState().startRun()).toBe(true);
    await Promise.resolve();
  });
  act(() => useAppStore.getState().player!.toEnd());
  return useAppStore.getState().trace!;
}
