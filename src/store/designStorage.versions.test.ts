// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defineCommand } from '../commands/command';
import { emptyOrchestration } from '../model/factories';
import { openDatabase } from '../io/storage/db';
import { createDesignRepository, type DesignRepository } from '../io/storage/designRepository';
import { createAppStore, type AppStore } from './appStore';
import { createDesignStorage, type DesignStorage } from './designStorage';

const setLabel = defineCommand<string>('orchestration.setLabel', 'Rename', (doc, label) => ({ ...doc, label }));
const rename = defineCommand<string>('orchestration.rename', 'Rename', (doc, label) => ({ ...doc, label, name: label.replace(/\W+/g, '_') }));
let dbCount = 0;

describe('versions on the boundaries of a session', () => {
  let store: AppStore;
  let storage: DesignStorage;
  let repo: DesignRepository;
  let clock: number;
  beforeEach(() => {
    clock = 1_000;
    const name = `versions-${++dbCount}`;
    let ids = 0;
    repo = createDesignRepository({ db: () => openDatabase(name), now: () => clock, newId: () => `d${++ids}` });
    store = createAppStore();
    storage = createDesignStorage(store, () => repo);
  });
  afterEach(() => storage.stop());

  const reasons = async (id: string) => (await repo.versions(id)).map((v) => [v.revision, v.reason, v.name ?? null]);

  it('keeps the design as opened and its first change, then one version a minute, a named one, and one on leaving', async () => {
    // given a stored design whose last autosave (revision 2) was not a version
    const created = await repo.create(emptyOrchestration('Kept'));
    clock += 5_000;
    const saved = await repo.save(created.id, { ...created.doc, label: 'Last session' }, [], created.revision);
    store.getState().openStoredDesign(saved);
    storage.start();
    // when the session's first change is saved, and another 10 s later
    clock += 5_000;
    store.getState().dispatch(setLabel, 'First change');
    await storage.flush();
    clock += 10_000;
    store.getState().dispatch(setLabel, 'Second change');
    await storage.flush();
    // then: as opened (2), the first change (3), and no version for the second (the minute is not over)
    expect(await reasons(created.id)).toEqual([[3, 'first-change', null], [2, 'opened', null], [1, 'created', null]]);
    // when a minute later another change is saved
    clock += 60_000;
    store.getState().dispatch(setLabel, 'A minute on');
    await storage.flush();
    // then
    expect((await reasons(created.id))[0]).toEqual([5, 'interval', null]);
    // when the user saves a named version, changes again, and leaves the page
    await storage.checkpoint('named', 'Ready for review');
    store.getState().dispatch(setLabel, 'Unsaved when leaving');
    window.dispatchEvent(new Event('pagehide'));
    await expect.poll(async () => (await reasons(created.id))[0]).toEqual([6, 'leaving', null]);
    // then the named version kept its name and the last edit is a version
    expect((await reasons(created.id))[1]).toEqual([5, 'named', 'Ready for review']);
    expect((await repo.versions(created.id))[0]!.doc.label).toBe('Unsaved when leaving');
  });

  it('a named version of a design never saved saves it first; leaving twice adds one version', async () => {
    // given an unsaved design
    store.getState().openUnsavedDesign(emptyOrchestration('Fresh'), []);
    storage.start();
    // when
    const named = await storage.checkpoint('named', 'Starting point');
    // then
    const id = store.getState().designId!;
    expect(named).toMatchObject({ revision: 1, name: 'Starting point' });
    expect(await reasons(id)).toEqual([[1, 'named', 'Starting point']]);
    // when the page is hidden twice without a change
    await storage.checkpoint('leaving');
    await storage.checkpoint('leaving');
    // then nothing is duplicated
    expect(await reasons(id)).toEqual([[1, 'named', 'Starting point']]);
  });
  it('a design not stored yet keeps the design as it was opened, then its first change, numbered 1 and 2', async () => {
    // given a design opened but never stored (a sample, /?new)
    store.getState().replaceDocument({ ...emptyOrchestration('Sample'), label: 'As the sample is' });
    storage.start();
    // when its first change is saved
    store.getState().dispatch(setLabel, 'My first change');
    await storage.flush();
    // then the design as opened is version 1 and the change version 2
    const id = store.getState().designId!;
    const versions = await repo.versions(id);
    expect(versions.map((v) => [v.number, v.reason, v.doc.label])).toEqual([[2, 'first-change', 'My first change'], [1, 'created', 'As the sample is']]);
  });

  it('a design not stored yet whose first change renames it (its API name following the label) still keeps it as opened', async () => {
    // given /?new's design, never stored
    store.getState().replaceDocument({ ...emptyOrchestration('New_Orchestration'), label: 'New Orchestration' });
    storage.start();
    // when its first change is a new label, the API name following it
    store.getState().dispatch(rename, 'Hiring');
    await storage.flush();
    // then the design as opened is version 1, the renamed one version 2
    const versions = await repo.versions(store.getState().designId!);
    expect(versions.map((v) => [v.number, v.reason, v.doc.name])).toEqual([[2, 'first-change', 'Hiring'], [1, 'created', 'New_Orchestration']]);
  });

  it('a design not stored yet that an import of another design replaced is created as imported, not as the one before', async () => {
    // given a sample open, never stored
    store.getState().replaceDocument({ ...emptyOrchestration('Sample'), label: 'The sample' });
    storage.start();
    // when another design (another API name) takes its place and is saved
    store.getState().openDocument({ ...emptyOrchestration('Imported'), label: 'Imported' });
    await storage.flush();
    // then its only version is itself
    const versions = await repo.versions(store.getState().designId!);
    expect(versions.map((v) => [v.number, v.reason, v.doc.name])).toEqual([[1, 'created', 'Imported']]);
  });

  it('numbers the versions kept without gaps, though their revisions skip the saves that were not kept', async () => {
    // given a stored design opened, changed three times within a minute, reopened and changed again
    const created = await repo.create(emptyOrchestration('Counted'));
    store.getState().openStoredDesign(created);
    storage.start();
    for (const label of ['one', 'two', 'three']) {
      clock += 1_000;
      store.getState().dispatch(setLabel, label);
      await storage.flush();
    }
    store.getState().openStoredDesign(await repo.get(created.id));
    clock += 1_000;
    store.getState().dispatch(setLabel, 'four');
    await storage.flush();
    // then the revisions kept skip 3 and 4, the numbers do not
    const versions = await repo.versions(created.id);
    expect(versions.map((v) => [v.revision, v.number, v.reason])).toEqual([[5, 4, 'first-change'], [4, 3, 'opened'], [2, 2, 'first-change'], [1, 1, 'created']]);
  });
});
