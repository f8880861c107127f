/**
 * Outside suite, round 3: hostile files given to every command that reads a design, as a separate
 * process against the built executable. Predicted from FORMAT.md §5/§7 and docs/cli.md ("Broken and
 * hostile files end the same way, one stderr line naming the file and where, exit 2, nothing
 * written"; a BOM and CRLF are read as if absent; JSON above 16 MB and XML above 5 MB are refused
 * with both sizes named; 100 levels of JSON, 64 of XML; `__proto__` refused at its path).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStageflow, outsideFaults, outsideFixtures, problemLines, realProjects, runCommand, type Ran } from './builtCommand';

let bin = '';
let work = '';
const cleanups: (() => void)[] = [];
const run = (args: readonly string[]): Promise<Ran> => runCommand(bin, args, work);
const DESIGN_READERS = ['validate', 'simulate', 'convert'] as const;
const design = () => readFileSync(join(outsideFixtures, 'ship/ship.json'), 'utf8');
const flowXml = () => readFileSync(join(realProjects, 'LightningFlowComponents/DeactivateUser/force-app/main/default/flows/Handle_User_Deactivation.flow-meta.xml'), 'utf8');

beforeAll(async () => {
  const built = await buildStageflow();
  cleanups.push(built.remove);
  bin = built.bin;
  work = mkdtempSync(join(tmpdir(), 'stageflow-outside-hostile-'));
  cleanups.push(() => rmSync(work, { recursive: true, force: true }));
}, 120_000);

afterAll(() => cleanups.forEach((remove) => remove()));

/** A refusal as the spec gives it: exit 2, nothing on stdout, stderr lines each starting with the file's name. */
async function refused(args: readonly string[], file: string): Promise<string> {
  const ran = await run(args);
  expect(outsideFaults(ran), args.join(' ')).toEqual([]);
  expect([ran.code, ran.stdout], args.join(' ')).toEqual([2, '']);
  const lines = problemLines(ran.stderr);
  expect(lines.length, args.join(' ')).toBeGreaterThan(0);
  for (const line of lines) expect(line.startsWith(`${file}: `), line).toBe(true);
  return ran.stderr;
}

describe('hostile JSON designs: exit 2, one line naming the file and where', () => {
  it('an empty file', async () => {
    writeFileSync(join(work, 'empty.json'), '');
    for (const command of DESIGN_READERS) expect(await refused([command, 'empty.json'], 'empty.json')).toMatch(/^empty\.json: 1:1: .*empty/);
  });

  it('an unknown version', async () => {
    writeFileSync(join(work, 'v2.json'), design().replace('"version": 1', '"version": 2'));
    for (const command of DESIGN_READERS) expect(await refused([command, 'v2.json'], 'v2.json')).toMatch(/^v2\.json: version: /m);
  });

  it('a __proto__ key, at its path', async () => {
    writeFileSync(join(work, 'proto.json'), design().replace('"label": "Prepare",', '"label": "Prepare", "__proto__": { "polluted": true },'));
    for (const command of DESIGN_READERS) expect(await refused([command, 'proto.json'], 'proto.json')).toMatch(/^proto\.json: stages\[0\]\.__proto__: /m);
  });

  it('nesting deeper than 100 levels, at the path where it does', async () => {
    writeFileSync(join(work, 'deep.json'), design().replace('"label": "Ship order",', `"label": "Ship order", "extensions": ${'{"a":'.repeat(150)}1${'}'.repeat(150)},`));
    for (const command of DESIGN_READERS) expect(await refused([command, 'deep.json'], 'deep.json')).toMatch(/^deep\.json: extensions\.a\.a.*: .*100 levels/);
  });

  it('bytes that are not UTF-8, at their line:column', async () => {
    writeFileSync(join(work, 'latin1.json'), Buffer.from(design().replace('"Ship order"', '"Ship order \u00e9"'), 'latin1'));
    for (const command of DESIGN_READERS) expect(await refused([command, 'latin1.json'], 'latin1.json')).toMatch(/^latin1\.json: 5:\d+: .*UTF-8/);
  });

  it('a 50 MB file is refused with both sizes named, quickly', async () => {
    const text = design();
    writeFileSync(join(work, 'big.json'), `${text.slice(0, -2)}${' '.repeat(50 * 1024 * 1024)}${text.slice(-2)}`);
    for (const command of [...DESIGN_READERS, 'coverage', 'diff'] as const) {
      const args = command === 'diff' ? [command, 'big.json', 'big.json'] : [command, 'big.json'];
      const started = Date.now();
      expect(await refused(args, 'big.json')).toMatch(/^big\.json: .*50(\.0)? MB.*16 MB/);
      expect(Date.now() - started).toBeLessThan(15_000);
    }
  });

  it('a byte order mark and CRLF line ends are read as if absent', async () => {
    writeFileSync(join(work, 'bom.json'), `\uFEFF${design().replace(/\n/g, '\r\n')}`);
    const ran = await run(['validate', 'bom.json']);
    expect(outsideFaults(ran)).toEqual([]);
    expect([ran.code, ran.stdout.trim().endsWith('ok')]).toEqual([0, true]);
    const simulated = await run(['simulate', 'bom.json']);
    expect((JSON.parse(simulated.stdout) as { run: { status: string } }).run.status).toBe('Completed');
  });
});

