/**
 * Standard output that cannot be written — `stageflow simulate … > trace.json` on a full disk, here
 * /dev/full — is said in one stderr line, exit 2, where Node printed the stream's unhandled error
 * with its stack trace and exited 1 (docs/cli.md, *chosen*). A reader that goes away (`| head`) is
 * no error.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

function toFullDisk(...args: string[]) {
  const full = openSync('/dev/full', 'w');
  try {
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', ...args], { cwd: root, stdio: ['ignore', full, 'pipe'], encoding: 'utf8', timeout: 60_000 });
  } finally {
    closeSync(full);
  }
}

describe('standard output on a full disk (a process writing to /dev/full)', () => {
  it.each([
    ['simulate (the trace, written in parts)', ['simulate', 'public/samples/loan-approval.json']],
    ['validate (one line)', ['validate', 'public/samples/loan-approval.json']],
  ])('%s: one line naming the cause, exit 2, no stack trace', (_name, args) => {
    const result = toFullDisk(...args);
    expect(result.stderr).toBe('stageflow: cannot write standard output: no space left on the device; the output is incomplete\n');
    expect(result.status).toBe(2);
  }, 60_000);

  it('test whose scenarios pass but whose report is lost exits 2, not 0', () => {
    const result = toFullDisk('test', 'public/samples/loan-approval.json');
    expect(result.stderr).toBe('stageflow: cannot write standard output: no space left on the device; the output is incomplete\n');
    expect(result.status).toBe(2);
  }, 60_000);
});
