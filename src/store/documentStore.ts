/**
 * The open document and its undo history (zundo). Every edit goes through `dispatch(command,
 * params)` so that the canvas, the properties panel and the outline share one set of actions and
 * undo/redo sees each of them. Selection, viewport and run state live in other stores: they are
 * never part of the history.
 *
 * Gestures (a drag, typing in a field) are one history entry: `beginGesture()` marks the document,
 * live updates go through `updateGesture`, `endGesture()` commits one entry and `cancelGesture()`
 * bails back to the mark.
 */
import { create } from 'zustand';
import { temporal } from 'zundo';
import type { Command } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';

export interface DocumentState {
  doc: Orchestration;
  /** Label of the last recorded edit (for announcements). */
  lastEdit: string | null;
  dispatch<P>(command: Command<P>, params: P): void;
  /** Replaces the whole document as one undoable edit (import, load sample). */
  replaceDocument(doc: Orchestration, label?: string): void;
  beginGesture(): void;
  updateGesture<P>(command: Command<P>, params: P): void;
  endGesture(label?: string): void;
  cancelGesture(): void;
}

let gestureMark: Orchestration | null = null;

export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set, get) => ({
      doc: emptyOrchestration(),
      lastEdit: null,
      dispatch(command, params) {
        const before = get().doc;
        const after = command.apply(before, params);
        if (after !== before) set({ doc: after, lastEdit: command.label });
      },
      replaceDocument(doc, label = 'Replace document') {
        set({ doc, lastEdit: label });
      },
      beginGesture() {
        if (gestureMark) return;
        gestureMark = get().doc;
        useDocumentStore.temporal.getState().pause();
      },
      updateGesture(command, params) {
        const after = command.apply(get().doc, params);
        if (after !== get().doc) set({ doc: after });
      },
      endGesture(label = 'Edit') {
        const mark = gestureMark;
        gestureMark = null;
        const temporalState = useDocumentStore.temporal.getState();
        if (!mark) return;
        const after = get().doc;
        set({ doc: mark });
        temporalState.resume();
        if (after !== mark) set({ doc: after, lastEdit: label });
      },
      cancelGesture() {
        const mark = gestureMark;
        gestureMark = null;
        if (mark) set({ doc: mark });
        useDocumentStore.temporal.getState().resume();
      },
    }),
    {
      limit: 200,
      partialize: (state) => ({ doc: state.doc }),
      equality: (a, b) => a.doc === b.doc,
    },
  ),
);

/** Undo the last edit. */
export const undo = () => useDocumentStore.temporal.getState().undo();
/** Redo the last undone edit. */
export const redo = () => useDocumentStore.temporal.getState().redo();
/** Forget the history (after opening another design). */
export const clearHistory = () => useDocumentStore.temporal.getState().clear();
