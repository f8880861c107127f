/**
 * File names and other names given on the command line that hold a newline or an escape, in the
 * lines of `test`, `coverage`, `diff` and `flow` (FORMAT.md §5: one line per problem). The lines of
 * `validate`, `simulate` and `convert` are fileLabel.test.ts's.
 */
import { describe, expect, it } from 'vitest';
import { orchestration, scenario } from '../model/testing/fixtures';
import { main as convert } from './commands/convert';
import { main as coverage } from './commands/coverage';
import { main as diff } from './commands/diff';
import { main as flow } from './commands/flow';
import { main as simulate } from './commands/simulate';
import { main as test } from './commands/test';
import { stageflow } from './stageflow';
import { memoryIo } from './testing/memoryIo';

const design = JSON.stringify(orchestration());
const emptyFlow = '<Flow><label>Stub</label><processType>AutoLaunchedFlow</processType></Flow>';

/** No line of `text` holds a raw control character, and none starts with what followed the newline in a name. */
function oneLineEach(text: string): void {
  // eslint-disable-next-line no-control-regex -- a raw control character is what must not be there
  expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
  for (const line of text.split('\n')) expect(line.startsWith('TAIL')).toBe(false);
}

describe('names with control characters stay on their line in test, coverage, diff and flow', () => {
  it('test: a path that does not exist, in the report (stdout) and on stderr', async () => {
    const { io, out } = memoryIo({});
    expect(await test(['gone\nTAIL.json', '--reporter', 'json', '--out', 'r.json'], io)).toBe(2);
    expect(out.stderr).toBe('gone\\nTAIL.json: cannot read the file: it does not exist\n');
    const text = memoryIo({});
    expect(await test(['gone\nTAIL.json'], text.io)).toBe(2);
    expect(text.out.stdout).toContain('! gone\\nTAIL.json — could not be read\n');
    oneLineEach(text.out.stdout);
  });

  it('test: a walk\'s warning of a scenario with no design, named with an escape', async () => {
    const { io, out } = memoryIo({ 'd/order.json': design, 'd/order.scenario.json': JSON.stringify(scenario()), 'd/o\u001b[2Jrder.scenario.json': JSON.stringify(scenario()) });
    expect(await test(['d'], io)).toBe(0);
    expect(out.stderr).toMatch(/^d\/o\\u001b\[2Jrder\.scenario\.json: \(root\): warning: no design for this scenario/);
    oneLineEach(out.stderr);
  });

  it('test: a scenario file named with a newline, in the text report', async () => {
    const { io, out } = memoryIo({ 'd/order.json': design, 'd/order.scenarios/late\nTAIL.json': JSON.stringify({ ...scenario(), name: undefined }) });
    expect(await test(['d'], io)).toBe(0);
    expect(out.stdout).toContain('✓ late\\nTAIL (');
    oneLineEach(out.stdout);
  });

  it('coverage: a path that does not exist', async () => {
    const { io, out } = memoryIo({});
    expect(await coverage(['gone\nTAIL.json'], io)).toBe(2);
    expect(out.stderr).toBe('gone\\nTAIL.json: cannot read the file: it does not exist\n');
  });

  it('coverage: the heading of a design named with an escape', async () => {
    const { io, out } = memoryIo({ 'd/o\u001bx.json': design, 'd/o\u001bx.scenario.json': JSON.stringify(scenario()) });
    expect(await coverage(['d'], io)).toBe(0);
    expect(out.stdout).toMatch(/^d\/o\\u001bx\.json \(/);
    oneLineEach(out.stdout);
  });

  it('diff: the old and new files in the report, and a line said of one version', async () => {
    const { io, out } = memoryIo({ 'old\nTAIL.json': design, 'new.json': design });
    expect(await diff(['old\nTAIL.json', 'new.json'], io)).toBe(0);
    expect(out.stdout).toMatch(/^old: old\\nTAIL\.json\nnew: new\.json\n/);
    oneLineEach(out.stdout);
    const bad = memoryIo({ 'old\u001b.json': design, 'new.json': design, 's.json': JSON.stringify({ ...scenario(), stepOutcomes: { Nope: { status: 'Completed' } } }) });
    await diff(['old\u001b.json', 'new.json', '--scenario', 's.json'], bad.io);
    oneLineEach(bad.out.stderr);
  });

  it('flow: a file that cannot be read, and the lines of a flow file named with a newline', async () => {
    const missing = memoryIo({});
    expect(await flow(['gone\nTAIL.flow-meta.xml'], missing.io)).toBe(2);
    expect(missing.out.stderr).toBe('gone\\nTAIL.flow-meta.xml: cannot read the file: it does not exist\n');
    const { io, out } = memoryIo({ 'f/S\nTAIL.flow-meta.xml': emptyFlow });
    expect(await flow(['f/S\nTAIL.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toBe('f/S\\nTAIL.flow-meta.xml: (root): warning: this flow has no elements, so running it does nothing\n');
  });

  it('flow: --inputs, --records and --user name what was given escaped', async () => {
    const { io, out } = memoryIo({ 'f/S.flow-meta.xml': emptyFlow, 'in\nTAIL.json': '[1]', 'r.json': '{}' });
    expect(await flow(['f/S.flow-meta.xml', '--inputs', 'in\nTAIL.json'], io)).toBe(2);
    expect(out.stderr).toBe('in\\nTAIL.json: (root): expected an object of input values by name: { "recordId": "500…" }\n');
    const user = memoryIo({ 'f/S.flow-meta.xml': emptyFlow, 'r.json': '{}' });
    expect(await flow(['f/S.flow-meta.xml', '--records', 'r.json', '--user', 'ann\u001b[31m'], user.io)).toBe(0);
    expect(user.out.stderr).toContain('r.json: (root): warning: no User of this file has the Username ann\\u001b[31m, given with --user');
    oneLineEach(user.out.stderr);
  });

  it('an option value quoted in a usage error: --reporter with a newline', async () => {
    const { io, out } = memoryIo({});
    expect(await test(['--reporter', 'x\nTAIL'], io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe('test: unknown reporter "x\\nTAIL" (use text, junit or json)');
  });
});

describe('names with control characters in the lines of simulate and convert that quote them', () => {
  it('an unknown option, and a value that reads as an option, are quoted escaped', async () => {
    for (const [name, command] of [['simulate', simulate], ['convert', convert]] as const) {
      const { io, out } = memoryIo({});
      expect(await command(['x.json', '--sc\nTAIL'], io)).toBe(2);
      expect(out.stderr.split('\n')[0]).toBe(`${name}: unknown option "--sc\\nTAIL"`);
    }
    const { io, out } = memoryIo({});
    expect(await coverage(['--min', '-1\nTAIL'], io)).toBe(2);
    oneLineEach(out.stderr);
  });

  it('stageflow: an unknown command is quoted escaped', async () => {
    const { io, out } = memoryIo({});
    expect(await stageflow(['tes\nTAIL'], io)).toBe(2);
    expect(out.stderr.split('\n')[0]).toBe('stageflow: unknown command "tes\\nTAIL"');
  });

  it('convert: the --out it cannot convert to', async () => {
    const { io, out } = memoryIo({ 'a.json': design });
    expect(await convert(['a.json', '--out', 'b\nTAIL.json'], io)).toBe(2);
    expect(out.stderr).toBe('a.json: cannot convert to b\\nTAIL.json: one must be .json and the other .flow-meta.xml (or .flow)\n');
  });
});

describe('project files named with control characters, in flow\'s warnings', () => {
  it('an object field file that cannot be read is named escaped', async () => {
    const { io, out } = memoryIo({
      'p/S.flow-meta.xml': emptyFlow,
      'p/objects/Case/fields/Bad\u001b[2J.field-meta.xml': '<CustomField><fullName>Bad',
      'r.json': '{ "Case": [{ "Id": "500A" }] }',
    });
    expect(await flow(['p/S.flow-meta.xml', '--records', 'r.json'], io)).toBe(0);
    expect(out.stderr).toContain('Bad\\u001b[2J.field-meta.xml');
    oneLineEach(out.stderr);
  });
});
