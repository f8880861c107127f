/**
 * Opening a document the way an import does: the io importer (safe parse, schema, rules), with
 * objects passed through the same path so both get identical checks. Never throws.
 */
import { importOrchestration, type ImportResult } from '../io/jsonImport';
import type { Orchestration, Problem } from '../model/types';
import type { AppStore } from '../store/appStore';
import { designStorage } from '../store/designStorage';

export interface LoadResult {
  ok: boolean;
  problems: Problem[];
}

/** Reads a document from JSON text or a parsed object. */
export function readOrchestration(input: unknown): ImportResult<Orchestration> {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input);
    if (typeof text !== 'string') return { ok: false, problems: [{ path: '', message: 'expected an orchestration document', severity: 'error' }] };
    return importOrchestration(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `cannot read the document: ${error instanceof Error ? error.message : String(error)}`, severity: 'error' }] };
  }
}

/**
 * Replaces the open document as an import would: validated, refused on errors (the open document
 * stays untouched), undoable. A run being shown is left first (the design is read-only during
 * one). The design open before it is kept as a version first ("before an import"; the pending
 * autosave reads the document synchronously, so it is the one before the import). Never throws.
 */
export function loadDocument(appStore: AppStore, input: unknown): LoadResult {
  const result = readOrchestration(input);
  if (!result.ok) return { ok: false, problems: result.problems };
  const store = appStore.getState();
  store.exitRun();
  if (appStore === designStorage.store) void designStorage.checkpoint('before-import').catch(() => null);
  store.problemMemo.prime(result.doc, result.problems);
  store.openDocument(result.doc);
  return { ok: true, problems: result.problems };
}
