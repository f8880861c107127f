import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Stage } from '../../model/types';

const emptyStage = (name: string): Stage => ({ name, steps: [] });
import { openDatabase } from './db';
import { createDesignRepository } from './designRepository';

let dbCount = 0;
function setup() {
  const name = `stored-${++dbCount}`;
  let clock = 1000;
  return { db: () => openDatabase(name), repo: createDesignRepository({ db: () => openDatabase(name), now: () => clock++, newId: () => `d${++dbCount}`, versionEveryMs: 0 }) };
}

describe('stored records', () => {
  it('keeps the document as JSON text, serialised once for the design and its version, with the counts the library lists', async () => {
    // given
    const { db, repo } = setup();
    const doc = { ...emptyOrchestration('Big', 'Big design'), stages: [emptyStage('One'), emptyStage('Two')] };
    // when
    const created = await repo.create(doc);
    // then: the design and its "created" version hold the same text, and the list reads the counts
    const d = await db();
    const stored = await d.get('designs', created.id);
    const [version] = await d.getAllFromIndex('versions', 'byDesign', created.id);
    expect(typeof stored?.docJson).toBe('string');
    expect(stored?.doc).toBeUndefined();
    expect(version?.docJson).toBe(stored?.docJson);
    expect(JSON.parse(stored!.docJson!)).toEqual(doc);
    expect(await repo.list()).toMatchObject([{ id: created.id, stages: 2, steps: 0 }]);
    expect((await repo.get(created.id)).doc).toEqual(doc);
    expect((await repo.versions(created.id))[0]!.doc).toEqual(doc);
  });

  it('reads designs and versions stored before (the document as an object, no counts) and keeps them working', async () => {
    // given records as earlier versions of the app wrote them
    const { db, repo } = setup();
    const doc = { ...emptyOrchestration('Old', 'Old design'), stages: [emptyStage('Only')] };
    const d = await db();
    await d.put('designs', { id: 'old', title: 'Old design', doc, scenarios: [], createdAt: 1, updatedAt: 2, revision: 3 });
    await d.add('versions', { designId: 'old', revision: 2, savedAt: 1, doc, scenarios: [], reason: 'created' });
    // then they are listed, searched by API name, opened, and their versions read
    expect(await repo.list('old')).toMatchObject([{ id: 'old', title: 'Old design', stages: 1, steps: 0 }]);
    expect((await repo.get('old')).doc).toEqual(doc);
    expect((await repo.versions('old'))[0]!.doc).toEqual(doc);
    // when it is checkpointed, renamed and saved
    const kept = await repo.checkpoint('old', 'leaving');
    expect(kept?.doc).toEqual(doc);
    await repo.rename('old', 'Renamed');
    const renamed = await repo.get('old');
    expect(renamed.doc.label).toBe('Renamed');
    const saved = await repo.save('old', { ...renamed.doc, description: 'now' }, [], renamed.revision);
    // then the design is stored as text from then on
    expect((await d.get('designs', 'old'))?.docJson).toBe(JSON.stringify(saved.doc));
    expect((await repo.versions('old')).map((v) => v.revision)).toEqual([5, 3, 2]);
  });
});
