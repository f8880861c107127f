/**
 * `npm run --silent simulate -- def.json [--scenario s.json] [--out trace.json] [--validate-only]`
 * (FORMAT.md §5). Prints the trace (exit 0 whatever the run's status); bad input gives exit 2 and
 * one `<file>: <where>: <message>` line per problem on stderr, never a stack trace.
 */
import { pathToFileURL } from 'node:url';
import { simulate } from '../engine/index';
import { exportTrace } from '../io/jsonExport';
import { importOrchestration, importScenario, type ImportResult } from '../io/jsonImport';
import type { Orchestration, Problem, Scenario } from '../model/types';
import { parseSimulateArgs, SIMULATE_USAGE } from './args';
import { EXIT_BAD_INPUT, EXIT_OK, guarded, nodeIo, problemLine, writeOutput, type CliIo } from './cliIo';

export { nodeIo, problemLine, type CliIo } from './cliIo';


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
  return writeOutput(io, args.out, text);
}

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export function main(argv: readonly string[], io: CliIo): Promise<number> {
  return guarded('simulate', () => run(argv, io), io);
}


if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2), nodeIo).then((code) => { process.exitCode = code; });
}
