/**
 * The autosave service: the open design is written to IndexedDB within a moment of each change
 * (debounced), and survives a reload or a crash. Failures never touch the design in memory:
 * storage full or blocked shows a message; a save that another tab overtook is a conflict the user
 * resolves (reload theirs, or keep mine as a copy).
 *
 * One service per store (`createDesignStorage`); it owns the repository, the debounce timer and
 * its subscriptions, and is started once the start design is open.
 *
 * Versions on the boundaries people trust (docs/editor.md, "History"): a session's first change
 * (the design as opened, then the change itself), before an import or a restore and on leaving
 * the page (`checkpoint`), a named "Save version", and at most one a minute while editing (the
 * repository's interval).
 */
import { createDesignRepository, type DesignRepository } from '../io/storage/designRepository';
import type { VersionReason, VersionRecord } from '../io/storage/db';
import { ConflictError, toStorageError } from '../io/storage/storageErrors';
import { useAppStore, type AppStore } from './appStore';
import type { AppState } from './storeTypes';
import { localUnsavedSlots, type UnsavedSlots } from './unsavedSlots';

export const AUTOSAVE_DELAY_MS = 400;
const LAST_DESIGN_KEY = 'stageflow:lastDesign';
const IDLE_WAIT_MS = 1000;

export interface DesignStorage {
  /** The store whose open design this service saves. */
  readonly store: AppStore;
  /** The repository autosave writes to (created on first use). */
  repository(): DesignRepository;
  /**
   * Starts saving the open design after each change. Returns a stop function. `changed`: the design
   * open now is itself a change to save (put in place of the start design before saving started:
   * the test hook's `loadDocument` called as the page starts).
   */
  start(options?: { changed?: boolean }): () => void;
  stop(): void;
  /** Writes pending changes at once (before leaving a design, in tests). */
  flush(): Promise<void>;
  /** Conflict resolution: take the other tab's version. */
  reloadFromStorage(): Promise<void>;
  /** Conflict resolution: keep what is open here as a new design. */
  keepAsCopy(): Promise<void>;
  /** The design opened last time in this browser, if any. */
  lastDesignId(): string | null;
  /**
   * Keeps a change not saved yet where a page being left can still write (localStorage, at once):
   * IndexedDB's answers never come back to a page that is going (a reload right after an edit lost
   * it). Called when the page is hidden or left; true when something was kept.
   */
  keepUnsaved(): boolean;
  /**
   * Stores what `keepUnsaved` kept, once, as the page starts: over the design it was made on when
   * nothing was saved since, else as a new design ("… (recovered)"). The document is read again as
   * an import reads it (`readDocument`: localStorage is not ours alone to write). Resolves to a
   * notice for the user, or null when there was nothing to recover; with the design to open when
   * a design never stored was left at the address `here` is (a sample edited, then reloaded at
   * once: as a reload after its autosave resumes the saved design).
   */
  recoverUnsaved(readDocument?: (json: string) => AppState['doc'] | undefined, here?: string): Promise<Recovered | null>;
  /**
   * Writes pending changes, then keeps the stored design as a version for `reason` (unless the
   * newest version already holds it). A named version of a design never saved saves it first.
   * Resolves to the version kept, or null; a storage failure rejects with a StorageError.
   */
  checkpoint(reason: Exclude<VersionReason, 'interval' | 'created' | 'first-change' | 'opened'>, name?: string): Promise<VersionRecord | null>;
}

/** Calls `work` when the page is idle (requestIdleCallback, at most IDLE_WAIT_MS later), or at once where there is none. */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: IDLE_WAIT_MS });
  else work();
}

function rememberLast(id: string) {
  try {
    localStorage.setItem(LAST_DESIGN_KEY, id);
  } catch { /* storage blocked: nothing to remember */ }
}

/** Calls `leave` when the page is hidden or left (visibilitychange → hidden, pagehide); returns the unsubscribe. */
function watchLeaving(leave: () => void): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') leave();
  };
  const onPageHide = () => leave();
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** Beyond this a design is not copied into localStorage (its quota is about 5 MB of text). */
const MAX_UNSAVED_CHARS = 2_000_000;

/** What `recoverUnsaved` did: a notice, and the design to open instead of the address's, if any. */
export interface Recovered {
  notice: string;
  open: string | null;
}

/** What `keepUnsaved` writes. */
interface UnsavedChange {
  designId: string | null;
  /** The page's address when it was kept (search and hash). */
  from?: string;
  /** The stored revision the change was made on. */
  basedOn: number;
  doc: AppState['doc'];
  scenarios: AppState['scenarios'];
}

function readUnsaved(text: string | null): UnsavedChange | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<UnsavedChange>;
    const ok = typeof value === 'object' && value !== null && (value.designId === null || typeof value.designId === 'string')
      && typeof value.basedOn === 'number' && typeof value.doc === 'object' && value.doc !== null && Array.isArray(value.doc.stages)
      && Array.isArray(value.scenarios) && value.scenarios.every((x: unknown) => typeof x === 'object' && x !== null && (x as { format?: unknown }).format === 'stageflow.scenario');
    return ok ? (value as UnsavedChange) : null;
  } catch {
    return null;
  }
}

