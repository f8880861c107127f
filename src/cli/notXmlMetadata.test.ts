/**
 * `stageflow validate` on a project folder whose object metadata file is not XML names the file for
 * what it is meant to be (a field's, an object's, a record type's…), as the app's project report does
 * (io/project/notXmlMetadata.test.ts, the same cases): every kind said "not Flow XML: a flow file
 * begins with "<?xml" or "<Flow"".
 */
import { describe, expect, it } from 'vitest';
import { NOT_XML_CASES } from '../io/project/testing/notXmlCases';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';

describe('validate on a project folder: a metadata file that is not XML', () => {
  it.each(NOT_XML_CASES)('$file', async ({ project, file, says }) => {
    // given the project under p/, the file holding a README's text
    const files = filesUnder('p', project());
    expect(Object.hasOwn(files, `p/${file}`)).toBe(true);
    const { io, out } = memoryIo({ ...files, [`p/${file}`]: '# Notes\nsee the wiki' });
    // when
    await validate(['p'], io);
    // then its warning names the kind, and no line about it says Flow
    const lines = out.stderr.split('\n').filter((line) => line.startsWith(`p/${file}:`));
    expect(lines).toContain(`p/${file}: 1:1: warning: ${says}, and this one with "# Notes"`);
    expect(lines.filter((line) => /Flow|flow/.test(line))).toEqual([]);
  });

  it('a field file holding a committed merge conflict is named for it, at its first marker', async () => {
    // given
    const { project, file } = NOT_XML_CASES[0]!;
    const files = filesUnder('p', project());
    const lines = files[`p/${file}`]!.split('\n');
    const { io, out } = memoryIo({ ...files, [`p/${file}`]: [...lines.slice(0, 3), '<<<<<<< HEAD', lines[3], '=======', lines[3], '>>>>>>> feature', ...lines.slice(4)].join('\n') });
    // when
    await validate(['p'], io);
    // then
    expect(out.stderr.split('\n').filter((line) => line.startsWith(`p/${file}:`))).toEqual([
      `p/${file}: 4:1: warning: object metadata not read: the file holds an unresolved git merge conflict (a line starting "<<<<<<<"): keep one side, remove the <<<<<<<, ======= and >>>>>>> lines, and commit the result`,
    ]);
  });
});
