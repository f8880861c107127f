/**
 * A usage error starts with the command's name, whatever the command (docs/cli.md: `simulate:
 * unknown option "--scenaro"; …`), then the usage line, exit 2 — through the real process, as a CI
 * log shows it. `flow` began its lines with the program's name (`stageflow flow: …`, or `npm run
 * --silent flow --: …`) where the six others write `<command>: …`.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SUBCOMMANDS } from './subcommands';

const root = fileURLToPath(new URL('../../', import.meta.url));

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
}

describe('usage errors name the command, as docs/cli.md writes them (a process)', () => {
  it.each(SUBCOMMANDS.map((c) => c.name))('stageflow %s --nope: "<command>: unknown option", then the usage, exit 2', (name) => {
    const result = run('src/cli/bin.ts', name, '--nope');
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(new RegExp(`^${name}: unknown option "--nope"[^\\n]*\\nusage: stageflow ${name} `));
    expect(result.status).toBe(2);
  }, 60_000);

  it('npm run --silent flow -- with no file: "flow: the flow file is missing", the usage under its npm name, exit 2', () => {
    const result = run('src/cli/flow.ts');
    expect(result.stderr).toMatch(/^flow: the flow file is missing\nusage: npm run --silent flow -- </);
    expect(result.status).toBe(2);
  }, 60_000);
});
