import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { orchestration } from '../model/testing/fixtures';
import { invocationDir } from './invocationDir';
import { tempDir } from '../io/testing/tempDir';

const root = fileURLToPath(new URL('../../', import.meta.url));

function npm(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', args, { cwd }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe('the folder a command was typed in (npm run changes it)', () => {
  it('is INIT_CWD for a CLI script that npm started in the package folder', () => {
    const env = { INIT_CWD: '/projects/orders', npm_package_json: '/repo/package.json', npm_lifecycle_event: 'simulate' };
    expect(invocationDir(env, '/repo')).toBe('/projects/orders');
    expect(invocationDir({ ...env, npm_lifecycle_event: 'convert' }, '/repo')).toBe('/projects/orders');
  });

  it('is left alone when npm did not start this process there: another script, another folder, or the same folder', () => {
    const env = { INIT_CWD: '/projects/orders', npm_package_json: '/repo/package.json', npm_lifecycle_event: 'simulate' };
    expect(invocationDir({ ...env, npm_lifecycle_event: 'test' }, '/repo')).toBeUndefined();
    expect(invocationDir(env, '/tmp/elsewhere')).toBeUndefined();
    expect(invocationDir({ ...env, INIT_CWD: '/repo' }, '/repo')).toBeUndefined();
    expect(invocationDir({}, '/repo')).toBeUndefined();
  });

  it('FORMAT.md §5: `npm run --silent simulate -- order.json --out trace.json` typed in another folder reads and writes there', async () => {
    // given an orchestration in a folder outside the package
    const dir = tempDir('stageflow-cwd-');
    writeFileSync(join(dir, 'order.json'), JSON.stringify(orchestration()));
    // when the user runs the package's script from that folder, with relative paths
    const result = await npm(['--prefix', root, 'run', '--silent', 'simulate', '--', 'order.json', '--out', 'trace.json'], dir);
    // then the file is found and the trace is written beside it, not in the package folder
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'trace.json'), 'utf8'))).toMatchObject({ format: 'stageflow.trace', run: { status: 'Completed' } });
    expect(existsSync(join(root, 'trace.json'))).toBe(false);
  }, 60_000);
});
