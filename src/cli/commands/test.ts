/**
 * `stageflow test [path…]`: runs every scenario of the designs found (discovery/discover.ts),
 * checks their expectations and reports like a test runner (text, JUnit XML or JSON).
 * Exit 0 all passed, 1 an expectation failed, 2 bad input (a file that cannot be read or is
 * invalid, or no design found) — bad input wins over failures. Designs found without a scenario is a
 * warning, exit 0; 5 only with `--fail-if-nothing-tested` (run/nothingTested.ts). Every report lists what could not be
 * read (a path, a manifest or its entry) as an errored entry, so its counts agree with the exit code.
 */
import { EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, guarded, writeOutput, type CliCommand, type CliIo } from '../cliIo';
import { servingArchived } from '../discovery/archive';
import { discoverSuites } from '../discovery/discover';
import { pickOrchestration } from '../discovery/pickOrchestration';
import type { DiscoveryProblem } from '../discovery/suite';
import { MANIFEST_NAME } from '../discovery/manifest';
import { oneLine } from '../fileLabel';
import { foldKeptVerbatim } from '../foldKeptVerbatim';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { parseOptions } from '../options';
import { isStdin, stdinNotRead } from '../stdinInput';
import { jsonReport } from '../reporters/jsonReporter';
import { junitReport } from '../reporters/junitReporter';
import { textReport } from '../reporters/textReporter';
import { noDesigns, noScenarios, NOTHING_TESTED_HELP, NOTHING_TESTED_OPTIONS, nothingTestedMode } from '../run/nothingTested';
import { totalsOf, type SuiteResult } from '../run/results';
import { runSuites } from '../run/runSuites';

export const HELP: CommandHelp = {
  usage: 'stageflow test [path...] [--orchestration <ApiName>] [--reporter text|junit|json] [--out <file>] [--update] [--fail-if-nothing-tested | --pass-with-no-scenarios]',
  summary: [
    'Runs every scenario of every design found under the paths (default: the current folder) and checks the scenarios\' expectations.',
    `A design is an orchestration .json or .flow-meta.xml (any other flow counts when it has scenarios); its scenarios are <name>.scenario.json and <name>.scenarios/*.json beside it, or what a ${MANIFEST_NAME} lists.`,
    'A path may also be one design or one scenario file, or a project .zip (each orchestration in it, with the scenarios beside it in the archive).',
  ].join('\n'),
  options: [
    ['--orchestration <ApiName>', 'only the design with this API name (a project\'s orchestration, or a design file\'s name without its extension)'],
    ['--reporter <name>', 'text (default; one line per scenario and a summary), junit (JUnit XML for CI servers) or json'],
    ['--out <file>', 'write the report to this file instead of stdout'],
    ['--update', 'record the current outcome as the expectations of scenarios that have none (written into their files; review the diff)'],
    ...NOTHING_TESTED_HELP,
    ['-h, --help', 'this help'],
  ],
  exitCodes: '0 every expectation held (when designs have no scenario at all, a warning says nothing was tested), 1 an expectation failed, 2 bad input (unreadable or invalid file, no design found), 5 nothing was tested (only with --fail-if-nothing-tested)',
  examples: ['stageflow test', 'stageflow test designs/ --reporter junit > junit.xml', 'stageflow test order.json --update'],
};

const REPORTERS: Record<string, (suites: readonly SuiteResult[]) => string> = { text: textReport, junit: junitReport, json: jsonReport };

/** The paths and manifest entries that could not be read, as errored entries of the report (one per file, in the order found). */
function unreadable(problems: readonly DiscoveryProblem[]): SuiteResult[] {
  const byFile = new Map<string, SuiteResult>();
  for (const { file, line } of problems) {
    const known = byFile.get(file);
    if (known) known.problems.push(line);
    else byFile.set(file, { label: file, name: null, problems: [line], scenarios: [], unreadable: true });
  }
  return [...byFile.values()];
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(argv, { reporter: 'string', out: 'string', update: 'boolean', orchestration: 'string', ...NOTHING_TESTED_OPTIONS });
  if (parsed.ok === 'help') { io.stdout(renderHelp(HELP)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('test', parsed.message, HELP)); return EXIT_BAD_INPUT; }
  const reporterName = parsed.options.values.get('reporter') ?? 'text';
  const reporter = REPORTERS[reporterName];
  if (!reporter) { io.stderr(usageError('test', `unknown reporter "${reporterName}" (use text, junit or json)`, HELP)); return EXIT_BAD_INPUT; }
  const paths = parsed.options.positionals;
  if (paths.some(isStdin)) { io.stderr(stdinNotRead('test')); return EXIT_BAD_INPUT; }
  const mode = nothingTestedMode(parsed.options.flags);
  if ('error' in mode) { io.stderr(usageError('test', mode.error, HELP)); return EXIT_BAD_INPUT; }
  const found = await discoverSuites(io, paths);
  // a walk's lines name the files it met as they are: escaped here, so each stays one line (fileLabel.ts)
  for (const line of found.warnings) io.stderr(`${oneLine(line)}\n`);
  if (found.suites.length === 0 && found.problems.length === 0) {
    const none = noDesigns(paths, mode);
    io.stderr(none.line);
    return none.code;
  }
  const wanted = parsed.options.values.get('orchestration');
  if (wanted !== undefined) {
    const picked = pickOrchestration(found.suites, wanted);
    if (!picked.ok) { io.stderr(`test: ${oneLine(picked.message)}\n`); return EXIT_BAD_INPUT; }
    found.suites = picked.suites;
  }
  const results = [...unreadable(found.problems), ...(await runSuites(servingArchived(io, found.archived), found.suites, { update: parsed.options.flags.has('update') }))];
  const out = parsed.options.values.get('out');
  // the problems are in the report; on stderr too, unless the report is text on stdout (they would show twice),
  // the notes on elements kept verbatim counted in one line per file there, as the text report counts them
  if (reporterName !== 'text' || out !== undefined) {
    const lines = results.flatMap((s) => [...s.problems, ...s.scenarios.flatMap((x) => x.problems)]).map((line) => `${oneLine(line)}\n`);
    for (const line of foldKeptVerbatim(lines)) io.stderr(line);
  }
  const written = await writeOutput(io, out, reporter(results));
  if (written !== EXIT_OK) return written;
  const totals = totalsOf(results);
  if (totals.errors > 0) return EXIT_BAD_INPUT;
  if (totals.scenarios === 0) {
    const none = noScenarios(paths, results.map((r) => r.label), mode);
    io.stderr(none.lines);
    if (none.code !== null) return none.code;
  }
  return totals.failed > 0 ? EXIT_FAILED : EXIT_OK;
}

/** `stageflow test`. */
export const main: CliCommand = (argv, io) => guarded('test', () => run(argv, io), io);
