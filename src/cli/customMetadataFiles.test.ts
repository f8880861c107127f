import { describe, expect, it } from 'vitest';
import { DEFAULT_PROJECT_LIMITS } from '../io/project/limits';
import { customMetadataFilesIn } from './customMetadataFiles';
import { memoryIo } from './testing/memoryIo';

describe('custom metadata records read beside a flow file (customMetadataFilesIn)', () => {
  it('counts the records read toward the project cap in UTF-8 bytes, not characters (FORMAT.md §7)', async () => {
    // given three record files, the first two of 3-byte characters (€) whose characters are within the cap in all and whose bytes are not
    const wide = '\u20ac'.repeat(Math.ceil(DEFAULT_PROJECT_LIMITS.maxTotalBytes / 6) + 1);
    expect(wide.length * 2).toBeLessThan(DEFAULT_PROJECT_LIMITS.maxTotalBytes);
    const { io } = memoryIo({ 'customMetadata/Rate.A.md-meta.xml': wide, 'customMetadata/Rate.B.md-meta.xml': wide, 'customMetadata/Rate.C.md-meta.xml': '<CustomMetadata/>' });
    // when
    const read = await customMetadataFilesIn(io, ['customMetadata'], new Set(['rate__mdt']));
    // then the third is not read, and said so
    expect(read.files.map((f) => f.path)).toEqual(['customMetadata/Rate.A.md-meta.xml', 'customMetadata/Rate.B.md-meta.xml']);
    expect(read.problems).toEqual([{ file: 'customMetadata/Rate.C.md-meta.xml', severity: 'warning', message: 'custom metadata record not read: the record files read are more than the project limit in all' }]);
  });
});
