/**
 * `stageflow test --reporter json|junit` (or `--out`) prints the report's problems on stderr as well;
 * there the notes on Salesforce elements kept verbatim are counted in one line per file, as the text
 * report, simulate and coverage count them (foldKeptVerbatim.ts), while the JSON report keeps each
 * (`stageflow validate` lists them). They
 * were listed one line each, four to eight per real orchestration, burying the lines that matter.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../../io/project/testing/projectFiles';
import { filesUnder, memoryIo } from '../testing/memoryIo';
import { main as test } from './test';

describe('stageflow test: the stderr copy of a machine report\'s problems', () => {
  it.each([['json'], ['junit']])('--reporter %s: one count line for the kept-verbatim notes; the report lists each', async (reporter) => {
    // given
    const { io, out } = memoryIo(filesUnder('p', crateIntakeFiles()));
    // when
    const code = await test(['p', '--reporter', reporter], io);
    // then
    expect(code).toBe(0);
    expect(out.stderr).toBe('p/force-app/main/default/flows/Crate_Intake.flow-meta.xml: 4 notes on Salesforce elements the model keeps verbatim, which the run does not use: stageflow validate lists them\n');
    if (reporter === 'json') expect(out.stdout.match(/kept verbatim in extensions/g)).toHaveLength(4);
  });
});
