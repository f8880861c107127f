/**
 * Opening a document the way an import does: read (readOrchestration.ts: safe parse, schema, rules,
 * objects through the same path as text) on the page or in the reading worker, then opened. Never throws.
 */
import type { ImportResult } from '../io/jsonImport';
import type { Orchestration, Problem } from '../model/types';
import type { AppStore } from '../store/appStore';
import { holdsRun } from '../store/createRunSlice';
import { designStorage } from '../store/designStorage';
import { readOrchestration } from './readOrchestration';

export interface LoadResult {
  ok: boolean;
  problems: Problem[];
}

/**
 * Replaces the open document as an import would: validated, refused on errors (the open document
 * stays untouched), undoable. A run being shown is left first (the design is read-only during
 * one). The design open before it is kept as a version first ("before an import"; the pending
 * autosave reads the document synchronously, so it is the one before the import). Another design
 * (another API name) opens with the default scenario. Never throws.
 */
export function loadDocument(appStore: AppStore, input: unknown): LoadResult {
  return openRead(appStore, readOrchestration(input));
}

/** Opens a document already read (`readOrchestration`, here or in the reading worker), as loadDocument does. */
export function openRead(appStore: AppStore, result: ImportResult<Orchestration>): LoadResult {
  if (!result.ok) return { ok: false, problems: result.problems };
  const store = appStore.getState();
  // a run shown is left (its fit is the opening's); with none, leaving would only notify every subscriber
  if (holdsRun(store)) store.exitRun();
  if (appStore === designStorage.store) void designStorage.checkpoint('before-import').catch(() => null);
  const otherDesign = result.doc.name !== store.doc.name;
  store.problemMemo.prime(result.doc, result.problems);
  store.openDocument(result.doc);
  // another design's scenarios (its events, record, steps by name) say nothing of this one: it runs
  // under the default scenario, as `stageflow simulate` runs it without one. The same design read
  // again (a round trip, a new version of it) keeps its scenarios.
  if (otherDesign) store.setScenarios([]);
  // the fields the format does not have go to the import's report only: they are the file's, not the design's problems
  return { ok: true, problems: [...result.problems, ...(result.unknownFields ?? [])] };
}
