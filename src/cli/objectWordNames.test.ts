/**
 * Every command on a design whose names are `Object.prototype`'s properties (`constructor`,
 * `toString`…; FORMAT.md §1) says what it says of the same design with ordinary names, renamed:
 * validate, simulate, convert both ways, test, coverage, diff (docs/decisions.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { exportOrchestration, exportScenario } from '../io/jsonExport';
import { ORDINARY, renamed, ROTATIONS, wordDesign, wordNames, wordScenario, type Names } from '../model/testing/objectWordNames';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';

/** The design with its decision leading nowhere: the last stage never starts (what `diff` compares with). */
function deadEnd(n: Names): string {
  const doc = wordDesign(n);
  doc.decisions![0]!.outcomes[0]!.next = null;
  return exportOrchestration(doc);
}

/** Each command's exit code, stdout, stderr and written files, in order. */
async function commands(n: Names): Promise<string> {
  const files = {
    'd.json': exportOrchestration(wordDesign(n)),
    'bare.json': exportOrchestration(wordDesign(n, false)),
    'dead.json': deadEnd(n),
    'd.scenarios/full.json': exportScenario(wordScenario(n, 'full')),
    'd.scenarios/sparse.json': exportScenario(wordScenario(n, 'sparse')),
  };
  const runs: unknown[] = [];
  for (const argv of [
    ['validate', 'd.json', 'bare.json'],
    ['simulate', 'd.json', '--scenario', 'd.scenarios/full.json'],
    ['simulate', 'bare.json', '--scenario', 'd.scenarios/sparse.json'],
    ['convert', 'd.json', '--out', 'd.flow-meta.xml'],
    ['convert', 'bare.json', '--out', 'bare.flow-meta.xml'],
    ['test', 'd.json'],
    ['coverage', 'd.json'],
    ['diff', 'd.json', 'dead.json', '--scenario', 'd.scenarios/full.json'],
  ]) {
    const { io, out } = memoryIo(files);
    runs.push({ argv, code: await stageflow(argv, io), ...out });
    // the converted XML goes back to JSON
    for (const [path, text] of Object.entries(out.written)) {
      const back = memoryIo({ [path]: text });
      runs.push({ argv: ['convert', path], code: await stageflow(['convert', path], back.io), ...back.out });
    }
  }
  return JSON.stringify(runs, null, 1);
}

describe('the command line on names that are Object.prototype properties', () => {
  it('the control: every command succeeds on the design with ordinary names', async () => {
    const runs = JSON.parse(await commands(ORDINARY)) as { argv: string[]; code: number; stderr: string }[];
    // test: the sparse scenario's expectations include failing ones on purpose (exit 1)
    expect(runs.map((r) => [r.argv.join(' '), r.code])).toEqual([
      ['validate d.json bare.json', 0], ['simulate d.json --scenario d.scenarios/full.json', 0], ['simulate bare.json --scenario d.scenarios/sparse.json', 0],
      ['convert d.json --out d.flow-meta.xml', 0], ['convert d.flow-meta.xml', 0], ['convert bare.json --out bare.flow-meta.xml', 0], ['convert bare.flow-meta.xml', 0],
      ['test d.json', 1], ['coverage d.json', 0], ['diff d.json dead.json --scenario d.scenarios/full.json', 0],
    ]);
  });

  it.each(Array.from({ length: ROTATIONS }, (_, r) => [r, JSON.stringify(wordNames(r))] as const))('rotation %i %s: every command says what it says of the ordinary design, renamed', async (rotation) => {
    const names = wordNames(rotation);
    // tables pad their columns to the longest name: compared with runs of spaces as one gap
    const gaps = (text: string) => text.replace(/ {2,}/g, '  ');
    expect(gaps(await commands(names))).toBe(gaps(renamed(await commands(ORDINARY), names)));
  });
});
