/**
 * A `.zip` entry refused for its path (`../`, `/`) does not stop a command: the project is read
 * without it. Each command that goes on prints its line as a warning (FORMAT.md §5) — before, the
 * line had no "warning:" and read as an error line above `ok`, exit 0 (projectNotes.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { realProjectFiles } from '../io/project/testing/projectFiles';
import { tempDir } from '../io/testing/tempDir';
import { nodeIo } from './nodeIo';
import { main as coverage } from './commands/coverage';
import { main as simulate } from './commands/simulate';
import { main as test } from './commands/test';
import { main as validate } from './commands/validate';

const FLOWS = 'force-app/main/default/flows';

/** WorkGuidePlus as GitHub's Download ZIP makes it, a passing scenario beside its orchestration, and three entries climbing out. */
function hostileZip(): string {
  const zip = join(tempDir('stageflow-refused-'), 'hostile.zip');
  const scenario = { format: 'stageflow.scenario', version: 1, name: 'completes', expectations: [{ kind: 'stepStatus', step: 'Open_Case', status: 'Completed' }] };
  writeFileSync(zip, zipSync({
    ...Object.fromEntries(realProjectFiles('WorkGuidePlus').map((f) => [`WorkGuidePlus-main/${f.path}`, strToU8(f.text)])),
    [`WorkGuidePlus-main/${FLOWS}/Test_Orchestration.scenarios/a.json`]: strToU8(JSON.stringify(scenario)),
    '../evil.sh': strToU8('echo pwned'),
    '../../Evil.flow-meta.xml': strToU8('<Flow/>'),
    'WorkGuidePlus-main/../../.bashrc': strToU8('rm -rf ~'),
  }));
  return zip;
}

async function run(command: typeof validate, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(argv, { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

/** The lines naming the refused entries, on either stream (`test` prints a design's notes in its report, indented). */
const refusedLines = (result: { stdout: string; stderr: string }) => `${result.stderr}\n${result.stdout}`.split('\n').filter((line) => line.includes('climbs out')).map((line) => line.trim());

describe('a .zip with entries climbing out of the project, on the command line', () => {
  it.each([
    ['validate', validate, []],
    ['validate --orchestration', validate, ['--orchestration', 'Test_Orchestration']],
    ['simulate --validate-only', simulate, ['--orchestration', 'Test_Orchestration', '--validate-only']],
    ['test', test, []],
    ['coverage', coverage, []],
  ] as const)('%s: each refused entry is a warning line, and the command exits 0', async (_name, command, options) => {
    const zip = hostileZip();
    const result = await run(command, [zip, ...options]);
    expect(result.code).toBe(0);
    // each at (root), the whole entry: every warning line has a place (FORMAT.md §5; docs/cli.md, chosen)
    expect(refusedLines(result).sort()).toEqual([
      `${zip}:../../Evil.flow-meta.xml: (root): warning: the path climbs out of the project (".."): refused`,
      `${zip}:../evil.sh: (root): warning: the path climbs out of the project (".."): refused`,
      `${zip}:WorkGuidePlus-main/../../.bashrc: (root): warning: the path climbs out of the project (".."): refused`,
    ]);
  });
});
