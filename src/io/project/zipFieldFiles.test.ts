import { describe, expect, it } from 'vitest';
import { lazyArchiveFieldFiles } from './zipFieldFiles';

const entry = (object: string, fieldName: string) => ({ name: `crate/objects/${object}/fields/${fieldName}.field-meta.xml`, path: `objects/${object}/fields/${fieldName}.field-meta.xml` });

describe('lazyArchiveFieldFiles', () => {
  it('reads all the field files of an object in one pass over the archive, and no other object\'s', async () => {
    // given
    const listed = [entry('Lid__c', 'Tight__c'), entry('Lid__c', 'Colour__c'), entry('Box__c', 'Full__c')];
    const passes: string[][] = [];
    const files = lazyArchiveFieldFiles(listed, (names) => {
      passes.push([...names].sort());
      return new Map([...names].map((n) => [n, `text of ${n}`]));
    });
    // when
    const texts = [await files[0]!.read(), await files[1]!.read()];
    // then
    expect(texts).toEqual([`text of ${listed[0]!.name}`, `text of ${listed[1]!.name}`]);
    expect(passes).toEqual([[listed[1]!.name, listed[0]!.name]]);
  });

  it('an entry the pass could not read rejects with why, the others still read', async () => {
    const listed = [entry('Lid__c', 'Tight__c'), entry('Lid__c', 'Huge__c')];
    const files = lazyArchiveFieldFiles(listed, () => new Map([[listed[0]!.name, 'ok']]));
    await expect(files[1]!.read()).rejects.toThrow('the archive entry could not be read');
    await expect(files[0]!.read()).resolves.toBe('ok');
  });
});
