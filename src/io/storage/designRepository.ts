/**
 * Designs kept in IndexedDB: list, open, create, save (with conflict detection between tabs),
 * rename, duplicate, delete and restore (for undo), version history. Every failure is a
 * StorageError with a message for people; nothing here touches the open design in memory.
 */
import type { Orchestration, Scenario } from '../../model/types';
import { MAX_VERSIONS, openDatabase, type Database, type DesignRecord, type VersionReason, type VersionRecord } from './db';
import { ConflictError, StorageError, toStorageError } from './storageErrors';
import { countsOf, documentFields, fromStoredDesign, fromStoredVersion, serialiseDocument, storedDocument, toStoredDesign, type StoredDesign, type StoredVersion } from './storedRecords';

export type DesignSummary = Pick<DesignRecord, 'id' | 'title' | 'createdAt' | 'updatedAt' | 'revision'> & { stages: number; steps: number };

/** A deleted design as `remove` returns it, for `restore` (undo delete). */
export interface DeletedDesign {
  design: StoredDesign;
  versions: StoredVersion[];
}

export interface RepositoryOptions {
  db?: () => Promise<Database>;
  /**
   * A save becomes a new entry of the version history only when the newest version is at least
   * this old (default one minute), so that autosave while typing does not push useful versions
   * out of the last MAX_VERSIONS. The newest state is always in the design itself.
   */
  versionEveryMs?: number;
  now?: () => number;
  newId?: () => string;
}

function titleOf(doc: Orchestration): string {
  return doc.label ?? doc.name;
}

function summarize(r: StoredDesign): DesignSummary {
  const { stages, steps } = countsOf(r);
  return { id: r.id, title: r.title, createdAt: r.createdAt, updatedAt: r.updatedAt, revision: r.revision, stages, steps };
}

