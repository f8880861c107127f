/**
 * The open document, its undo history (zundo, see appStore.ts) and its validation problems. Every
 * edit goes through `dispatch(command, params)`, so the canvas, the properties panel and the
 * outline share one set of edits and undo/redo sees each of them.
 *
 * The edit lock lives here, where edits are dispatched: while a run is shown (`selectRunning`),
 * dispatch, gestures, replacing the document, undo and redo change nothing and say why.
 *
 * Gestures (a drag, typing in a field) are one history entry: `beginGesture()` marks the document,
 * live updates go through `updateGesture`, `endGesture()` commits one entry and `cancelGesture()`
 * bails back to the mark (DESIGN.md §3).
 */
import type { Command } from '../commands/command';
import { neighbourAfterDelete } from '../commands/deleteNeighbour';
import { elementsBroughtBack } from '../commands/elementsBroughtBack';
import { emptyOrchestration } from '../model/factories';
import type { Orchestration } from '../model/types';
import { drawsLater } from './bigDesign';
import { createProblemMemo, type ProblemMemo, type Validator } from './problems';
import { selectRunning } from './selectors';
import type { AppStoreApi, SliceCreator } from './storeTypes';

/** Prepares the drawing of a big design just opened; the design is drawn once it resolves. */
export type DrawPreparer = (doc: Orchestration) => Promise<unknown>;

export const EDIT_LOCKED_NOTICE = 'The design is read-only while a run is shown. Exit the run to edit it.';

export interface DocumentSlice {
  doc: Orchestration;
  /**
   * A big design just opened (`doc`), which the canvas and the outline draw in the tasks that follow,
   * showing the document open before it (`before`) meanwhile (drawnDocument.ts); null otherwise.
   * `ready`: what drawing it needs has been prepared (the canvas's preparer, `setDrawPreparer`).
   */
  drawLater: { doc: Orchestration; before: Orchestration; ready: boolean } | null;
  /** Counts `openDocument` calls: another document put in place of the open one (an import), not an edit of it. */
  openings: number;
  /** The document before the gesture in progress; null outside a gesture. */
  gestureMark: Orchestration | null;
  /** Validation problems by document version (read them with `selectProblems`). */
  problemMemo: ProblemMemo;
  /** The validator is loaded: problems are known, Run and Export may go. */
  validatorReady: boolean;
  /** Hands the (lazily loaded) validator to the store; every reader of problems updates. */
  setValidator(validate: Validator): void;
  /** Checks beyond the document's rules (the project's), shown with its problems; null: none. */
  setExtraChecks(check: Validator | null): void;
  /** Counts `setExtraChecks` calls, so readers of the problems see new checks at once. */
  extraChecks: number;
  /** Applies `command` as one undoable edit; false when refused (a run is shown) or nothing changed. */
  dispatch<P>(command: Command<P>, params: P): boolean;
  /** Replaces the whole document as one undoable edit (import, restore a version). */
  replaceDocument(doc: Orchestration): boolean;
  /** Opens `doc` in the editor: clears the selection, replaces the document, frames it. */
  openDocument(doc: Orchestration, options?: { fresh?: boolean }): boolean;
  /**
   * What must be done before a big design just opened is drawn (the canvas plans its stages in
   * tasks of their own, canvas/prepareDrawing.ts); null: nothing, it is drawn at once. A preparer
   * that fails only stops waiting.
   */
  setDrawPreparer(prepare: DrawPreparer | null): void;
  beginGesture(): void;
  updateGesture<P>(command: Command<P>, params: P): void;
  endGesture(): void;
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /** Forgets the history (after opening another design). */
  clearHistory(): void;
}

export const createDocumentSlice = (validate?: Validator): SliceCreator<DocumentSlice> => (set, get, api) => {
  const history = () => (api as unknown as AppStoreApi).temporal.getState();
  let preparer: DrawPreparer | null = null;
  /** The edit lock: true (and the user is told) when a run is shown. */
  const locked = () => {
    if (!selectRunning(get())) return false;
    get().notify('info', EDIT_LOCKED_NOTICE);
    return true;
  };
  /**
   * After an undo or redo: the elements it brought back (a delete undone, an add redone) become the
   * selection, as the edit that made them selected them; the selection stayed where it was, so a
   * step whose delete was undone came back unselected and the next Delete acted on its neighbour.
   * One that only takes elements away (a delete redone, an add undone) while they were selected
   * selects their neighbour, as Delete does: the selection went with them, focus fell to the canvas
   * and the next Delete did nothing. A selection elsewhere is left alone.
   */
  const selectAfterUndoOrRedo = (before: Orchestration) => {
    const after = get().doc;
    const back = elementsBroughtBack(before, after);
    if (back.length > 0) {
      get().select(back);
      return;
    }
    const gone = elementsBroughtBack(after, before);
    if (!get().selected.some((name) => gone.includes(name))) return;
    const neighbour = neighbourAfterDelete(before, gone);
    if (neighbour) get().select([neighbour]);
  };
  return {
    doc: emptyOrchestration(),
    drawLater: null,
    openings: 0,
    gestureMark: null,
    problemMemo: createProblemMemo(validate),
    validatorReady: validate !== undefined,
    setValidator(next) {
      get().problemMemo.setValidator(next);
      set({ validatorReady: true });
    },
    extraChecks: 0,
    setExtraChecks(check) {
      get().problemMemo.setExtraChecks(check);
      set({ extraChecks: get().extraChecks + 1 });
    },
    dispatch(command, params) {
      if (locked()) return false;
      const before = get().doc;
      const after = command.apply(before, params);
      if (after === before) return false;
      set({ doc: after });
      return true;
    },
    replaceDocument(doc) {
      if (locked()) return false;
      set({ doc });
      return true;
    },
    openDocument(doc, options = {}) {
      if (locked()) return false;
      const big = drawsLater(doc);
      const prepare = big ? preparer : null;
      set({ selected: [], selectedEdges: [], renaming: null, doc, drawLater: big ? { doc, before: get().doc, ready: !prepare } : null, openings: get().openings + 1 });
      if (options.fresh) history().clear();
      get().requestFit();
      if (prepare) {
        const ready = () => {
          const later = get().drawLater;
          if (later?.doc === doc && !later.ready) set({ drawLater: { ...later, ready: true } });
        };
        void prepare(doc).then(ready, ready);
      }
      return true;
    },
    setDrawPreparer(prepare) {
      preparer = prepare;
    },
    beginGesture() {
      if (get().gestureMark || locked()) return;
      set({ gestureMark: get().doc });
      history().pause();
    },
    updateGesture(command, params) {
      if (!get().gestureMark && locked()) return;
      const after = command.apply(get().doc, params);
      if (after !== get().doc) set({ doc: after });
    },
    endGesture() {
      const mark = get().gestureMark;
      if (!mark) return;
      const after = get().doc;
      set({ gestureMark: null, doc: mark });
      history().resume();
      if (after !== mark) set({ doc: after });
    },
    cancelGesture() {
      const mark = get().gestureMark;
      if (mark) set({ gestureMark: null, doc: mark });
      history().resume();
    },
    undo() {
      if (locked()) return;
      const before = get().doc;
      history().undo();
      selectAfterUndoOrRedo(before);
    },
    redo() {
      if (locked()) return;
      const before = get().doc;
      history().redo();
      selectAfterUndoOrRedo(before);
    },
    clearHistory() {
      history().clear();
    },
  };
};
