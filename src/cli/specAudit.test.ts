import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from './cliIo';
import { main } from './simulate';

/**
 * The spec-first audit of SEMANTICS.md (README.md beside the fixtures): small orchestrations for
 * combinations the rule tests do not touch, each run through `simulate` as outside suites run it.
 * The expected trace or message of every case was predicted from the spec's text before the engine
 * ran it, and checked against the engine's answer; these files keep that answer from drifting.
 */
const root = fileURLToPath(new URL('./__fixtures__/spec-audit/', import.meta.url));

/** The command's console in memory; files are read from the case's folder. */
function caseIo(dir: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = {
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    readFile: async (path) => readFileSync(join(dir, path), 'utf8'),
    writeFile: async () => { throw new Error('the audit writes no files'); },
  };
  return { io, out };
}

const cases = readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe('spec audit: hand-predicted orchestrations run through simulate', () => {
  it('has its cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(70);
  });

  for (const name of cases) {
    const dir = join(root, name);
    const args = ['design.json', ...(existsSync(join(dir, 'scenario.json')) ? ['--scenario', 'scenario.json'] : [])];

    if (existsSync(join(dir, 'validate.txt'))) {
      it(`${name}: --validate-only says what was predicted`, async () => {
        const { io, out } = caseIo(dir);
        const code = await main([...args, '--validate-only'], io);
        const expected = readFileSync(join(dir, 'validate.txt'), 'utf8').trim();
        expect((out.stdout + out.stderr).trim()).toBe(expected);
        expect(code).toBe(expected === 'ok' ? 0 : 2);
      });
    } else if (existsSync(join(dir, 'problems.txt'))) {
      it(`${name}: simulate refuses it with the predicted message (exit 2)`, async () => {
        const { io, out } = caseIo(dir);
        expect(await main(args, io)).toBe(2);
        expect(out.stdout).toBe('');
        expect(out.stderr.trim()).toBe(readFileSync(join(dir, 'problems.txt'), 'utf8').trim());
      });
    } else {
      it(`${name}: simulate gives the predicted trace`, async () => {
        const { io, out } = caseIo(dir);
        expect(await main(args, io)).toBe(0);
        const warnings = join(dir, 'warnings.txt');
        expect(out.stderr.trim()).toBe(existsSync(warnings) ? readFileSync(warnings, 'utf8').trim() : '');
        expect(JSON.parse(out.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8')));
      });
    }
  }
});
