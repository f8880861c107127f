import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { useDocumentStore } from './documentStore';
import { designRepository, flushAutosave, keepAsCopy, openUnsavedDesign, reloadFromStorage, startAutosave, stopAutosave, usePersistenceStore } from './persistenceStore';

const setLabel = defineCommand<string>('orchestration.setLabel', 'Rename', (doc, label) => ({ ...doc, label }));

describe('autosave', () => {
  afterEach(() => stopAutosave());

  it('saves a new design on its first change, then each change over the previous revision', async () => {
    // given
    openUnsavedDesign(emptyOrchestration('Autosaved'), []);
    startAutosave();
    // when
    useDocumentStore.getState().dispatch(setLabel, 'First');
    await flushAutosave();
    const { designId, revision } = usePersistenceStore.getState();
    useDocumentStore.getState().dispatch(setLabel, 'Second');
    await flushAutosave();
    // then
    expect(designId).not.toBeNull();
    expect(usePersistenceStore.getState()).toMatchObject({ designId, revision: revision + 1, status: 'saved' });
    expect((await designRepository().get(designId!)).doc.label).toBe('Second');
  });

  it('detects a save by another tab, keeps the open design, and offers reload or a copy', async () => {
    openUnsavedDesign(emptyOrchestration('Shared'), []);
    startAutosave();
    useDocumentStore.getState().dispatch(setLabel, 'Mine');
    await flushAutosave();
    const { designId, revision } = usePersistenceStore.getState();
    // when: another tab saves the same design
    await designRepository().save(designId!, { ...emptyOrchestration('Shared'), label: 'Theirs' }, [], revision);
    useDocumentStore.getState().dispatch(setLabel, 'Mine again');
    await flushAutosave();
    // then
    expect(usePersistenceStore.getState().status).toBe('conflict');
    expect(useDocumentStore.getState().doc.label).toBe('Mine again');
    await keepAsCopy();
    expect(usePersistenceStore.getState().designId).not.toBe(designId);
    expect(useDocumentStore.getState().doc.label).toBe('Mine again (my copy)');
    usePersistenceStore.setState({ designId, revision: 0, status: 'conflict' });
    await reloadFromStorage();
    expect(useDocumentStore.getState().doc.label).toBe('Theirs');
  });
});
