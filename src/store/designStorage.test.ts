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
