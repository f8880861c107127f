import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { createAppStore, type AppStore } from './appStore';
import { AUTOSAVE_DELAY_MS, createDesignStorage, type DesignStorage } from './designStorage';

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
  /** localStorage's part, in memory. */
  function memorySlot() {
    let text: string | null = null;
    return { read: () => text, write: (t: string) => { text = t; }, clear: () => { text = null; } };
  }

  /** A stored design given a first label, then changed to `label` with its autosave still waiting. */
  async function storedThenChanged(store: AppStore, storage: DesignStorage, label: string): Promise<string> {
    store.getState().openUnsavedDesign(emptyOrchestration('Kept'), []);
    storage.start();
    store.getState().dispatch(setLabel, 'Saved');
    await storage.flush();
    store.getState().dispatch(setLabel, label);
    return store.getState().designId!;
  }

  it('is kept on leaving and saved over its design as the next page starts', async () => {
    // given a change whose autosave has not run when the page is left
    const slot = memorySlot();
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, slot);
    const id = await storedThenChanged(store, storage, 'Unsaved');
    // when the page is left (its save never gets to write), and the next page starts
    expect(storage.keepUnsaved()).toBe(true);
    storage.stop();
    const next = createDesignStorage(createAppStore(), () => storage.repository(), slot);
    const notice = await next.recoverUnsaved();
    // then the change is stored, as a version "on leaving the page", and kept once only
    expect(notice).toContain('“Unsaved”');
    expect((await next.repository().get(id)).doc.label).toBe('Unsaved');
    expect((await next.repository().versions(id))[0]).toMatchObject({ reason: 'leaving' });
    expect(slot.read()).toBeNull();
    expect(await next.recoverUnsaved()).toBeNull();
  });

  it('is nothing to keep once saved, and a save after a kept change makes it stale', async () => {
    const slot = memorySlot();
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, slot);
    await storedThenChanged(store, storage, 'Later');
    // when the page is hidden but stays (the back-forward cache), then saves
    expect(storage.keepUnsaved()).toBe(true);
    await storage.flush();
    // then nothing is left to recover, and leaving now keeps nothing
    expect(slot.read()).toBeNull();
    expect(storage.keepUnsaved()).toBe(false);
    storage.stop();
  });

  it('saved after all (the autosave finished as the page went): nothing to recover', async () => {
    const slot = memorySlot();
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, slot);
    const id = await storedThenChanged(store, storage, 'Finished');
    storage.keepUnsaved();
    const text = slot.read();
    await storage.flush(); // the save that finished after all
    slot.write(text!); // …though the slot was written before it
    storage.stop();
    const next = createDesignStorage(createAppStore(), () => storage.repository(), slot);
    expect(await next.recoverUnsaved()).toBeNull();
    expect((await next.repository().list()).filter((d) => d.title.includes('recovered'))).toEqual([]);
    expect((await next.repository().get(id)).doc.label).toBe('Finished');
  });

  it('a design changed elsewhere since keeps it, and the change becomes a design of its own', async () => {
    const slot = memorySlot();
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, slot);
    const id = await storedThenChanged(store, storage, 'Mine');
    storage.keepUnsaved();
    storage.stop();
    // another tab saves the design meanwhile
    const stored = await storage.repository().get(id);
    await storage.repository().save(id, { ...stored.doc, label: 'Theirs' }, [], stored.revision);
    // when the next page starts
    const next = createDesignStorage(createAppStore(), () => storage.repository(), slot);
    const notice = await next.recoverUnsaved();
    // then theirs stays, and mine is a new design
    expect(notice).toContain('“Mine (recovered)”');
    expect((await next.repository().get(id)).doc.label).toBe('Theirs');
    expect((await next.repository().list('Mine (recovered)')).length).toBe(1);
  });

  it('a design never stored is created from it; a document that does not read is dropped', async () => {
    const slot = memorySlot();
    const store = createAppStore();
    const storage = createDesignStorage(store, undefined, slot);
    store.getState().openUnsavedDesign(emptyOrchestration('Fresh'), []);
    storage.start();
    store.getState().dispatch(setLabel, 'Fresh and changed');
    expect(storage.keepUnsaved()).toBe(true);
    storage.stop();
    const next = createDesignStorage(createAppStore(), () => storage.repository(), slot);
    expect(await next.recoverUnsaved()).toContain('“Fresh and changed”');
    expect((await next.repository().list('Fresh and changed')).length).toBe(1);
    // and what the import refuses is not stored
    slot.write(JSON.stringify({ designId: null, basedOn: 0, doc: { stages: [] }, scenarios: [] }));
    expect(await next.recoverUnsaved(() => undefined)).toBeNull();
    slot.write('{"not json');
    expect(await next.recoverUnsaved()).toBeNull();
    expect(slot.read()).toBeNull();
  });
});
