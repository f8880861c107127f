/**
 * `stageflow simulate` (and `npm run simulate`, FORMAT.md §5): runs a design under a scenario and
 * prints the trace (exit 0 whatever the run's status); bad input exits 2 with one
 * `<file>: <where>: <message>` line per problem on stderr, never a stack trace.
 */
import { simulate } from '../../engine/index';
import { exportTraceInParts } from '../../io/jsonExport';
import { DEFAULT_MAX_TIME_MS, DEFAULT_MAX_TRANSITIONS } from '../../model/scenarioLimits';
import type { Problem, Scenario, Trace } from '../../model/types';
import { parseSimulateArgs } from '../args';
import { EXIT_BAD_INPUT, EXIT_OK, guarded, WHOLE_DOCUMENT, writeOutput, writeOutputParts, type CliCommand, type CliIo } from '../cliIo';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { fileLabel } from '../fileLabel';
import { foldKeptVerbatim } from '../foldKeptVerbatim';
import { loadDesign, loadScenario, printProblems } from '../loadFiles';
import { designForScenario } from '../run/scenarioDesign';
import { refusedForUnreadFlows } from '../unreadCalledFlows';

/** The help of `simulate` under a program name (`stageflow simulate`, `npm run --silent simulate --`). */
export function simulateHelp(program: string): CommandHelp {
  return {
    usage: `${program} <orchestration.json | .flow-meta.xml | project folder | project.zip> [--orchestration <ApiName>] [--scenario <scenario.json>] [--out <trace.json>] [--validate-only]`,
    summary: 'Runs the orchestration (JSON, .flow-meta.xml, or one of an SFDX project folder or .zip, with the flows it calls) on the virtual clock and prints its trace JSON (FORMAT.md §4).',
    options: [
      ['--orchestration <ApiName>', 'which orchestration of the project folder or .zip (needed when it has several; <project>#<ApiName> says the same)'],
      ['--scenario <file>', 'what happens during the run (step outcomes, events); default: nothing special'],
      ['--out <file>', 'write the trace (with --validate-only: "ok") to this file instead of stdout'],
      ['--validate-only', 'check the files, print "ok" or the problems, run nothing'],
      ['-h, --help', 'this help'],
    ],
    exitCodes: '0 trace printed (whatever the run\'s final status), 2 bad input (one "<file>: <path>: <message>" line per problem on stderr)',
    examples: [`${program} order.json --scenario slow-payment.json --out trace.json`, `${program} my-sfdx-project --orchestration Order_Fulfilment`, `cat order.json | ${program} - --out trace.json   (- is standard input)`],
  };
}

/** What a scenario limit that cut the run short means, for the admin (stderr), or null. */
function limitNote(trace: Trace, scenario: Scenario | undefined): string | null {
  const by = trace.run.stoppedBy;
  if (!by) return null;
  const at = `at ${trace.run.endedAt ?? trace.events.at(-1)?.t ?? 0} ms of virtual time`;
  if (by === 'maxTimeMs') {
    // the clock ran to the limit, not to the last event: say so, and what was still under way
    const running = Object.entries(trace.steps).filter(([, step]) => step.status === 'InProgress').map(([name]) => name);
    const under = running.length > 0 ? `; still running: ${running.slice(0, 3).join(', ')}${running.length > 3 ? ` and ${running.length - 3} more` : ''}` : '';
    return `the run was stopped by limits.maxTimeMs (${(scenario?.limits?.maxTimeMs ?? DEFAULT_MAX_TIME_MS).toLocaleString('en-US')} ms of virtual time), still ${trace.run.status}: work was due after it (the last event was at ${(trace.events.at(-1)?.t ?? 0).toLocaleString('en-US')} ms)${under}`;
  }
  let most: [string, number] | null = null;
  for (const [name, step] of Object.entries(trace.steps)) if (step.starts > 1 && (!most || step.starts > most[1])) most = [name, step.starts];
  const loop = most ? `: step ${most[0]} started ${most[1].toLocaleString('en-US')} times — a loop that never waits repeats until the limit; give the scenario a lower limits.maxTransitions to stop it sooner` : '';
  return `the run was stopped by limits.maxTransitions (${(scenario?.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS).toLocaleString('en-US')} status changes) ${at}${loop}`;
}

