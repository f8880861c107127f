/** The hidden `<input webkitdirectory>` behind "Open folder" where the browser has no directory picker. */
import type { ChangeEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import { setFolderInput } from './projectState';

const chosen = (event: ChangeEvent<HTMLInputElement>) => {
  const files = Array.from(event.target.files ?? []);
  event.target.value = '';
  if (files.length) void import('./openProject').then((m) => m.openChosenFolder(useAppStore, files));
};

export function ProjectFolderInput() {
  // webkitdirectory is not in React's input attributes: it is set as a plain DOM attribute
  return <input ref={setFolderInput} type="file" multiple data-testid="project-folder-input" className="hidden" aria-hidden="true" tabIndex={-1} onChange={chosen} {...{ webkitdirectory: '' }} />;
}
