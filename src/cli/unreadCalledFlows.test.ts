/**
 * A project whose orchestration calls a flow whose file is there but cannot be read (not
 * well-formed): `validate` and `simulate --validate-only` refuse it, exit 2, with a line naming the
 * flow and its file, where they printed the file's problem and then `ok`, exit 0 (unreadCalledFlows.ts,
 * docs/cli.md *chosen*). A broken file the orchestration does not call leaves it valid.
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../io/project/testing/projectFiles';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';
import { unreadCalledFlowsLine } from './unreadCalledFlows';

const FLOWS = 'p/force-app/main/default/flows';
const REFUSED = 'p/force-app/main/default/flows/Crate_Intake.flow-meta.xml: flows: it calls the flow Open_Crate (force-app/main/default/flows/Open_Crate.flow-meta.xml), whose file could not be read (its problem is printed above), so a run would use a stand-in for it: fix the file';

function project(options: { brokenStepFlow?: boolean; brokenOther?: boolean; second?: boolean }) {
  const files = filesUnder('p', crateIntakeFiles());
  const open = `${FLOWS}/Open_Crate.flow-meta.xml`;
  const orchestration = `${FLOWS}/Crate_Intake.flow-meta.xml`;
  if (options.brokenStepFlow) files[open] = files[open]!.replace('</label>', '</labl>');
  if (options.brokenOther) files[`${FLOWS}/Unrelated.flow-meta.xml`] = '<Flow><oops></Flow>';
  if (options.second) files[`${FLOWS}/Crate_Intake_Copy.flow-meta.xml`] = files[orchestration]!;
  return memoryIo(files);
}

describe('validate: a called flow whose file could not be read', () => {
  it('refuses the project folder, exit 2, naming the flow and its file after the file\'s own problem; no "ok"', async () => {
    const { io, out } = project({ brokenStepFlow: true });
    expect(await validate(['p'], io)).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.split('\n');
    const fileProblem = lines.findIndex((l) => /Open_Crate\.flow-meta\.xml: \d+:\d+: not read: /.test(l));
    expect(fileProblem).toBeGreaterThanOrEqual(0);
    expect(lines.indexOf(REFUSED)).toBeGreaterThan(fileProblem);
  });

  it('refuses the orchestration given by its file the same way', async () => {
    const { io, out } = project({ brokenStepFlow: true });
    expect(await validate([`${FLOWS}/Crate_Intake.flow-meta.xml`], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(REFUSED);
  });

  it('a project of two orchestrations: each is refused, and the placeholder says the file could not be read, not "not in the project"', async () => {
    const { io, out } = project({ brokenStepFlow: true, second: true });
    expect(await validate(['p'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toContain(REFUSED);
    expect(out.stderr).toContain('Crate_Intake_Copy.flow-meta.xml: flows: it calls the flow Open_Crate');
    expect(out.stderr).not.toContain('not in the project');
    expect(out.stderr).toContain('its file force-app/main/default/flows/Open_Crate.flow-meta.xml could not be read');
    // the project's own problem is printed once, not once per orchestration
    expect(out.stderr.split('\n').filter((l) => / not read: /.test(l))).toHaveLength(1);
  });

  it('a broken file the orchestration does not call leaves it valid: ok, exit 0', async () => {
    const { io, out } = project({ brokenOther: true });
    expect(await validate(['p'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    // a warning since it is not called (uncalledUnreadFlows.test)
    expect(out.stderr).toMatch(/Unrelated\.flow-meta\.xml: \d+:\d+: warning: not read: /);
    expect(out.stderr).not.toContain(': flows: it calls');
  });
});

describe('simulate --validate-only: the same check', () => {
  it('refuses the project, exit 2, with the same line; without --validate-only it runs the stand-in as before (FORMAT.md: exit 0 whatever the run)', async () => {
    const refused = project({ brokenStepFlow: true });
    expect(await simulate(['p', '--validate-only'], refused.io)).toBe(2);
    expect(refused.out.stdout).toBe('');
    expect(refused.out.stderr).toContain(REFUSED);
    const run = project({ brokenStepFlow: true });
    expect(await simulate(['p'], run.io)).toBe(0);
    expect(run.out.stdout).toContain('"runCompleted"');
  });
});

describe('unreadCalledFlowsLine', () => {
  it('stays one line when a flow\'s file name holds a newline, escaped as a file name of every problem line is', () => {
    const line = unreadCalledFlowsLine('o.flow-meta.xml', [{ flow: 'Open\nCrate', file: 'flows/Open\nCrate.flow-meta.xml' }]);
    expect(line).toContain('it calls the flow Open\\nCrate (flows/Open\\nCrate.flow-meta.xml), whose file');
    expect(line).not.toContain('\n');
  });
});
