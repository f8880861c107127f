import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { createAppStore, type AppStore } from './appStore';
import { AUTOSAVE_DELAY_MS, createDesignStorage, type DesignStorage } from './designStorage';
import { memoryUnsavedSlots } from './unsavedSlots';

const setLabel = defineCommand<string>('orchestration.setLabel', 'Rename', (doc, label) => ({ ...doc, label }));

describe('autosave', () => {
  let store: AppStore;
  let storage: DesignStorage;
  beforeEach(() => {
    store = createAppStore();
    storage = createDesignStorage(store);
  });
  afterEach(() => storage.stop());

  it('saves a new design on its first change, then each change over the previous revision', async () => {
    // given
    store.getState().openUnsavedDesign(emptyOrchestration('Autosaved'), []);
    storage.start();
    // when
    store.getState().dispatch(setLabel, 'First');
    await storage.flush();
    const { designId, revision } = store.getState();
    store.getState().dispatch(setLabel, 'Second');
    await storage.flush();
    // then
    expect(designId).not.toBeNull();
    expect(store.getState()).toMatchObject({ designId, revision: revision + 1, saveStatus: 'saved' });
    expect((await storage.repository().get(designId!)).doc.label).toBe('Second');
  });

  it('saves after the pause in typing only once the page is idle, never in the task of the change', async () => {
    // given a page whose idle callbacks the test runs
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (work: () => void) => idle.push(work));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      store.getState().openUnsavedDesign(emptyOrchestration('Idle'), []);
      storage.start();
      // when a change is made and the pause is over
      store.getState().dispatch(setLabel, 'Changed');
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      // then nothing is saved yet: the save waits for the idle callback
      expect(store.getState().saveStatus).toBe('pending');
      expect(idle).toHaveLength(1);
      // when a second change comes before the page is idle, the first callback saves nothing
      store.getState().dispatch(setLabel, 'Changed again');
      idle.shift()!();
      expect(store.getState().saveStatus).toBe('pending');
      vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
      idle.shift()!();
      vi.useRealTimers();
      await vi.waitFor(() => expect(store.getState().saveStatus).toBe('saved'));
      expect((await storage.repository().get(store.getState().designId!)).doc.label).toBe('Changed again');
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
  });

  it('saves a document put in place before saving started (the test hook as the page starts), as a change', async () => {
    // given a document loaded before the service started
    store.getState().openUnsavedDesign(emptyOrchestration('Loaded early'), []);
    // when saving starts, told the open design is a change
    storage.start({ changed: true });
    await storage.flush();
    // then it is stored
    const { designId } = store.getState();
    expect(designId).not.toBeNull();
    expect((await storage.repository().get(designId!)).doc.name).toBe(store.getState().doc.name);
  });

  it('does not save a design that was only opened', async () => {
    // given
    storage.start();
    // when
    store.getState().openUnsavedDesign(emptyOrchestration('Opened'), []);
    await storage.flush();
    // then
    expect(store.getState()).toMatchObject({ designId: null, saveStatus: 'idle' });
  });

  it('detects a save by another tab, keeps the open design, and offers reload or a copy', async () => {
    store.getState().openUnsavedDesign(emptyOrchestration('Shared'), []);
    storage.start();
    store.getState().dispatch(setLabel, 'Mine');
    await storage.flush();
    const { designId, revision } = store.getState();
    // when: another tab saves the same design
    await storage.repository().save(designId!, { ...emptyOrchestration('Shared'), label: 'Theirs' }, [], revision);
    store.getState().dispatch(setLabel, 'Mine again');
    await storage.flush();
    // then
    expect(store.getState().saveStatus).toBe('conflict');
    expect(store.getState().doc.label).toBe('Mine again');
    await storage.keepAsCopy();
    expect(store.getState().designId).not.toBe(designId);
    expect(store.getState().doc.label).toBe('Mine again (my copy)');
    store.getState().setSaveState({ designId, revision: 0, saveStatus: 'conflict' });
    await storage.reloadFromStorage();
    expect(store.getState().doc.label).toBe('Theirs');
  });
});

