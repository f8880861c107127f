import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportTrace } from '../io/jsonExport';
import { after, backgroundStep, orchestration, scenario, stage, withSteps } from '../model/testing/fixtures';
import type { Trace } from '../model/types';
import { main, type CliIo } from './simulate';
import { tempDir } from '../io/testing/tempDir';

/** An in-memory console and file system. */
function fakeIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: CliIo = {
    stdout: (t) => { out.stdout += t; },
    stderr: (t) => { out.stderr += t; },
    readFile: async (path) => {
      if (!(path in files)) throw new Error('cannot read the file: it does not exist');
      return files[path]!;
    },
    writeFile: async (path, text) => { out.written[path] = text; },
  };
  return { io, out };
}

const valid = JSON.stringify(orchestration());

describe('simulate command (in process)', () => {
  it('prints the trace on stdout and exits 0', async () => {
    const { io, out } = fakeIo({ 'def.json': valid });
    const code = await main(['def.json'], io);
    expect(out.stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ format: 'stageflow.trace', run: { status: 'Completed' } });
  });

  it('writes the trace to --out instead, and applies the scenario', async () => {
    const failing = JSON.stringify(scenario({ steps: { Main_Step: { outcome: 'error' } } }));
    const { io, out } = fakeIo({ 'def.json': valid, 's.json': failing });
    expect(await main(['def.json', '--scenario', 's.json', '--out', 't.json'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(JSON.parse(out.written['t.json']!)).toMatchObject({ run: { status: 'Error' } });
  });

  it('refuses an invalid orchestration: exit 2, nothing on stdout, one line per problem naming the file as given', async () => {
    // given a step waiting for a misspelt step
    const { io, out } = fakeIo({ 'order.json': JSON.stringify(withSteps(after('Valdate', 'Ship'))) });
    // when
    const code = await main(['order.json'], io);
    // then
    expect(code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')[0]).toBe('order.json: stages[0].steps[0].start.step: unknown step "Valdate"');
  });

  // FORMAT.md §5's own example: the misspelt predecessor also leaves the stage unable to complete,
  // a warning that came after the error line, though warnings are shown by --validate-only only
  it('a refused run lists its errors alone: the spec\'s example gives its one line; --validate-only adds the warnings', async () => {
    const design = JSON.stringify(withSteps(backgroundStep('Validate'), backgroundStep('Reserve'), after('Valdate', 'Ship')));
    const { io, out } = fakeIo({ 'order.json': design });
    expect(await main(['order.json'], io)).toBe(2);
    expect(out.stderr).toBe('order.json: stages[0].steps[2].start.step: unknown step "Valdate"\n');
    const checked = fakeIo({ 'order.json': design });
    expect(await main(['order.json', '--validate-only'], checked.io)).toBe(2);
    expect(checked.out.stderr).toMatch(/^order\.json: stages\[0\]\.steps\[2\]\.start\.step: unknown step "Valdate"\norder\.json: stages\[0\]\.exit: warning: follows from the error at stages\[0\]\.steps\[2\]\.start\.step: stage "Main" can never complete/);
    const bad = fakeIo({ 'def.json': valid, 's.json': JSON.stringify({ ...scenario({ events: [{ at: 1, type: 'completeWorkItem', step: 'Nope' }] }), evnts: [] }) });
    expect(await main(['def.json', '--scenario', 's.json'], bad.io)).toBe(2);
    expect(bad.out.stderr).toBe('s.json: events[0].step: the orchestration has no step "Nope"\n');
  });

  it('refuses an invalid scenario the same way', async () => {
    const { io, out } = fakeIo({ 'def.json': valid, 's.json': JSON.stringify(scenario({ events: [{ at: 1, type: 'completeWorkItem', step: 'Nope' }] })) });
    expect(await main(['def.json', '--scenario', 's.json'], io)).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('s.json: events[0].step: the orchestration has no step "Nope"\n');
  });

  it('reports text that is not JSON with line:column, and unreadable files, in one line', async () => {
    const { io, out } = fakeIo({ 'def.json': '{\n  "format": nope\n}' });
    expect(await main(['def.json'], io)).toBe(2);
    expect(out.stderr).toMatch(/^def\.json: 2:13: not valid JSON: [^\n]+\n$/);
    const missing = fakeIo({});
    expect(await main(['gone.json'], missing.io)).toBe(2);
    expect(missing.out.stderr).toBe('gone.json: cannot read the file: it does not exist\n');
  });

  it('--validate-only prints ok with warnings on stderr, or the problems', async () => {
    const unreachable = JSON.stringify(orchestration({ stages: [orchestration().stages[0]!, { name: 'Orphan', steps: [] }] }));
    const { io, out } = fakeIo({ 'def.json': unreachable });
    expect(await main(['def.json', '--validate-only'], io)).toBe(0);
    expect(out.stdout).toBe('ok\n');
    expect(out.stderr).toBe('def.json: stages[1]: warning: stage "Orphan" is never reached: no path from the start leads to it\n');
  });

  // --out was ignored with --validate-only: "ok" went to stdout and the file kept an earlier run's trace
  it('--validate-only --out writes what it would print ("ok") to the file, stdout empty; problems still on stderr', async () => {
    const { io, out } = fakeIo({ 'def.json': valid });
    expect(await main(['def.json', '--validate-only', '--out', 'check.txt'], io)).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.written).toEqual({ 'check.txt': 'ok\n' });
    const bad = fakeIo({ 'order.json': JSON.stringify(withSteps(after('Valdate', 'Ship'))) });
    expect(await main(['order.json', '--validate-only', '--out', 'check.txt'], bad.io)).toBe(2);
    expect(bad.out.written).toEqual({});
    expect(bad.out.stderr).toMatch(/^order\.json: stages\[0\]\.steps\[0\]\.start\.step: unknown step "Valdate"/);
  });

  it('prints the usage line for unknown flags and missing arguments (exit 2), and for --help (exit 0)', async () => {
    const bad = fakeIo({});
    expect(await main(['--fast'], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/^simulate: unknown option "--fast"\nusage: npm run --silent simulate -- /);
    const help = fakeIo({});
    expect(await main(['--help'], help.io)).toBe(0);
    expect(help.out.stdout).toMatch(/^usage: /);
  });

  it('a loop that never waits, stopped by maxTransitions: the whole trace, and a warning that names the loop (R7)', async () => {
    // given a stage whose decision always leads back to it, in no time, under a small limit
    const loop = orchestration({
      stages: [stage('Main', [backgroundStep('Main_Step')], { next: 'Again' })],
      decisions: [{ name: 'Again', outcomes: [{ name: 'Yes', logic: 'and', requirements: [{ left: 'Main_Step.Status', operator: 'EqualTo', right: { string: 'Completed' } }], next: 'Main' }] }],
    });
    const limited = JSON.stringify(scenario({ limits: { maxTransitions: 3000 } }));
    const { io, out } = fakeIo({ 'loop.json': JSON.stringify(loop), 's.json': limited });
    // when
    expect(await main(['loop.json', '--scenario', 's.json'], io)).toBe(0);
    // then the trace is whole (written in parts, the same text) and says why it stopped
    const trace = JSON.parse(out.stdout) as Trace;
    expect(trace.run).toMatchObject({ status: 'InProgress', stalled: false, stoppedBy: 'maxTransitions' });
    expect(trace.events.length).toBeGreaterThan(1000);
    expect(out.stdout).toBe(exportTrace(trace));
    expect(out.stderr).toMatch(/^s\.json: limits\.maxTransitions: warning: the run was stopped by limits\.maxTransitions \(3,000 status changes\) at 0 ms of virtual time: step Main_Step started [\d,]+ times — a loop that never waits/);
  });

  // the note said "at 0 ms of virtual time" (the last event) for a run the clock had taken to the limit
  it('a run cut by maxTimeMs: the warning gives the limit the clock reached and the steps still running', async () => {
    const slow = orchestration({ stages: [stage('Main', [backgroundStep('Ship', { flow: 'Call_Out' })])] });
    const limited = JSON.stringify(scenario({ steps: { Ship: { durationMs: 5000 } }, limits: { maxTimeMs: 2000 } }));
    const { io, out } = fakeIo({ 'slow.json': JSON.stringify(slow), 's.json': limited });
    expect(await main(['slow.json', '--scenario', 's.json'], io)).toBe(0);
    expect((JSON.parse(out.stdout) as Trace).run).toMatchObject({ status: 'InProgress', stoppedBy: 'maxTimeMs' });
    expect(out.stderr).toBe('s.json: limits.maxTimeMs: warning: the run was stopped by limits.maxTimeMs (2,000 ms of virtual time), still InProgress: work was due after it (the last event was at 0 ms); still running: Ship\n');
  });

  it('never lets an unexpected failure out as a stack trace', async () => {
    const { io, out } = fakeIo({ 'def.json': valid });
    io.stdout = () => { throw new Error('broken pipe'); };
    expect(await main(['def.json'], io)).toBe(1);
    expect(out.stderr).toBe('simulate: internal error: broken pipe\n');
  });
});

// A process started through tsx compiles the CLI before it runs: 1 s on a quiet machine, 14–16 s on
// a busy one (measured with the suite running), so each case has a minute, as the other CLI
// process tests have; a run that hangs is still killed and fails.
describe('simulate command (real process)', () => {
  it('runs through npm\'s command line: exit 2 and problem lines for an invalid file', async () => {
    // given an invalid orchestration on disk
    const dir = tempDir('stageflow-cli-');
    const file = join(dir, 'order.json');
    writeFileSync(file, JSON.stringify(withSteps(after('Valdate', 'Ship'))));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    // when
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', file], { cwd: root }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
    // then
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}: stages[0].steps[0].start.step: unknown step "Valdate"\n`);
    expect(result.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  }, 60_000);

  // FORMAT.md §5: bad input exits 2 with a one-line message. Node's mkdirSync(…, { recursive: true })
  // never returns under /proc (it retries ENOENT forever), so this run hung until killed.
  it('an --out whose folder cannot be made (/proc/…) exits 2 at once with one line naming the folder', async () => {
    const dir = tempDir('stageflow-cli-');
    const file = join(dir, 'order.json');
    writeFileSync(file, valid);
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const out = '/proc/stageflow-nope/deeper/trace.json';
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'src/cli/simulate.ts', file, '--out', out], { cwd: root, timeout: 60_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${out}: cannot write the file: cannot make the folder /proc/stageflow-nope: /proc takes no new folders\n`);
  }, 90_000);
});
