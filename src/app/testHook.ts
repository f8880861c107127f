/**
 * `window.stageflow` (UI-CONTRACT "Test hook"), in every build. It exposes nothing the user cannot
 * already do: read the open document, open one as an import would, read the trace being shown.
 */
import { version } from '../../package.json';
import type { Orchestration, Trace } from '../model/types';
import type { LoadResult } from '../actions/documentIo';
import type { EditorCore } from './editorCore';
import { useAppStore } from '../store/appStore';

export interface StageflowHook {
  getDocument(): Orchestration;
  loadDocument(doc: Orchestration | string): LoadResult;
  getTrace(): Trace | null;
  version: string;
}

declare global {
  interface Window {
    stageflow: StageflowHook;
  }
}

/** A copy of the open document as FORMAT.md JSON (callers cannot mutate the store through it). */
function getDocument(): Orchestration {
  return JSON.parse(JSON.stringify(useAppStore.getState().doc)) as Orchestration;
}

/** The trace of the run being shown (the run store owns it), or null when none is shown. */
function getTrace(): Trace | null {
  return useAppStore.getState().trace ?? null;
}

/** Installed with the editor core (before the start design opens), so it can read documents. */
export function installTestHook(loadDocument: EditorCore['loadDocument']): void {
  window.stageflow = Object.freeze({ getDocument, loadDocument: (doc: Orchestration | string) => loadDocument(useAppStore, doc), getTrace, version });
}
