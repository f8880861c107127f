/**
 * Test helper: runs a command through the app store and its undo history, so each command's test
 * can check execute / undo / redo the way the app performs them.
 */
import type { Command } from '../commands/command';
import type { Orchestration } from '../model/types';
import { useAppStore } from './appStore';

export interface HistoryRun {
  after: Orchestration;
  undone: Orchestration;
  redone: Orchestration;
  entries: number;
}

export function runWithHistory<P>(doc: Orchestration, command: Command<P>, params: P): HistoryRun {
  const store = useAppStore;
  store.getState().exitRun();
  store.getState().replaceDocument(doc);
  store.getState().clearHistory();
  store.getState().dispatch(command, params);
  const after = store.getState().doc;
  const entries = store.temporal.getState().pastStates.length;
  store.getState().undo();
  const undone = store.getState().doc;
  store.getState().redo();
  return { after, undone, redone: store.getState().doc, entries };
}
