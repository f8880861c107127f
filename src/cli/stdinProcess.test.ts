/**
 * Standard input read by the real console (nodeIo.readStdin), as `cat order.json | npm run --silent
 * simulate -- -` reads it: a process started with the document piped in.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';

const root = fileURLToPath(new URL('../../', import.meta.url));

function simulateWith(input: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 60_000 });
}

describe('npm run simulate -- - (a process with standard input piped in)', () => {
  it('runs the design piped in and prints its trace', () => {
    const result = simulateWith(JSON.stringify(orchestration()), '-');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).format).toBe('stageflow.trace');
  }, 60_000);

  it('names standard input <stdin> in a problem line, exit 2', () => {
    const result = simulateWith('{"format": "stageflow.orchestration", "version": 1, "name": "X", "stages": 3}', '-', '--validate-only');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^<stdin>: stages: /);
  }, 60_000);
});