/** A problem line that is a warning: `<file>: <path>: warning: …` or `<file>: warning: …` (problemLine, xmlWarningLine). */
const WARNING_LINE = /^.+?: (?:\S+: )?warning: /;

/**
 * Loads a file with its lines held; when it is refused (null), only the lines that are not warnings
 * are printed. FORMAT.md §5: warnings are shown by `--validate-only` only, and a refused run says
 * what refuses it — the spec's own example (`unknown step "Valdate"`) is one line, without the
 * warning that error brings (its stage "can never complete"). With `--validate-only` (`filter`
 * false) everything is printed as it comes; a run that goes ahead counts the notes on elements kept
 * verbatim in one line per file (foldKeptVerbatim.ts).
 */
async function errorsOnlyWhenRefused<T>(io: CliIo, filter: boolean, load: (io: CliIo) => Promise<T | null>): Promise<T | null> {
  if (!filter) return load(io);
  const lines: string[] = [];
  const loaded = await load({ ...io, stderr: (text) => { lines.push(...text.split(/(?<=\n)/)); } });
  const shown = loaded === null ? lines.filter((line) => !WARNING_LINE.test(line)) : foldKeptVerbatim(lines);
  for (const line of shown) io.stderr(line);
  return loaded;
}

/** The engine's placeholder error (matched by name: builds without an engine export the class, others do not). */
function isEngineNotAvailable(e: unknown): boolean {
  return e instanceof Error && (e.name === 'EngineNotAvailableError' || e.constructor.name === 'EngineNotAvailableError');
}

async function run(argv: readonly string[], io: CliIo, help: CommandHelp): Promise<number> {
  const parsed = parseSimulateArgs(argv);
  if (parsed.ok === 'help') { io.stdout(renderHelp(help)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('simulate', parsed.message, help)); return EXIT_BAD_INPUT; }
  const args = parsed.args;
  const design = await errorsOnlyWhenRefused(io, !args.validateOnly, (quiet) => loadDesign(quiet, args.orchestration, args.project === undefined ? {} : { orchestration: args.project }));
  if (!design) return EXIT_BAD_INPUT;
  let scenario: Scenario | undefined;
  let scenarioWarnings: Problem[] = [];
  if (args.scenario !== undefined) {
    const file = args.scenario;
    const loaded = await errorsOnlyWhenRefused(io, !args.validateOnly, (quiet) => loadScenario(quiet, file, design.doc));
    if (!loaded) return EXIT_BAD_INPUT;
    scenario = loaded.doc;
    scenarioWarnings = loaded.warnings;
  }
  if (args.validateOnly) {
    printProblems(io, design.file ?? args.orchestration, design.warnings);
    if (args.scenario !== undefined) printProblems(io, args.scenario, scenarioWarnings);
    // checked as `validate` checks it: a called flow's unreadable file is no valid design
    if (refusedForUnreadFlows(io, design.file ?? args.orchestration, design)) return EXIT_BAD_INPUT;
    // --out takes what would be printed, as for every command (docs/cli.md, chosen): a file a CI job
    // names is written on every run, never left holding an earlier run's trace
    return writeOutput(io, args.out, 'ok\n');
  }
  let trace: Trace;
  try {
    trace = simulate(await designForScenario(design.doc, scenario), scenario);
  } catch (e) {
    if (isEngineNotAvailable(e)) { io.stderr('simulate: running is not available in this version\n'); return EXIT_BAD_INPUT; }
    throw e;
  }
  const stopped = limitNote(trace, scenario);
  // at the scenario's limit that stopped it (FORMAT.md §5: every warning line has a place); with no scenario, the whole run
  if (stopped) io.stderr(`${fileLabel(args.scenario ?? args.orchestration)}: ${args.scenario !== undefined ? `limits.${trace.run.stoppedBy}` : WHOLE_DOCUMENT}: warning: ${stopped}\n`);
  // in parts: a run cut short by maxTransitions can hold more events than one string can
  return writeOutputParts(io, args.out, exportTraceInParts(trace));
}

/** The `simulate` command under a program name (used in its usage lines). */
export function simulateCommand(program = 'stageflow simulate'): CliCommand {
  const help = simulateHelp(program);
  return (argv, io) => guarded('simulate', () => run(argv, io, help), io);
}

/** `stageflow simulate`. */
export const main: CliCommand = simulateCommand();
