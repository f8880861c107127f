/**
 * Hostile and broken input to the command line, read from real files (the decoding is nodeIo's):
 * each case ends with one stderr line naming the file and where, and exit 2 — never a stack trace,
 * never a hang, nothing written. Cases already handled are pinned here beside the ones fixed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../io/testing/tempDir';
import { nodeIo } from './nodeIo';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';

const xml = readFileSync('src/io/xml/__fixtures__/own/Case_Review.flow-meta.xml', 'utf8');
const design = readFileSync('public/samples/onboarding.json', 'utf8');

/** Runs a command in `dir` (paths relative to it); stdout, stderr and the exit code. */
async function run(command: typeof validate, dir: string, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { ...nodeIo, stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };
  const code = await command(argv.map((a) => (a.startsWith('--') ? a : join(dir, a))), io);
  return { code, stdout: out.join(''), stderr: err.join('').replaceAll(`${dir}/`, '') };
}

const CASES: [string, string | Uint8Array, RegExp][] = [
  ['unclosed.flow-meta.xml', xml.slice(0, xml.length / 2), /^unclosed\.flow-meta\.xml: \d+:\d+: the file ends before <\w+> \(opened at \d+:\d+\) is closed/],
  ['root.flow-meta.xml', '<?xml version="1.0"?>\n<Foo/>\n', /^root\.flow-meta\.xml: Foo: the root element is <Foo>; a Flow file has <Flow>$/],
  ['utf16.flow-meta.xml', new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]), /^utf16\.flow-meta\.xml: 1:1: the file is UTF-16 \(it starts with the byte order mark 0xFF 0xFE\): save it as UTF-8/],
  ['deep.flow-meta.xml', `<Flow xmlns="http://soap.sforce.com/2006/04/metadata">${'<a>'.repeat(5000)}${'</a>'.repeat(5000)}</Flow>`, /^deep\.flow-meta\.xml: 1:\d+: elements are nested more than 64 levels deep$/],
  ['empty.flow-meta.xml', '', /^empty\.flow-meta\.xml: 1:1: the file is empty/],
  ['empty.json', '', /^empty\.json: 1:1: the file is empty \(0 bytes\): it should hold a JSON document$/],
  ['deep.json', `${'['.repeat(5000)}${']'.repeat(5000)}`, /^deep\.json: (\[0\]){8}…: values are nested more than 100 levels deep$/],
  ['proto.json', `${design.trimEnd().slice(0, -1)}, "__proto__": { "polluted": true } }`, /^proto\.json: __proto__: the key "__proto__" is not allowed in an imported file$/],
  ['empty.zip', '', /^empty\.zip: this is not a \.zip archive, or it is empty$/],
];

describe('stageflow validate on broken and hostile files', () => {
  it.each(CASES)('%s: one line naming the file and where, exit 2', async (name, text, line) => {
    const dir = tempDir('stageflow-hostile-');
    writeFileSync(join(dir, name), text);
    const result = await run(validate, dir, [name]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(line);
  });

  // read to its end, /dev/zero never ended: the command held ever more memory until Node ran out of it
  it.runIf(existsSync('/dev/zero'))('a device given as a file (/dev/zero): one line at once, exit 2', async () => {
    const result = await run(validate, '/dev', ['zero']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'zero: cannot read the file: it is a device or a socket, not a file\n' });
  });

  it('a BOM and CRLF line ends are read as the file they would be without them', async () => {
    const dir = tempDir('stageflow-hostile-');
    writeFileSync(join(dir, 'bom.json'), `\uFEFF${design}`);
    writeFileSync(join(dir, 'crlf.flow-meta.xml'), `\uFEFF${xml.replaceAll('\n', '\r\n')}`);
    expect((await run(validate, dir, ['bom.json'])).code).toBe(0);
    expect((await run(validate, dir, ['crlf.flow-meta.xml'])).code).toBe(0);
  });

  it('a folder where a file is expected, a folder with a symbolic link loop, a .zip with ../ paths: a line each, nothing written outside', async () => {
    const dir = tempDir('stageflow-hostile-');
    writeFileSync(join(dir, 'd.json'), design);
    mkdirSync(join(dir, 'loop/a'), { recursive: true });
    symlinkSync('..', join(dir, 'loop/a/up'));
    writeFileSync(join(dir, 'slip.zip'), zipSync({ '../../Evil.flow-meta.xml': strToU8(xml), '../evil.sh': strToU8('echo pwned'), 'p/sfdx-project.json': strToU8('{"packageDirectories":[{"path":"force-app"}]}'), 'p/force-app/main/default/flows/Case_Review.flow-meta.xml': strToU8(xml) }));
    expect(await run(simulate, dir, ['d.json', '--scenario', 'loop'])).toMatchObject({ code: 2, stderr: 'loop: cannot read the file: it is a directory\n' });
    expect(await run(simulate, dir, ['d.json', '--out', 'loop'])).toMatchObject({ code: 2, stderr: 'loop: cannot write the file: it is a directory\n' });
    expect(await run(validate, dir, ['loop'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^loop: not an SFDX project \(no sfdx-project\.json in it\), and no orchestration in it/) });
    const zipped = await run(validate, dir, ['slip.zip']);
    expect(zipped.code).toBe(0);
    expect(zipped.stderr).toContain('slip.zip:../../Evil.flow-meta.xml: (root): warning: the path climbs out of the project (".."): refused\n');
    // any file climbing out is named, not only one the project reader would read
    expect(zipped.stderr).toContain('slip.zip:../evil.sh: (root): warning: the path climbs out of the project (".."): refused\n');
    expect(readdirSync(join(dir, '..')).filter((f) => /evil/i.test(f))).toEqual([]);
  });
});