export function createDesignStorage(store: AppStore, makeRepository: () => DesignRepository = () => createDesignRepository(), slots?: UnsavedSlots): DesignStorage {
  let unsavedSlots = slots ?? null;
  const unsaved = () => (unsavedSlots ??= localUnsavedSlots());
  let repo: DesignRepository | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;
  let stopLeaving: (() => void) | null = null;
  /** The session whose first change has been saved (its boundary versions are made). */
  let savedSession: number | null = null;
  /** The design as this session opened it: a design not stored yet is created from it, so its first version is what was opened. */
  let opened: { session: number; openings: number; doc: AppState['doc']; scenarios: AppState['scenarios'] } | null = null;
  /**
   * The content last known to be stored (or, for a design not stored yet, as it was opened; null:
   * nothing, as for a copy kept after a conflict): a page left with anything else has a change to keep.
   */
  let saved: { doc: AppState['doc']; scenarios: AppState['scenarios'] } | null = null;
  /** This page kept a change in the slot (a pagehide it survived: the back-forward cache); a later save makes it stale. */
  let keptHere = false;
  const forgetKept = () => {
    if (!keptHere) return;
    keptHere = false;
    unsaved().clear();
  };
  const noteOpened = (s: AppState) => {
    opened = { session: s.session, openings: s.openings, doc: s.doc, scenarios: s.scenarios };
    saved = { doc: s.doc, scenarios: s.scenarios };
  };
  const repository = () => (repo ??= makeRepository());

  /**
   * The saves run one after another, each reading the store as it starts: one that began while the
   * one before was still creating the design would create it a second time, or save on a revision
   * the other just replaced (a conflict with itself).
   */
  let saving: Promise<void> = Promise.resolve();
  function saveNow(): Promise<void> {
    timer = null;
    saving = saving.then(saveOnce);
    return saving;
  }

  async function saveOnce(): Promise<void> {
    const { doc, scenarios, designId, revision, session, setSaveState } = store.getState();
    setSaveState({ saveStatus: 'saving' });
    try {
      const first = savedSession !== session;
      savedSession = session;
      // The design as it was opened, then the first change of this session (both always versions).
      if (designId && first) await repository().checkpoint(designId, 'opened');
      const rec = designId
        ? await repository().save(designId, doc, [...scenarios], revision, first ? 'first-change' : 'interval')
        : await createFromOpened(doc, scenarios, session);
      if (store.getState().session !== session) return; // another design was opened meanwhile: this one's state is not its
      saved = { doc, scenarios };
      forgetKept();
      store.getState().setSaveState({ designId: rec.id, revision: rec.revision, saveStatus: 'saved', saveMessage: null, savedAt: rec.updatedAt });
    } catch (e) {
      if (e instanceof ConflictError) store.getState().setSaveState({ saveStatus: 'conflict', saveMessage: e.message });
      else store.getState().setSaveState({ saveStatus: 'error', saveMessage: toStorageError(e).message });
    }
  }

  /**
   * The first save of a design not stored yet (a sample, /?new, a copy): created as this session
   * opened it ('created'), then saved with the change ('first-change'), as a stored design's first
   * change keeps the design as opened. Created from the change itself, the design as it was opened
   * was kept nowhere. A document put in its place before any save (an import: `openDocument`) is
   * created as it is: the one opened was not a version of it. (Not told by the API name, which
   * follows the label: renaming the design is its most common first change.)
   */
  async function createFromOpened(doc: AppState['doc'], scenarios: AppState['scenarios'], session: number) {
    const state = store.getState();
    const was = opened?.session === session && opened.openings === state.openings ? opened : null;
    const before = was && (was.doc !== doc || was.scenarios !== scenarios) ? was : null;
    if (!before) return repository().create(doc, [...scenarios]);
    const created = await repository().create(before.doc, [...before.scenarios]);
    // the design is stored from here on: should the save of the change fail, the next one saves over
    // it, it does not create another (unless another design was opened meanwhile)
    if (store.getState().session === session) store.getState().setSaveState({ designId: created.id, revision: created.revision });
    return repository().save(created.id, doc, [...scenarios], created.revision, 'first-change');
  }

  function schedule() {
    const state = store.getState();
    if (state.saveStatus === 'conflict') return; // wait for the user's choice
    state.setSaveState({ saveStatus: 'pending' });
    if (timer) clearTimeout(timer);
    // Serialising a big design takes tens of ms: after the pause in typing, when the page is idle
    // (not in the middle of rendering what just changed), and within a second at the latest.
    // A later change, a flush or stop() replaces or clears `timer`, and this one does not save.
    const mine: ReturnType<typeof setTimeout> = setTimeout(() => whenIdle(() => { if (timer === mine) void saveNow(); }), AUTOSAVE_DELAY_MS);
    timer = mine;
  }

  /**
   * Stores one change a page that is gone kept, and only then drops its entry: a start left before
   * that leaves it for the next, which finds the content stored over its design and does nothing.
   * (A design created from it — recovered copy, never stored — would be created again: the new
   * design's id is known only once it is stored, too late to write into the entry.)
   */
  async function recoverOne(key: string, text: string, readDocument?: (json: string) => AppState['doc'] | undefined, here?: string): Promise<Recovered | null> {
    const kept = readUnsaved(text);
    const doc = kept && readDocument ? readDocument(JSON.stringify(kept.doc)) : kept?.doc;
    if (!kept || !doc) {
      unsaved().replace(key, null);
      return null;
    }
    const scenarios = [...kept.scenarios];
    const title = doc.label ?? doc.name;
    const sameContent = (stored: { doc: unknown; scenarios: unknown }) =>
      // compared with the change as it was kept, not as read again: reading may fill in defaults
      JSON.stringify(stored.doc) === JSON.stringify(kept.doc) && JSON.stringify(stored.scenarios) === JSON.stringify(kept.scenarios);
    try {
      let notice: string | null;
      const stored = kept.designId ? await repository().get(kept.designId).catch(() => null) : null;
      if (stored && sameContent(stored)) {
        notice = null; // saved after all (the autosave under way finished, or a start before this one was cut short)
      } else if (stored && kept.designId && stored.revision === kept.basedOn) {
        // the state before the change is kept as a version first (it may be the session's "as opened")
        await repository().checkpoint(kept.designId, 'opened');
        await repository().save(kept.designId, doc, scenarios, kept.basedOn, 'leaving');
        notice = `Your last change to “${title}”, made just before the page was left, is saved.`;
      } else if (stored) {
        const copy = await repository().create({ ...doc, label: `${title} (recovered)` }, scenarios);
        notice = `“${title}” was changed elsewhere since the page was left: your last change is kept as “${copy.title}” (Designs).`;
      } else {
        const created = await repository().create(doc, scenarios);
        rememberLast(created.id);
        unsaved().replace(key, null);
        const reopened = here !== undefined && kept.from === here;
        return { notice: `Your design “${created.title}”, changed just before the page was left, is saved${reopened ? '' : ' (Designs)'}.`, open: reopened ? created.id : null };
      }
      unsaved().replace(key, null);
      return notice === null ? null : { notice, open: null };
    } catch (e) {
      return { notice: `Your last change before the page was left could not be saved yet (it is kept for the next start): ${toStorageError(e).message}`, open: null };
    }
  }

  const service: DesignStorage = {
    store,
    repository,
    start(options) {
      service.stop();
      noteOpened(store.getState());
      unsubscribe = store.subscribe((s, prev) => {
        if (s.session !== prev.session) noteOpened(s);
        if (s.designId && s.designId !== prev.designId) rememberLast(s.designId);
        // A design that was just opened has nothing to save; an edit of it does.
        if (s.session === prev.session && (s.doc !== prev.doc || s.scenarios !== prev.scenarios)) schedule();
      });
      // Hidden is the last moment a page can count on (a phone may discard it without pagehide):
      // the change is kept at once, and saved as usual for as long as the page lives.
      stopLeaving = watchLeaving(() => {
        service.keepUnsaved();
        void service.checkpoint('leaving').catch(() => undefined);
      });
      if (options?.changed) {
        saved = null; // stored nowhere yet: leaving the page keeps it
        schedule();
      }
      return service.stop;
    },
    stop() {
      unsubscribe?.();
      unsubscribe = null;
      stopLeaving?.();
      stopLeaving = null;
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
      saved = null; // the copy is stored nowhere yet: should its save fail, leaving the page keeps it
      await saveNow();
    },
    async checkpoint(reason, name) {
      await service.flush();
      if (!store.getState().designId && reason === 'named') await saveNow();
      const id = store.getState().designId;
      return id ? repository().checkpoint(id, reason, name) : null;
    },
    keepUnsaved() {
      const { doc, scenarios, designId, revision } = store.getState();
      if (saved && saved.doc === doc && saved.scenarios === scenarios) {
        forgetKept();
        return false;
      }
      try {
        const from = typeof window === 'undefined' ? undefined : window.location.search + window.location.hash;
        const text = JSON.stringify({ designId, basedOn: revision, doc, scenarios, ...(from !== undefined ? { from } : {}) } satisfies UnsavedChange);
        if (text.length > MAX_UNSAVED_CHARS) return false;
        unsaved().write(text);
        keptHere = true;
        return true;
      } catch {
        return false; // quota or storage blocked: the autosave under way is all there is
      }
    },
    async recoverUnsaved(readDocument, here) {
      const done: Recovered[] = [];
      for (const { key, text } of await unsaved().orphans()) {
        const recovered = await recoverOne(key, text, readDocument, here);
        if (recovered) done.push(recovered);
      }
      if (done.length === 0) return null;
      return { notice: done.map((r) => r.notice).join(' '), open: done.find((r) => r.open !== null)?.open ?? null };
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
