import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import { MAX_VERSIONS, openDatabase } from './db';
import { createDesignRepository } from './designRepository';
import { ConflictError, toStorageError } from './storageErrors';

let dbCount = 0;
function repo(versionEveryMs = 0) {
  const name = `test-${++dbCount}`;
  let clock = 1000;
  let id = 0;
  return createDesignRepository({ db: () => openDatabase(name), now: () => clock++, newId: () => `d${++id}`, versionEveryMs });
}

describe('design repository', () => {
  it('creates, lists (newest first, searchable) and reads designs', async () => {
    // given
    const r = repo();
    await r.create(emptyOrchestration('Alpha', 'Alpha flow'));
    await r.create(emptyOrchestration('Beta', 'Beta flow'));
    // then
    expect((await r.list()).map((d) => d.title)).toEqual(['Beta flow', 'Alpha flow']);
    expect((await r.list('alp')).map((d) => d.id)).toEqual(['d1']);
    expect((await r.get('d1')).doc.name).toBe('Alpha');
  });

  it('saves over the revision it read and refuses a save based on an older one (another tab)', async () => {
    const r = repo();
    const created = await r.create(emptyOrchestration());
    const saved = await r.save(created.id, { ...created.doc, label: 'Mine' }, [], created.revision);
    expect(saved.revision).toBe(2);
    // when: a second tab still holds revision 1
    const stale = r.save(created.id, { ...created.doc, label: 'Theirs' }, [], created.revision);
    // then
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await r.get(created.id)).doc.label).toBe('Mine');
  });

  it('renames, duplicates, deletes and restores a deleted design with its versions', async () => {
    const r = repo();
    const a = await r.create(emptyOrchestration());
    await r.rename(a.id, 'Renamed');
    const copy = await r.duplicate(a.id);
    expect(copy.title).toBe('Renamed (copy)');
    const deleted = await r.remove(a.id);
    expect((await r.list()).map((d) => d.id)).toEqual([copy.id]);
    await r.restore(deleted);
    expect((await r.get(a.id)).title).toBe('Renamed');
    expect((await r.versions(a.id)).length).toBe(1);
  });

  it(`keeps the last ${MAX_VERSIONS} versions, newest first`, async () => {
    const r = repo();
    let rec = await r.create(emptyOrchestration());
    for (let i = 0; i < MAX_VERSIONS + 5; i++) rec = await r.save(rec.id, { ...rec.doc, description: String(i) }, [], rec.revision);
    const versions = await r.versions(rec.id);
    expect(versions).toHaveLength(MAX_VERSIONS);
    expect(versions[0]!.revision).toBe(rec.revision);
  });

  it('adds a version at most once per interval while autosaving, always on creation', async () => {
    const r = repo(1000);
    let rec = await r.create(emptyOrchestration());
    for (let i = 0; i < 5; i++) rec = await r.save(rec.id, { ...rec.doc, description: String(i) }, [], rec.revision);
    expect((await r.versions(rec.id)).map((v) => v.revision)).toEqual([1]);
  });

  it('with a fake clock: autosave keeps at most one version a minute; a session’s first change always', async () => {
    // given a repository on a clock the test moves
    let clock = 0;
    const name = `test-${++dbCount}`;
    const r = createDesignRepository({ db: () => openDatabase(name), now: () => clock, newId: () => 'd1' });
    let rec = await r.create(emptyOrchestration());
    const edit = async (reason?: 'first-change') => {
      rec = await r.save(rec.id, { ...rec.doc, description: String(rec.revision) }, [], rec.revision, reason);
    };
    // when: a first change 5 s in, edits every 10 s for 70 s
    clock = 5_000;
    await edit('first-change');
    for (let t = 15_000; t <= 75_000; t += 10_000) {
      clock = t;
      await edit();
    }
    // then: creation, the first change, and one autosave a minute after it
    const versions = await r.versions(rec.id);
    expect(versions.map((v) => [v.revision, v.savedAt, v.reason])).toEqual([
      [8, 65_000, 'interval'],
      [2, 5_000, 'first-change'],
      [1, 0, 'created'],
    ]);
  });

  it('a boundary checkpoint keeps the stored state once; a named version names it or adds one', async () => {
    // given a design whose last autosave did not become a version
    const r = repo(60_000);
    let rec = await r.create(emptyOrchestration());
    rec = await r.save(rec.id, { ...rec.doc, description: 'edited' }, [], rec.revision);
    expect((await r.versions(rec.id)).map((v) => v.revision)).toEqual([1]);
    // when it is checkpointed before an import, twice
    const first = await r.checkpoint(rec.id, 'before-import');
    const again = await r.checkpoint(rec.id, 'leaving');
    // then the stored state is a version, once
    expect(first).toMatchObject({ revision: 2, reason: 'before-import' });
    expect(again).toBeNull();
    // when the user names the current state, then changes it and names it again
    await r.checkpoint(rec.id, 'named', 'Before review');
    rec = await r.save(rec.id, { ...rec.doc, description: 'reviewed' }, [], rec.revision);
    await r.checkpoint(rec.id, 'named', 'Reviewed');
    // then
    const versions = await r.versions(rec.id);
    expect(versions.map((v) => [v.revision, v.name ?? null, v.reason])).toEqual([
      [3, 'Reviewed', 'named'],
      [2, 'Before review', 'named'],
      [1, null, 'created'],
    ]);
    expect(versions[0]!.doc.description).toBe('reviewed');
    await expect(r.checkpoint('nope', 'leaving')).rejects.toThrow('no longer exists');
  });

  it('turns a full disk into a message that says the design is still open', () => {
    const e = toStorageError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    expect(e.kind).toBe('full');
    expect(e.message).toMatch(/still open/);
  });
  it('numbers versions stored before numbers existed by their order, and the next one after them', async () => {
    // given a design with two versions stored without a number (an earlier Stageflow)
    const name = `test-${++dbCount}`;
    const r = createDesignRepository({ db: () => openDatabase(name), now: () => 1000, newId: () => 'old', versionEveryMs: 0 });
    const created = await r.create(emptyOrchestration());
    await r.save(created.id, { ...created.doc, label: 'two' }, [], created.revision);
    const db = await openDatabase(name);
    for (const v of await db.getAll('versions')) {
      const { number: _dropped, ...legacy } = v;
      await db.put('versions', legacy);
    }
    db.close();
    // when they are listed, and a third is kept
    expect((await r.versions('old')).map((v) => v.number)).toEqual([2, 1]);
    await r.save(created.id, { ...created.doc, label: 'three' }, [], 2);
    // then
    expect((await r.versions('old')).map((v) => [v.revision, v.number])).toEqual([[3, 3], [2, 2], [1, 1]]);
    // and the older ones keep their numbers once the oldest are pruned (MAX_VERSIONS)
    for (let revision = 3; revision < MAX_VERSIONS + 1; revision++) await r.save(created.id, { ...created.doc, label: `v${revision + 1}` }, [], revision);
    const kept = await r.versions('old');
    expect(kept).toHaveLength(MAX_VERSIONS);
    expect(kept.map((v) => v.number)).toEqual(kept.map((v) => v.revision));
    expect(kept.at(-1)!.number).toBe(2); // the first pruned; the second, stored without a number, is still 2
  });
});
