/**
 * Opening a document the way an import does: the io importer (safe parse, schema, rules), with
 * objects passed through the same path so both get identical checks. Never throws.
 */
import { importOrchestration, type ImportResult } from '../io/jsonImport';
import { exportOrchestration } from '../io/jsonExport';
import type { Orchestration, Problem } from '../model/types';
import { clearHistory, useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { primeProblems } from '../store/useProblems';

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

/** Makes `doc` the open document (clears the selection, fits the view). */
export function openDocument(doc: Orchestration, label: string, options: { fresh?: boolean } = {}): void {
  useSelectionStore.getState().clear();
  useUiStore.getState().setRenaming(null);
  useDocumentStore.getState().replaceDocument(doc, label);
  if (options.fresh) clearHistory();
  useUiStore.getState().requestFit();
}

/**
 * Replaces the open document as an import would: validated, refused on errors (the open document
 * stays untouched), undoable. Never throws.
 */
export function loadDocument(input: unknown, label = 'Import'): LoadResult {
  const result = readOrchestration(input);
  if (!result.ok) return { ok: false, problems: result.problems };
  primeProblems(result.doc, result.problems);
  openDocument(result.doc, label);
  return { ok: true, problems: result.problems };
}

/** The open document as export text (FORMAT.md key order). */
export function exportText(doc: Orchestration): string {
  return exportOrchestration(doc);
}
