/**
 * Test helper: runs a command through the document store and its undo history, so each command's
 * test can check execute / undo / redo the way the app performs them.
 */
import type { Command } from '../commands/command';
import type { Orchestration } from '../model/types';
import { clearHistory, redo, undo, useDocumentStore } from './documentStore';

export interface HistoryRun {
  after: Orchestration;
  undone: Orchestration;
  redone: Orchestration;
  entries: number;
}

export function runWithHistory<P>(doc: Orchestration, command: Command<P>, params: P): HistoryRun {
  const store = useDocumentStore;
  store.getState().replaceDocument(doc);
  clearHistory();
  store.getState().dispatch(command, params);
  const after = store.getState().doc;
  const entries = store.temporal.getState().pastStates.length;
  undo();
  const undone = store.getState().doc;
  redo();
  return { after, undone, redone: store.getState().doc, entries };
}
