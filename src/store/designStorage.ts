/**
 * The autosave service: the open design is written to IndexedDB within a moment of each change
 * (debounced), and survives a reload or a crash. Failures never touch the design in memory:
 * storage full or blocked shows a message; a save that another tab overtook is a conflict the user
 * resolves (reload theirs, or keep mine as a copy).
 *
 * One service per store (`createDesignStorage`); it owns the repository, the debounce timer and
 * its subscriptions, and is started once the start design is open.
 */
import { createDesignRepository, type DesignRepository } from '../io/storage/designRepository';
import { ConflictError, toStorageError } from '../io/storage/storageErrors';
import { useAppStore, type AppStore } from './appStore';

export const AUTOSAVE_DELAY_MS = 400;
const LAST_DESIGN_KEY = 'stageflow:lastDesign';

export interface DesignStorage {
  /** The repository autosave writes to (created on first use). */
  repository(): DesignRepository;
  /** Starts saving the open design after each change. Returns a stop function. */
  start(): () => void;
  stop(): void;
  /** Writes pending changes at once (before leaving a design, in tests). */
  flush(): Promise<void>;
  /** Conflict resolution: take the other tab's version. */
  reloadFromStorage(): Promise<void>;
  /** Conflict resolution: keep what is open here as a new design. */
  keepAsCopy(): Promise<void>;
  /** The design opened last time in this browser, if any. */
  lastDesignId(): string | null;
}

function rememberLast(id: string) {
  try {
    localStorage.setItem(LAST_DESIGN_KEY, id);
  } catch { /* storage blocked: nothing to remember */ }
}

export function createDesignStorage(store: AppStore, makeRepository: () => DesignRepository = () => createDesignRepository()): DesignStorage {
  let repo: DesignRepository | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;
  const repository = () => (repo ??= makeRepository());

  async function saveNow(): Promise<void> {
    timer = null;
    const { doc, scenarios, designId, revision, setSaveState } = store.getState();
    setSaveState({ saveStatus: 'saving' });
    try {
      const rec = designId ? await repository().save(designId, doc, [...scenarios], revision) : await repository().create(doc, [...scenarios]);
      store.getState().setSaveState({ designId: rec.id, revision: rec.revision, saveStatus: 'saved', saveMessage: null, savedAt: rec.updatedAt });
    } catch (e) {
      if (e instanceof ConflictError) store.getState().setSaveState({ saveStatus: 'conflict', saveMessage: e.message });
      else store.getState().setSaveState({ saveStatus: 'error', saveMessage: toStorageError(e).message });
    }
  }

  function schedule() {
    const state = store.getState();
    if (state.saveStatus === 'conflict') return; // wait for the user's choice
    state.setSaveState({ saveStatus: 'pending' });
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  const service: DesignStorage = {
    repository,
    start() {
      service.stop();
      unsubscribe = store.subscribe((s, prev) => {
        if (s.designId && s.designId !== prev.designId) rememberLast(s.designId);
        // A design that was just opened has nothing to save; an edit of it does.
        if (s.session === prev.session && (s.doc !== prev.doc || s.scenarios !== prev.scenarios)) schedule();
      });
      return service.stop;
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    async flush() {
      if (!timer) return;
      clearTimeout(timer);
      await saveNow();
    },
    async reloadFromStorage() {
      const id = store.getState().designId;
      if (!id) return;
      try {
        store.getState().openStoredDesign(await repository().get(id));
      } catch (e) {
        store.getState().setSaveState({ saveStatus: 'error', saveMessage: toStorageError(e).message });
      }
    },
    async keepAsCopy() {
      store.getState().keepAsNewDesign();
      await saveNow();
    },
    lastDesignId() {
      try {
        return localStorage.getItem(LAST_DESIGN_KEY);
      } catch {
        return null;
      }
    },
  };
  return service;
}

/** The app's design storage, bound to the app's store. */
export const designStorage = createDesignStorage(useAppStore);
