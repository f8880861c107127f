/**
 * A design read from Flow XML is checked for its structure as well as its rules, as the app checks
 * it on import and as `validate` checks the JSON that `convert` writes from it: with the rules
 * alone, a <label> of 4 million characters passed `stageflow validate` (ok, exit 0).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../io/project/testing/projectFiles';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';

const xml = readFileSync('src/io/xml/__fixtures__/real/Orchestration_Case.flow-meta.xml', 'utf8');
const LONG = 'x'.repeat(300);

describe('a Flow XML design whose values are out of the format\'s bounds', () => {
  it('validate and simulate of the file: the structure problem at its path, exit 2', async () => {
    for (const command of [validate, simulate]) {
      // given the orchestration's label 300 characters long
      const { io, out } = memoryIo({ 'Case.flow-meta.xml': xml.replace('<label>Orchestration - Case</label>', `<label>${LONG}</label>`) });
      // when
      const code = await command(['Case.flow-meta.xml'], io);
      // then
      expect(code).toBe(2);
      expect(out.stderr).toContain('Case.flow-meta.xml: label: labels have at most 255 characters\n');
    }
  });

  it('validate of the project: the same, for the orchestration it opens', async () => {
    // given a project whose orchestration's label is 300 characters long
    const files = filesUnder('p', crateIntakeFiles());
    const path = Object.keys(files).find((p) => p.endsWith('/Crate_Intake.flow-meta.xml'))!;
    files[path] = files[path]!.replace(/<label>[^<]*<\/label>/, `<label>${LONG}</label>`);
    const { io, out } = memoryIo(files);
    // when
    const code = await validate(['p'], io);
    // then
    expect(code).toBe(2);
    expect(out.stderr).toMatch(/: label: labels have at most 255 characters\n/);
  });
});
