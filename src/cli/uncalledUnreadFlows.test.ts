/**
 * A flow file of the project that could not be read and that no orchestration checked calls: the
 * orchestration is sound, so `validate` passes (exit 0), but the line is a warning saying so and that
 * a deploy would fail on the file, where it was the error's line (no "warning:") before an `ok`
 * (unreadCalledFlows.ts uncalledUnreadAsWarning, docs/cli.md *chosen*). Named among several files
 * (`validate flows/*.flow-meta.xml`), such a file is refused at its line:col, exit 2, as a Git LFS
 * pointer named there is, where it read "skipped: not an orchestration" (commands/otherFlowKind.ts).
 */
import { describe, expect, it } from 'vitest';
import { crateIntakeFiles } from '../io/project/testing/projectFiles';
import { main as convert } from './commands/convert';
import { main as simulate } from './commands/simulate';
import { main as validate } from './commands/validate';
import { filesUnder, memoryIo } from './testing/memoryIo';

const FLOWS = 'p/force-app/main/default/flows';
const BROKEN = `${FLOWS}/Unrelated.flow-meta.xml`;
const BROKEN_XML = '<?xml version="1.0"?>\n<Flow xmlns="http://soap.sforce.com/2006/04/metadata">\n  <label>Unrelated</labl>\n  <processType>AutoLaunchedFlow</processType>\n</Flow>\n';

function project(options: { second?: boolean } = {}) {
  const files = filesUnder('p', crateIntakeFiles());
  files[BROKEN] = BROKEN_XML;
  if (options.second) files[`${FLOWS}/Crate_Intake_Copy.flow-meta.xml`] = files[`${FLOWS}/Crate_Intake.flow-meta.xml`]!;
  return memoryIo(files);
}

/** Crate Intake's project with a second orchestration, Crate_Copy, whose file is cut (its processType still says Orchestrator). */
const COPY = `${FLOWS}/Crate_Copy.flow-meta.xml`;
function projectWithCutCopy() {
  const files = filesUnder('p', crateIntakeFiles());
  files[COPY] = files[`${FLOWS}/Crate_Intake.flow-meta.xml`]!.replace('</label>', '</labl>');
  return memoryIo(files);
}

const warningOf = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith(`${BROKEN}: `));

describe('validate: a project flow file that could not be read and is not called', () => {
  it('is a warning at its line:col saying the orchestration does not call it and a deploy would fail on it; ok, exit 0', async () => {
    const { io, out } = project();
    expect(await validate(['p'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(warningOf(out.stderr)).toEqual([
      expect.stringMatching(/^p\/force-app\/main\/default\/flows\/Unrelated\.flow-meta\.xml: 3:\d+: warning: not read: .*; the orchestration does not call the flow Unrelated, so it does not need the file, but a deploy of the project would fail on it: fix the file$/),
    ]);
  });

  it('in a project of two orchestrations, says neither calls it, once', async () => {
    const { io, out } = project({ second: true });
    expect(await validate(['p'], io)).toBe(0);
    expect(warningOf(out.stderr)).toEqual([expect.stringMatching(/: 3:\d+: warning: not read: .*; none of the 2 orchestrations calls the flow Unrelated, so they do not need the file, but /)]);
  });

  it('validate --help says such a file is a warning, among exit 0\'s', async () => {
    const { io, out } = memoryIo({});
    expect(await validate(['--help'], io)).toBe(0);
    expect(out.stdout.replace(/\s+/g, ' ')).toMatch(/exit codes: 0 every file is valid \(warnings allowed: a flow file of a project that no orchestration calls and that cannot be read is one\)/);
  });

  it('simulate --validate-only prints the same warning and ok', async () => {
    const { io, out } = project();
    expect(await simulate(['p', '--validate-only'], io)).toBe(0);
    expect(warningOf(out.stderr)).toEqual([expect.stringContaining(': warning: not read: ')]);
  });
});

describe('validate: an orchestration file of the project that could not be read', () => {
  it('is no flow nothing calls: its error line stays, and validate fails, exit 2, though the other orchestration is ok', async () => {
    // given a second orchestration whose file is cut
    const { io, out } = projectWithCutCopy();
    // when / then
    expect(await validate(['p'], io)).toBe(2);
    expect(out.stdout).toBe('p#Crate_Intake: ok\n');
    expect(out.stderr.split('\n').filter((l) => l.startsWith(`${COPY}: `))).toEqual([expect.stringMatching(/^p\/force-app\/main\/default\/flows\/Crate_Copy\.flow-meta\.xml: \d+:\d+: not read: (?!.*warning)/)]);
  });
});

describe('validate <project>#<ApiName>: another orchestration file of the project could not be read', () => {
  it('is a warning saying the command works on the one named, not the error line before ok, exit 0', async () => {
    const { io, out } = projectWithCutCopy();
    expect(await validate(['p#Crate_Intake'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(out.stderr.split('\n').filter((l) => l.startsWith(`${COPY}: `))).toEqual([
      expect.stringMatching(/^p\/force-app\/main\/default\/flows\/Crate_Copy\.flow-meta\.xml: \d+:\d+: warning: not read: .*; the command works on the orchestration Crate_Intake, not this one, so it does not need the file, but a deploy of the project would fail on it: fix the file$/),
    ]);
  });
});

describe('simulate: a project whose second orchestration could not be read', () => {
  it('asks which orchestration, listing the one not read, where it ran the other one after the error line, exit 0', async () => {
    // given the project's second orchestration file is cut, and no --orchestration
    const { io, out } = projectWithCutCopy();
    // when / then: the admin may have meant the cut one; nothing is simulated
    expect(await simulate(['p', '--validate-only'], io)).toBe(2);
    expect(out.stdout).toBe('');
    const lines = out.stderr.split('\n');
    expect(lines).toContain('p: the project has 2 orchestrations; choose one with --orchestration <ApiName>:');
    expect(lines).toContain('  Crate_Copy  [not read: its line is above]');
  });
});

describe('convert: the same warning', () => {
  it('writes the draft, exit 0, with the warning line', async () => {
    const { io, out } = project();
    expect(await convert(['p', '--out', 'o.json'], io)).toBe(0);
    expect(warningOf(out.stderr)).toEqual([expect.stringContaining(': warning: not read: ')]);
  });
});

describe('validate among several files: a flow file that is not well-formed', () => {
  it('is refused at its line:col, exit 2, not passed over as "skipped: not an orchestration"', async () => {
    const { io, out } = project();
    const orchestration = `${FLOWS}/Crate_Intake.flow-meta.xml`;
    expect(await validate([orchestration, `${FLOWS}/Open_Crate.flow-meta.xml`, BROKEN], io)).toBe(2);
    expect(out.stdout).toContain(`${orchestration}: ok\n`);
    expect(out.stdout).toContain(`${FLOWS}/Open_Crate.flow-meta.xml: skipped: not an orchestration (processType AutoLaunchedFlow)\n`);
    expect(out.stdout).not.toContain(`${BROKEN}: skipped`);
    expect(warningOf(out.stderr)).toEqual([expect.stringMatching(/^p\/force-app\/main\/default\/flows\/Unrelated\.flow-meta\.xml: 3:\d+: /)]);
  });
});