/** Creates a repository over the app's database (or the injected one, in tests). */
export function createDesignRepository(options: RepositoryOptions = {}) {
  const db = options.db ?? (() => openDatabase());
  const now = options.now ?? (() => Date.now());
  const newId = options.newId ?? (() => crypto.randomUUID());
  const versionEveryMs = options.versionEveryMs ?? 60_000;

  async function run<T>(work: (d: Database) => Promise<T>): Promise<T> {
    try {
      return await work(await db());
    } catch (e) {
      throw toStorageError(e);
    }
  }

  /**
   * Keeps `r` as a version. 'interval' (autosave) only when the newest version is at least
   * versionEveryMs old; a boundary ('first-change', 'before-import', …) always, unless the newest
   * version already holds this revision; a named version always, naming that version when it does.
   */
  async function addVersion(d: Database, r: StoredDesign, reason: VersionReason, name?: string, doc?: Orchestration): Promise<VersionRecord | null> {
    const tx = d.transaction('versions', 'readwrite');
    let cursor = await tx.store.index('byDesign').openCursor(r.id, 'prev');
    if (cursor && cursor.value.number === undefined) {
      // Versions stored before numbers existed get theirs once, by their order, before any is
      // pruned: numbered only when listed, they would all move down one with each prune.
      let position = 0;
      for (let older = await tx.store.index('byDesign').openCursor(r.id); older; older = await older.continue()) {
        position++;
        if (older.value.number === undefined) await older.update({ ...older.value, number: position });
      }
      cursor = await tx.store.index('byDesign').openCursor(r.id, 'prev');
    }
    const newest = cursor?.value;
    const sameRevision = newest !== undefined && newest.revision === r.revision && newest.designId === r.id;
    if (reason === 'named' && sameRevision && cursor) {
      const named: StoredVersion = { ...newest, name: name ?? '', reason: 'named' };
      await cursor.update(named);
      await tx.done;
      return fromStoredVersion(named);
    }
    const skip = reason === 'interval' ? newest !== undefined && r.updatedAt - newest.savedAt < versionEveryMs : reason !== 'named' && sameRevision;
    if (skip) {
      await tx.done;
      return null;
    }
    // Numbered on from the newest kept.
    const number = (newest?.number ?? 0) + 1;
    // The stored design's text is copied as it is (no parse, no second serialisation).
    const version: StoredVersion = { designId: r.id, revision: r.revision, number, savedAt: r.updatedAt, ...documentFields(r), scenarios: r.scenarios, reason, ...(name !== undefined ? { name } : {}) };
    version.key = await tx.store.add(version);
    const keys = await tx.store.index('byDesign').getAllKeys(r.id);
    for (const key of keys.slice(0, Math.max(0, keys.length - MAX_VERSIONS))) await tx.store.delete(key);
    await tx.done;
    return fromStoredVersion(version, doc);
  }

  return {
    /** Summaries of every design, most recently changed first; `query` filters by title. */
    list: (query = '') =>
      run(async (d) => {
        const all = await d.getAll('designs');
        const q = query.trim().toLowerCase();
        return all.filter((r) => !q || r.title.toLowerCase().includes(q) || countsOf(r).docName.toLowerCase().includes(q))
          .sort((a, b) => b.updatedAt - a.updatedAt).map(summarize);
      }),

    get: (id: string) =>
      run(async (d) => {
        const r = await d.get('designs', id);
        if (!r) throw new StorageError('That design no longer exists (deleted in another tab?).', 'missing');
        return fromStoredDesign(r);
      }),

    create: (doc: Orchestration, scenarios: Scenario[] = []) =>
      run(async (d) => {
        const t = now();
        const r: DesignRecord = { id: newId(), title: titleOf(doc), doc, scenarios, createdAt: t, updatedAt: t, revision: 1 };
        const stored = toStoredDesign(r, serialiseDocument(doc));
        await d.add('designs', stored);
        await addVersion(d, stored, 'created', undefined, doc);
        return r;
      }),

    /**
     * Saves over revision `basedOn`; throws ConflictError when another tab saved in between. The
     * save becomes a version by `reason`: 'interval' (autosave, at most one per versionEveryMs) or a
     * boundary such as 'first-change' (always).
     */
    save: (id: string, doc: Orchestration, scenarios: Scenario[], basedOn: number, reason: VersionReason = 'interval') =>
      run(async (d) => {
        const tx = d.transaction('designs', 'readwrite');
        const stored = await tx.store.get(id);
        if (!stored) throw new StorageError('That design no longer exists (deleted in another tab?).', 'missing');
        if (stored.revision !== basedOn) throw new ConflictError(stored.revision);
        const r: DesignRecord = { id, title: titleOf(doc), doc, scenarios, createdAt: stored.createdAt, updatedAt: now(), revision: stored.revision + 1 };
        const next = toStoredDesign(r, serialiseDocument(doc));
        await tx.store.put(next);
        await tx.done;
        await addVersion(d, next, reason, undefined, doc);
        return r;
      }),

    rename: (id: string, title: string) =>
      run(async (d) => {
        const stored = await d.get('designs', id);
        if (!stored) throw new StorageError('That design no longer exists.', 'missing');
        const doc = { ...storedDocument(stored), label: title };
        const next: DesignRecord = { id, title, doc, scenarios: stored.scenarios, createdAt: stored.createdAt, updatedAt: now(), revision: stored.revision + 1 };
        await d.put('designs', toStoredDesign(next, serialiseDocument(doc)));
        return next;
      }),

    duplicate: (id: string) =>
      run(async (d) => {
        const stored = await d.get('designs', id);
        if (!stored) throw new StorageError('That design no longer exists.', 'missing');
        const t = now();
        const title = `${stored.title} (copy)`;
        const doc = { ...storedDocument(stored), label: title };
        const copy: DesignRecord = { id: newId(), title, doc, scenarios: stored.scenarios, createdAt: t, updatedAt: t, revision: 1 };
        await d.add('designs', toStoredDesign(copy, serialiseDocument(doc)));
        return copy;
      }),

    /** Deletes a design and returns it with its versions, so that the deletion can be undone. */
    remove: (id: string) =>
      run(async (d) => {
        const r = await d.get('designs', id);
        if (!r) throw new StorageError('That design no longer exists.', 'missing');
        const versions = await d.getAllFromIndex('versions', 'byDesign', id);
        const tx = d.transaction(['designs', 'versions'], 'readwrite');
        await tx.objectStore('designs').delete(id);
        for (const v of versions) if (v.key !== undefined) await tx.objectStore('versions').delete(v.key);
        await tx.done;
        return { design: r, versions };
      }),

    /** Puts back what `remove` returned (undo delete). */
    restore: (deleted: DeletedDesign) =>
      run(async (d) => {
        const tx = d.transaction(['designs', 'versions'], 'readwrite');
        await tx.objectStore('designs').put(deleted.design);
        for (const v of deleted.versions) await tx.objectStore('versions').put(v);
        await tx.done;
      }),

    /**
     * Keeps the design as it is stored now as a version, for `reason` (before an import or a
     * restore, on leaving the page, a named "Save version"). A boundary that the newest version
     * already holds adds nothing (returns null); a name names that version instead of copying it.
     */
    checkpoint: (id: string, reason: Exclude<VersionReason, 'interval' | 'created'>, name?: string) =>
      run(async (d) => {
        const r = await d.get('designs', id);
        if (!r) throw new StorageError('That design no longer exists (deleted in another tab?).', 'missing');
        return addVersion(d, r, reason, name);
      }),

    /** The saved versions of a design, newest first (at most MAX_VERSIONS). */
    versions: (id: string) =>
      run(async (d) => {
        const oldestFirst = (await d.getAllFromIndex('versions', 'byDesign', id)).sort((a, b) => a.revision - b.revision);
        // versions stored before numbers existed: numbered by their order
        return oldestFirst.map((v, i) => fromStoredVersion(v.number === undefined ? { ...v, number: i + 1 } : v)).reverse();
      }),
  };
}

export type DesignRepository = ReturnType<typeof createDesignRepository>;
