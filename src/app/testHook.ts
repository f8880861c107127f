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

/** The editor core's document reader, once it has loaded (a moment after the shell). */
let coreLoad: EditorCore['loadDocument'] | null = null;

const NOT_READY: LoadResult = { ok: false, problems: [{ path: '', message: 'The editor is still loading: try again in a moment.', severity: 'error' }] };

/**
 * Installed by the shell before the first render (so the hook is there when the page has loaded,
 * however the chunks are split); the editor core hands its reader over when it arrives
 * (before the start design opens). Until then `getDocument` returns the empty placeholder design
 * and `loadDocument` answers that the editor is still loading — it still never throws.
 */
export function installTestHook(loadDocument?: EditorCore['loadDocument']): void {
  if (loadDocument) coreLoad = loadDocument;
  if (window.stageflow) return;
  window.stageflow = Object.freeze({
    getDocument,
    loadDocument: (doc: Orchestration | string) => (coreLoad ? coreLoad(useAppStore, doc) : NOT_READY),
    getTrace,
    version,
  });
}
