import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { after, orchestration, withSteps } from '../model/testing/fixtures';
import { main as convert } from './commands/convert';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { fileLabel } from './fileLabel';
import { memoryIo } from './testing/memoryIo';

// an orchestration with an element the model has no place for: converting it prints a warning
const xml = readFileSync(new URL('../io/xml/__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8')
  .replace('</Flow>', '<unknownThing>x</unknownThing></Flow>');

/** Every line of stderr starts with the escaped name: a newline in the name no longer cuts a line in two. */
function linesStartWith(stderr: string, label: string): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines) expect(line.startsWith(`${label}: `)).toBe(true);
}

describe('file names with control characters in problem lines (FORMAT.md §5: one line per problem)', () => {
  it('escapes them as JSON does, the rest of the name as it is', () => {
    expect(fileLabel('designs/a\nb.json')).toBe('designs/a\\nb.json');
    expect(fileLabel('a\r\tb\u001b[31m.json')).toBe('a\\r\\tb\\u001b[31m.json');
    expect(fileLabel('a\u007fb\u2028c')).toBe('a\\u007fb\\u2028c');
    expect(fileLabel('C:\\designs\\order é.json')).toBe('C:\\designs\\order é.json');
  });

  it('validate: each error of a file named with a newline is one line', async () => {
    const { io, out } = memoryIo({ 'a\nb.json': JSON.stringify(withSteps(after('Valdate', 'Ship'))) });
    expect(await validate(['a\nb.json'], io)).toBe(2);
    linesStartWith(out.stderr, 'a\\nb.json');
  });

  it('validate: a file that cannot be read, its name holding a newline, is one line', async () => {
    const { io, out } = memoryIo({});
    expect(await validate(['gone\n.json'], io)).toBe(2);
    expect(out.stderr).toBe('gone\\n.json: cannot read the file: it does not exist\n');
  });

  it('validate among several files: the stdout line of each (ok, skipped) names it escaped too', async () => {
    const flow = '<?xml version="1.0" encoding="UTF-8"?><Flow xmlns="http://soap.sforce.com/2006/04/metadata"><processType>AutoLaunchedFlow</processType></Flow>';
    const { io, out } = memoryIo({ 'a\nb.json': JSON.stringify(orchestration()), 'x\ty.flow-meta.xml': flow });
    expect(await validate(['a\nb.json', 'x\ty.flow-meta.xml'], io)).toBe(0);
    expect(out.stdout).toBe('a\\nb.json: ok\nx\\ty.flow-meta.xml: skipped: not an orchestration (processType AutoLaunchedFlow)\n');
  });

  it('convert: the warnings of Flow XML are one line each too', async () => {
    const { io, out } = memoryIo({ 'Case\nReview.flow-meta.xml': xml });
    expect(await convert(['Case\nReview.flow-meta.xml'], io)).toBe(0);
    expect(out.stderr).toContain('warning: ');
    linesStartWith(out.stderr, 'Case\\nReview.flow-meta.xml');
  });

  it('simulate: a refused run names the file escaped', async () => {
    const { io, out } = memoryIo({ 'x\ry.json': JSON.stringify({ ...orchestration(), stages: 'no' }) });
    expect(await simulate(['x\ry.json'], io)).toBe(2);
    linesStartWith(out.stderr, 'x\\ry.json');
  });
});
