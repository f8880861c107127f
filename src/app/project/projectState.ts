/**
 * The state of projects in the app, kept apart from the code that reads them (loaded when first
 * used): the project whose orchestrations the picker lists, the project the open design came from
 * with its file as it is on disk (what a save diffs against), and the hidden folder input.
 */
import { create } from 'zustand';
import type { OpenProjectFlows } from '../../actions/importFile';
import type { Project } from '../../io/project/types';
import type { ScenarioOnDisk } from '../../io/project/scenarioSaves';

/** The orchestration file the open design came from. */
export interface OpenedFile {
  apiName: string;
  path: string;
  /** The file's text as it is in the project now (after the last save). */
  text: string;
  /** The scenarios beside it in the project now (read when it opened, then as saved): what a save compares with. */
  scenarios: readonly ScenarioOnDisk[];
}

/** A project read in the app. */
export interface OpenProject {
  project: Project;
  /** Its name (the folder or archive), for titles and messages. */
  name: string;
  /** The folder's handle, when the browser gave one: saving writes into it. */
  handle: FileSystemDirectoryHandle | null;
}

interface ProjectSessionState {
  /** The project whose orchestrations the picker lists (null: the picker is closed). */
  picking: OpenProject | null;
  /** The project the open design came from, and its file. */
  current: (OpenProject & { opened: OpenedFile }) | null;
}

export const useProjectSession = create<ProjectSessionState>(() => ({ picking: null, current: null }));

let folderInput: HTMLInputElement | null = null;

/** The hidden `webkitdirectory` input used where there is no directory picker. */
export function setFolderInput(input: HTMLInputElement | null): void {
  folderInput = input;
}

export function clickFolderInput(): void {
  folderInput?.click();
}

/**
 * The project an orchestration of which is open (opened from it, or started in it), whose flows an
 * imported Flow XML orchestration calls (actions/importFile.ts); null when none is.
 */
export function openProjectFlows(): OpenProjectFlows | null {
  const current = useProjectSession.getState().current;
  return current ? { project: current.project, name: current.name } : null;
}
