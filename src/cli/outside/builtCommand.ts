/**
 * The outside suite's view of Stageflow: the `stageflow` executable as a CI job runs it — built by
 * the same config as `npm run build` into a temporary folder (never a stale dist-cli/), started
 * with plain Node as a separate process, its standard output a pipe (not a terminal), its exit
 * code, stdout and stderr read as they come. What the suite checks of every run, from FORMAT.md §5
 * and docs/cli.md alone: an exit code from the spec's list, no stack trace, no colour in a pipe.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const outsideFixtures = join(repoRoot, 'src/cli/outside/__fixtures__');
export const realProjects = join(repoRoot, 'src/io/project/__fixtures__');

export interface Ran { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string; ms: number }

/**
 * Builds the executable into a folder of its own; returns its path and how to remove the folder.
 * STAGEFLOW_OUTSIDE_BIN names another build to run the suite against instead (an installed
 * package's stageflow.js, or the build of an older commit, to see a test fail there).
 */
export async function buildStageflow(): Promise<{ bin: string; remove: () => void }> {
  const given = process.env.STAGEFLOW_OUTSIDE_BIN;
  if (given) return { bin: given, remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'stageflow-outside-'));
  const out = join(dir, 'dist-cli');
  await new Promise<void>((resolve, reject) => {
    execFile(process.execPath, [join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '-c', 'vite.cli.config.ts', '--outDir', out, '--logLevel', 'error'],
      { cwd: repoRoot }, (error, _stdout, stderr) => (error ? reject(new Error(`the CLI build failed: ${stderr}`)) : resolve()));
  });
  return { bin: join(out, 'stageflow.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `node <bin> …args` in `cwd`, `stdin` piped in (else an empty pipe: never a terminal). A run
 * still going after `timeoutMs` is killed and reported with its signal: a hang is a defect too.
 */
export function runCommand(bin: string, args: readonly string[], cwd: string, stdin = '', timeoutMs = 60_000): Promise<Ran> {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { ...process.env, FORCE_COLOR: undefined, NO_COLOR: undefined }, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), ms: Date.now() - started });
    });
    child.stdin.on('error', () => undefined); // a command that never reads its input closes the pipe
    child.stdin.end(stdin);
  });
}

/** FORMAT.md §5: 0 ok, 1 expectations failed (or an internal error), 2 bad input. */
export const SPEC_EXIT_CODES = [0, 1, 2];

/** What no run may show, whatever its input: a Node stack frame, an uncaught error's name, an ANSI colour in a pipe. */
export function outsideFaults(ran: Ran): string[] {
  const faults: string[] = [];
  if (ran.signal) faults.push(`killed by ${ran.signal} (it hung)`);
  if (ran.code === null || !SPEC_EXIT_CODES.includes(ran.code)) faults.push(`exit code ${String(ran.code)} is not one of FORMAT.md §5's`);
  for (const [name, text] of [['stdout', ran.stdout], ['stderr', ran.stderr]] as const) {
    if (/^\s+at .+[(:]\d+/m.test(text)) faults.push(`${name} holds a stack trace`);
    if (/\b(TypeError|RangeError|ReferenceError|SyntaxError|Uncaught)\b|internal error:/.test(text)) faults.push(`${name} names an internal error`);
    if (text.includes('\u001b[')) faults.push(`${name} holds an ANSI colour code in a pipe`);
    if (/\b(ENOENT|ELOOP|ENOTDIR|EISDIR|ENAMETOOLONG|EACCES|EMFILE)\b/.test(text)) faults.push(`${name} shows a system error code, not words`);
  }
  return faults;
}

/** Every stderr line of a refusal is `<file>: <where or message>…`, never a blank one. */
export function problemLines(stderr: string): string[] {
  return stderr.split('\n').filter((line) => line !== '');
}