describe('a change not saved yet when the page is left', () => {
  /** A stored design given a first label, then changed to `label` with its autosave still waiting. */
  async function storedThenChanged(store: AppStore, storage: DesignStorage, label: string): Promise<string> {
    store.getState().openUnsavedDesign(emptyOrchestration('Kept'), []);
    storage.start();
    store.getState().dispatch(setLabel, 'Saved');
    await storage.flush();
    store.getState().dispatch(setLabel, label);
    return store.getState().designId!;
  }

  /** The first page, whose entries live in `entries` (localStorage's part, in memory). */
  function firstPage(entries: Map<string, string>) {
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, memoryUnsavedSlots(entries, 'first'));
    return { store, storage };
  }

  /** A page that starts next over the same storage; `alive` lists pages still open. */
  function nextPage(entries: Map<string, string>, storage: DesignStorage, alive: string[] = []) {
    return createDesignStorage(createAppStore(), () => storage.repository(), memoryUnsavedSlots(entries, 'next', () => new Set(alive)));
  }

  it('is kept on leaving and saved over its design as the next page starts, after the state before it', async () => {
    // given a change whose autosave has not run when the page is left
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    const id = await storedThenChanged(store, storage, 'Unsaved');
    // when the page is left (its save never gets to write), and the next page starts
    expect(storage.keepUnsaved()).toBe(true);
    storage.stop();
    const next = nextPage(entries, storage);
    const notice = (await next.recoverUnsaved())?.notice;
    // then the change is stored, as a version "on leaving the page" after the state it was made on, and kept once only
    expect(notice).toContain('“Unsaved”');
    expect((await next.repository().get(id)).doc.label).toBe('Unsaved');
    const versions = await next.repository().versions(id);
    expect(versions[0]).toMatchObject({ reason: 'leaving' });
    expect(versions.some((v) => v.doc.label === 'Saved')).toBe(true);
    expect(entries.size).toBe(0);
    expect(await next.recoverUnsaved()).toBeNull();
  });

  it('is left alone while its page is open (a hidden tab saves it itself)', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    const id = await storedThenChanged(store, storage, 'Still open');
    storage.keepUnsaved();
    // when another page starts while the first one is only hidden
    const next = nextPage(entries, storage, ['first']);
    expect(await next.recoverUnsaved()).toBeNull();
    // then the design is as the first page last saved it, and the first page's entry stays for it
    expect((await next.repository().get(id)).doc.label).toBe('Saved');
    expect(entries.size).toBe(1);
    storage.stop();
  });

  it('is nothing to keep once saved, and a save after a kept change clears it', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    await storedThenChanged(store, storage, 'Later');
    // when the page is hidden but stays, then saves
    expect(storage.keepUnsaved()).toBe(true);
    await storage.flush();
    // then nothing is left, and hiding it now keeps nothing
    expect(entries.size).toBe(0);
    expect(storage.keepUnsaved()).toBe(false);
    storage.stop();
  });

  it('saved after all (the autosave finished as the page went): nothing to recover', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    const id = await storedThenChanged(store, storage, 'Finished');
    storage.keepUnsaved();
    const kept = new Map(entries);
    await storage.flush(); // the save that finished after all…
    for (const [k, v] of kept) entries.set(k, v); // …though the entry was written before it
    storage.stop();
    const next = nextPage(entries, storage);
    expect(await next.recoverUnsaved()).toBeNull();
    expect(await next.repository().list('Finished (recovered)')).toEqual([]);
    expect((await next.repository().get(id)).doc.label).toBe('Finished');
    expect(entries.size).toBe(0);
  });

  it('a design changed elsewhere since keeps it, and the change becomes a design of its own, once', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    const id = await storedThenChanged(store, storage, 'Mine');
    storage.keepUnsaved();
    storage.stop();
    // another tab saves the design meanwhile
    const stored = await storage.repository().get(id);
    await storage.repository().save(id, { ...stored.doc, label: 'Theirs' }, [], stored.revision);
    // when the next page starts
    const next = nextPage(entries, storage);
    const notice = (await next.recoverUnsaved())?.notice;
    // then theirs stays, and mine is a new design
    expect(notice).toContain('“Mine (recovered)”');
    expect((await next.repository().get(id)).doc.label).toBe('Theirs');
    expect((await next.repository().list('Mine (recovered)')).length).toBe(1);
  });

  it('cut short (the page left again before its entry was dropped), a second start stores nothing twice', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    const id = await storedThenChanged(store, storage, 'Saved once');
    storage.keepUnsaved();
    storage.stop();
    // when the next page saves the change over its design but is gone before it drops the entry
    const slots = memoryUnsavedSlots(entries, 'next');
    const cutShort = { ...slots, replace: (key: string, text: string | null) => (text === null ? undefined : slots.replace(key, text)) };
    const repository = storage.repository();
    expect((await createDesignStorage(createAppStore(), () => repository, cutShort).recoverUnsaved())?.notice).toContain('is saved');
    expect(entries.size).toBe(1);
    const revision = (await repository.get(id)).revision;
    // then the start after it finds the change stored: no second save, no copy, and the entry is dropped
    const third = createDesignStorage(createAppStore(), () => repository, memoryUnsavedSlots(entries, 'third'));
    expect(await third.recoverUnsaved()).toBeNull();
    expect((await repository.get(id)).revision).toBe(revision);
    expect(await repository.list('Saved once (recovered)')).toEqual([]);
    expect(entries.size).toBe(0);
  });

  it('a design never stored is created from it; an entry that does not read is dropped', async () => {
    const entries = new Map<string, string>();
    const { store, storage } = firstPage(entries);
    store.getState().openUnsavedDesign(emptyOrchestration('Fresh'), []);
    storage.start();
    store.getState().dispatch(setLabel, 'Fresh and changed');
    expect(storage.keepUnsaved()).toBe(true);
    storage.stop();
    const next = nextPage(entries, storage);
    expect(await next.recoverUnsaved(undefined, '?sample=fresh')).toMatchObject({ notice: expect.stringContaining('“Fresh and changed”'), open: null });
    expect((await next.repository().list('Fresh and changed')).length).toBe(1);
    // and what the import refuses, or what is not JSON, is not stored
    entries.set('stageflow:unsaved:gone1', JSON.stringify({ designId: null, basedOn: 0, doc: { stages: [] }, scenarios: [] }));
    expect(await next.recoverUnsaved(() => undefined)).toBeNull();
    entries.set('stageflow:unsaved:gone2', '{"not json');
    expect(await next.recoverUnsaved()).toBeNull();
    expect(entries.size).toBe(0);
  });
});
