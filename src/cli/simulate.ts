/**
 * `npm run --silent simulate -- def.json [--scenario s.json] [--out trace.json] [--validate-only]`
 * (FORMAT.md §5). Prints the trace (exit 0 whatever the run's status); bad input gives exit 2 and
 * one `<file>: <where>: <message>` line per problem on stderr, never a stack trace.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { simulate } from '../engine/index';
import { exportTrace } from '../io/jsonExport';
import { importOrchestration, importScenario, type ImportResult } from '../io/jsonImport';
import { DEFAULT_MAX_BYTES } from '../io/jsonText';
import type { Orchestration, Problem, Scenario } from '../model/types';
import { parseSimulateArgs, SIMULATE_USAGE } from './args';

/** What the command touches of the outside world (replaced in tests). */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The file's text; throws an Error whose message says why it cannot be read. */
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

const EXIT_OK = 0;
const EXIT_INTERNAL = 1;
const EXIT_BAD_INPUT = 2;

/** `<file>: <path>: <message>`, with `warning:` before warnings' messages. */
export function problemLine(file: string, problem: Problem): string {
  const where = problem.path === '' ? '' : `${problem.path}: `;
  return `${file}: ${where}${problem.severity === 'warning' ? 'warning: ' : ''}${problem.message}`;
}

function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  const ordered = [...problems.filter((p) => p.severity === 'error'), ...problems.filter((p) => p.severity === 'warning')];
  for (const problem of ordered) io.stderr(`${problemLine(file, problem)}\n`);
}

async function load<T>(io: CliIo, file: string, parse: (text: string) => ImportResult<T>): Promise<{ doc: T; warnings: Problem[] } | null> {
  let text: string;
  try {
    text = await io.readFile(file);
  } catch (e) {
    io.stderr(`${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  const result = parse(text);
  if (!result.ok) { printProblems(io, file, result.problems); return null; }
  return { doc: result.doc, warnings: result.problems };
}

/** The engine's placeholder error (matched by name: builds without an engine export the class, others do not). */
function isEngineNotAvailable(e: unknown): boolean {
  return e instanceof Error && (e.name === 'EngineNotAvailableError' || e.constructor.name === 'EngineNotAvailableError');
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseSimulateArgs(argv);
  if (parsed.ok === 'help') { io.stdout(`${SIMULATE_USAGE}\n`); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(`simulate: ${parsed.message}\n${SIMULATE_USAGE}\n`); return EXIT_BAD_INPUT; }
  const args = parsed.args;
  const orchestration = await load(io, args.orchestration, (text) => importOrchestration(text));
  if (!orchestration) return EXIT_BAD_INPUT;
  const doc: Orchestration = orchestration.doc;
  let scenario: Scenario | undefined;
  let scenarioWarnings: Problem[] = [];
  if (args.scenario !== undefined) {
    const loaded = await load(io, args.scenario, (text) => importScenario(text, doc));
    if (!loaded) return EXIT_BAD_INPUT;
    scenario = loaded.doc;
    scenarioWarnings = loaded.warnings;
  }
  if (args.validateOnly) {
    printProblems(io, args.orchestration, orchestration.warnings);
    if (args.scenario !== undefined) printProblems(io, args.scenario, scenarioWarnings);
    io.stdout('ok\n');
    return EXIT_OK;
  }
  let text: string;
  try {
    text = exportTrace(simulate(doc, scenario));
  } catch (e) {
    if (isEngineNotAvailable(e)) { io.stderr('simulate: running is not available in this version\n'); return EXIT_BAD_INPUT; }
    throw e;
  }
  if (args.out === undefined) { io.stdout(text); return EXIT_OK; }
  try {
    await io.writeFile(args.out, text);
  } catch (e) {
    io.stderr(`${args.out}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_BAD_INPUT;
  }
  return EXIT_OK;
}

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    io.stderr(`simulate: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_INTERNAL;
  }
}

const REASONS: Record<string, string> = {
  ENOENT: 'cannot read the file: it does not exist',
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
};

function systemMessage(e: unknown, fallback: string): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return REASONS[code] ?? `${fallback}${e instanceof Error ? `: ${e.message}` : ''}`;
}

/** The real console and file system. Files above the import cap are refused before being read. */
export const nodeIo: CliIo = {
  stdout: (text) => { process.stdout.write(text); },
  stderr: (text) => { process.stderr.write(text); },
  async readFile(path) {
    try {
      const info = await stat(path);
      if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
      if (info.size > DEFAULT_MAX_BYTES) throw new Error(`the file is ${(info.size / 1048576).toFixed(1)} MB, more than the ${DEFAULT_MAX_BYTES / 1048576} MB limit`);
      return await readFile(path, 'utf8');
    } catch (e) {
      if (e instanceof Error && !('code' in e)) throw e;
      throw new Error(systemMessage(e, 'cannot read the file'));
    }
  },
  async writeFile(path, text) {
    try {
      await writeFile(path, text, 'utf8');
    } catch (e) {
      throw new Error(systemMessage(e, 'cannot write the file').replace('cannot read', 'cannot write'));
    }
  },
};

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2), nodeIo).then((code) => { process.exitCode = code; });
}
