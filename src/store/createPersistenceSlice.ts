/**
 * Where the open design stands in this browser's storage (IndexedDB): its id and revision, and
 * whether it is saved. The stored designs themselves are read through TanStack Query (the
 * library), never mirrored here; the autosave service (designStorage.ts) writes them.
 *
 * Opening a design replaces the document and the scenarios in one write and starts a new
 * `session`, so the autosave service can tell an opened design (nothing to save) from an edit.
 */
import type { DesignRecord } from '../io/storage/db';
import type { Orchestration, Scenario } from '../model/types';
import { scenariosOrDefault } from './createScenarioSlice';
import type { AppStoreApi, SliceCreator } from './storeTypes';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'conflict';

export interface SaveState {
  designId: string | null;
  revision: number;
  saveStatus: SaveStatus;
  saveMessage: string | null;
  savedAt: number | null;
}

export interface PersistenceSlice extends SaveState {
  /** Incremented each time another design is opened. */
  session: number;
  setSaveState(state: Partial<SaveState>): void;
  /** Shows a stored design: document and scenarios, without undo history. */
  openStoredDesign(rec: DesignRecord): void;
  /** Starts a new stored design from a document (sample, import, share link): saved on first change. */
  openUnsavedDesign(doc: Orchestration, scenarios: readonly Scenario[]): void;
  /** Conflict resolution: the open design becomes a new stored design, labelled as a copy (undoable). */
  keepAsNewDesign(): void;
}

export const createPersistenceSlice: SliceCreator<PersistenceSlice> = (set, get, api) => {
  function open(doc: Orchestration, scenarios: readonly Scenario[], save: SaveState) {
    get().exitRun();
    set({ doc, scenarios: scenariosOrDefault(scenarios), activeScenario: 0, selected: [], selectedEdges: [], renaming: null, gestureMark: null, session: get().session + 1, ...save });
    (api as unknown as AppStoreApi).temporal.getState().clear();
  }
  return {
    designId: null,
    revision: 0,
    saveStatus: 'idle',
    saveMessage: null,
    savedAt: null,
    session: 0,
    setSaveState(state) {
      set(state);
    },
    openStoredDesign(rec) {
      open(rec.doc, rec.scenarios, { designId: rec.id, revision: rec.revision, saveStatus: 'saved', saveMessage: null, savedAt: rec.updatedAt });
    },
    openUnsavedDesign(doc, scenarios) {
      open(doc, scenarios, { designId: null, revision: 0, saveStatus: 'idle', saveMessage: null, savedAt: null });
    },
    keepAsNewDesign() {
      const { doc, session } = get();
      // the copy is the design the admin was looking at, opened from the same project: its report
      // stays with it (File ▸ Show project report…, *chosen*, docs/projects.md), as its edits do
      const kept = get().openedReport;
      const report = kept && kept.session === session ? { openedReport: { ...kept, session: session + 1 } } : {};
      set({ doc: { ...doc, label: `${doc.label ?? doc.name} (my copy)` }, designId: null, revision: 0, saveStatus: 'pending', session: session + 1, ...report });
    },
  };
};