describe('paths that cannot be read: exit 2, the reason in words', () => {
  it('a path that does not exist', async () => {
    for (const command of [...DESIGN_READERS, 'flow'] as const) expect(await refused([command, 'missing.json'], 'missing.json')).toBe('missing.json: cannot read the file: it does not exist\n');
  });

  it('a directory given where a design file is read names what is missing', async () => {
    mkdirSync(join(work, 'a-folder'), { recursive: true });
    for (const command of DESIGN_READERS) expect(await refused([command, 'a-folder'], 'a-folder')).toMatch(/^a-folder: /);
    expect(await refused(['simulate', 'ship.json', '--scenario', 'a-folder'].map((a) => (a === 'ship.json' ? join(outsideFixtures, 'ship/ship.json') : a)), 'a-folder')).toBe('a-folder: cannot read the file: it is a directory\n');
  });

  it('a symbolic link loop: the reason in words, in every command, never a system error code', async () => {
    symlinkSync('loop-b.json', join(work, 'loop-a.json'));
    symlinkSync('loop-a.json', join(work, 'loop-b.json'));
    writeFileSync(join(work, 'good.json'), design());
    const said = new Set<string>();
    for (const args of [['validate', 'loop-a.json'], ['simulate', 'loop-a.json'], ['convert', 'loop-a.json'], ['flow', 'loop-a.json'], ['diff', 'loop-a.json', 'good.json'], ['coverage', 'loop-a.json'], ['simulate', 'good.json', '--scenario', 'loop-a.json']]) {
      said.add(await refused(args, 'loop-a.json'));
    }
    // one wording for one cause, and not "it does not exist": the link is there
    expect([...said]).toEqual(['loop-a.json: cannot read the file: its symbolic links form a loop\n']);
    const tested = await run(['test', 'loop-a.json']);
    expect(tested.code).toBe(2);
    expect(tested.stdout).toContain('loop-a.json: cannot read the file: its symbolic links form a loop');
  });

  it('a path through a file (order.json/x.json) says which part is not a folder', async () => {
    writeFileSync(join(work, 'order.json'), design());
    for (const command of [...DESIGN_READERS, 'flow'] as const) {
      expect(await refused([command, 'order.json/x.json'], 'order.json/x.json')).toBe('order.json/x.json: cannot read the file: a part of its path is a file, not a folder\n');
    }
  });

  it('a file name too long for the file system', async () => {
    const name = `${'a'.repeat(300)}.json`;
    for (const command of DESIGN_READERS) expect(await refused([command, name], name)).toBe(`${name}: cannot read the file: its name is too long for the file system\n`);
  });
});

describe('hostile Flow XML: exit 2, one line naming the file and where', () => {
  const xmlCase = (name: string, text: string | Buffer) => writeFileSync(join(work, name), text);

  it('XML above 5 MB is refused with both sizes named, above 16 MB too (the 5 MB limit, not 16)', async () => {
    xmlCase('Six.flow-meta.xml', flowXml().replace('</Flow>', `<!--${'x'.repeat(6 * 1024 * 1024)}-->\n</Flow>`));
    xmlCase('Twenty.flow-meta.xml', flowXml().replace('</Flow>', `<!--${'x'.repeat(20 * 1024 * 1024)}-->\n</Flow>`));
    for (const command of [...DESIGN_READERS, 'flow'] as const) {
      expect(await refused([command, 'Six.flow-meta.xml'], 'Six.flow-meta.xml')).toBe('Six.flow-meta.xml: the file is 6.0 MB, more than the 5 MB limit\n');
      expect(await refused([command, 'Twenty.flow-meta.xml'], 'Twenty.flow-meta.xml')).toBe('Twenty.flow-meta.xml: the file is 20.0 MB, more than the 5 MB limit\n');
    }
  });

  it('nesting deeper than 64, a DOCTYPE, a __proto__ element, bytes that are not UTF-8: at line:col', async () => {
    xmlCase('Deep.flow-meta.xml', flowXml().replace('</Flow>', `<extra>${'<a>'.repeat(100)}${'</a>'.repeat(100)}</extra>\n</Flow>`));
    xmlCase('Doctype.flow-meta.xml', flowXml().replace('<Flow ', '<!DOCTYPE Flow [<!ENTITY a "aaaa">]>\n<Flow '));
    xmlCase('Proto.flow-meta.xml', flowXml().replace('</Flow>', '<__proto__><polluted>1</polluted></__proto__>\n</Flow>'));
    xmlCase('Latin.flow-meta.xml', Buffer.from(flowXml().replace('<label>', '<label>\u00e9'), 'latin1'));
    for (const command of DESIGN_READERS) {
      expect(await refused([command, 'Deep.flow-meta.xml'], 'Deep.flow-meta.xml')).toMatch(/^Deep\.flow-meta\.xml: \d+:\d+: .*64 levels/);
      expect(await refused([command, 'Doctype.flow-meta.xml'], 'Doctype.flow-meta.xml')).toMatch(/^Doctype\.flow-meta\.xml: 2:1: .*DOCTYPE/);
      expect(await refused([command, 'Proto.flow-meta.xml'], 'Proto.flow-meta.xml')).toMatch(/^Proto\.flow-meta\.xml: \d+:\d+: .*__proto__/);
      expect(await refused([command, 'Latin.flow-meta.xml'], 'Latin.flow-meta.xml')).toMatch(/^Latin\.flow-meta\.xml: \d+:\d+: .*UTF-8/);
    }
  });

  it('a byte order mark and CRLF line ends are read as if absent', async () => {
    xmlCase('Crlf.flow-meta.xml', `\uFEFF${flowXml().replace(/\n/g, '\r\n')}`);
    const ran = await run(['validate', 'Crlf.flow-meta.xml']);
    expect(outsideFaults(ran)).toEqual([]);
    expect(ran.code).toBe(0);
  });
});
