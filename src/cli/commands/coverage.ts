/**
 * `stageflow coverage [path…] [--min N]`: runs every scenario of each design found (as `test`
 * does, without checking expectations) and reports which steps started, which decision outcomes
 * and default paths were taken, which conditions held and which fault paths ran — a table per
 * design and what was never reached. With `--min`, a design below N% exits 1.
 */
import { runScenario } from '../../verify/runScenario';
import { designForScenario } from '../run/scenarioDesign';
import { scenarioReportName } from '../run/scenarioName';
import { COVERAGE_KINDS, computeCoverage, type CoverageCount, type CoverageKind, type CoverageReport } from '../../verify/coverage/index';
import { EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, guarded, writeOutput, type CliCommand, type CliIo } from '../cliIo';
import { servingArchived } from '../discovery/archive';
import { discoverSuites } from '../discovery/discover';
import { pickOrchestration } from '../discovery/pickOrchestration';
import { suiteLabel } from '../discovery/suite';
import { oneLine } from '../fileLabel';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { foldingKeptVerbatim } from '../foldKeptVerbatim';
import { loadScenario, printProblems } from '../loadFiles';
import { parseOptions } from '../options';
import { isStdin, stdinNotRead } from '../stdinInput';
import { loadSuiteDesign } from '../run/loadSuiteDesign';
import { noDesigns, noScenarios, NOTHING_TESTED_HELP, NOTHING_TESTED_OPTIONS, nothingTestedMode } from '../run/nothingTested';
import { table } from '../table';

export const HELP: CommandHelp = {
  usage: 'stageflow coverage [path...] [--orchestration <ApiName>] [--min <percent>] [--reporter text|json] [--out <file>] [--fail-if-nothing-tested | --pass-with-no-scenarios]',
  summary: [
    'Runs every scenario of every design found (as "stageflow test" finds them) and reports, per design, which steps started,',
    'which decision outcomes and default paths were taken, which conditions (requirements, evaluation flows) held and which fault paths ran.',
  ].join('\n'),
  options: [
    ['--orchestration <ApiName>', 'only the design with this API name (as for "stageflow test")'],
    ['--min <percent>', 'fail (exit 1) when a design\'s overall coverage is below this (0-100: 80 or 80%)'],
    ['--reporter <name>', 'text (default; a table per design and what was never reached) or json'],
    ['--out <file>', 'write the report to this file instead of stdout'],
    ...NOTHING_TESTED_HELP,
    ['-h, --help', 'this help'],
  ],
  exitCodes: '0 reported (and every design at or above --min; when no scenario ran at all, a warning says nothing was measured), 1 a design below --min, 2 bad input (unreadable or invalid file, no design found), 5 nothing was measured (only with --fail-if-nothing-tested)',
  examples: ['stageflow coverage public/samples --min 100', 'stageflow coverage designs/order.json'],
};

const KIND_NAMES: Record<CoverageKind, string> = { step: 'steps', outcome: 'decision outcomes', condition: 'conditions', faultPath: 'fault paths' };

/** `couldNotRun`: the scenario files that could not be read or run, so are not counted (their problems are on stderr). */
interface DesignCoverage { label: string; scenarios: string[]; couldNotRun: string[]; report: CoverageReport }

function textBlock({ label, scenarios, couldNotRun, report }: DesignCoverage, min: number | undefined): string {
  const percent = (c: CoverageCount) => (c.total === 0 ? '-' : String(c.percent));
  const rows = [['', 'covered', '%'], ...COVERAGE_KINDS.map((k) => [KIND_NAMES[k], `${report.byKind[k].covered}/${report.byKind[k].total}`, percent(report.byKind[k])])];
  rows.push(['all', `${report.overall.covered}/${report.overall.total}`, String(report.overall.percent)]);
  // a scenario that could not run is said in the heading, so a log showing 100% and exit 2 says why it is not all
  const unrun = couldNotRun.length > 0 ? `; ${couldNotRun.length} more could not run, not counted (see stderr)` : '';
  const lines = [`${oneLine(label)} (${oneLine(report.design)}): ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'}${unrun}`, ...table(rows, [1, 2]).map((l) => `  ${l}`)];
  const missed = report.items.filter((i) => i.reachedIn.length === 0);
  if (missed.length > 0) lines.push('  never reached:', ...missed.map((i) => `    ${oneLine(i.description)}`));
  if (min !== undefined && report.overall.percent < min) lines.push(`  below --min ${min}%`);
  return lines.join('\n');
}

function jsonText(designs: readonly DesignCoverage[], min: number | undefined): string {
  const out = { format: 'stageflow.coverageReport', version: 1, min: min ?? null, designs: designs.map((d) => ({ file: d.label, scenarios: d.scenarios, couldNotRun: d.couldNotRun, ...d.report })) };
  return `${JSON.stringify(out, null, 2)}\n`;
}

function parseMin(text: string | undefined): number | undefined | null {
  if (text === undefined) return undefined;
  // `--min 80%` is how a percentage is written: its sign is taken (chosen, docs/cli.md)
  const bare = text.trim().replace(/%$/, '');
  const n = Number(bare);
  return bare.trim() !== '' && Number.isFinite(n) && n >= 0 && n <= 100 ? n : null;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(argv, { min: 'string', reporter: 'string', out: 'string', orchestration: 'string', ...NOTHING_TESTED_OPTIONS });
  if (parsed.ok === 'help') { io.stdout(renderHelp(HELP)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('coverage', parsed.message, HELP)); return EXIT_BAD_INPUT; }
  const min = parseMin(parsed.options.values.get('min'));
  if (min === null) { io.stderr(usageError('coverage', `--min takes a percentage from 0 to 100 (got "${parsed.options.values.get('min')}")`, HELP)); return EXIT_BAD_INPUT; }
  const reporter = parsed.options.values.get('reporter') ?? 'text';
  if (reporter !== 'text' && reporter !== 'json') { io.stderr(usageError('coverage', `unknown reporter "${reporter}" (use text or json)`, HELP)); return EXIT_BAD_INPUT; }
  const paths = parsed.options.positionals;
  if (paths.some(isStdin)) { io.stderr(stdinNotRead('coverage')); return EXIT_BAD_INPUT; }
  const mode = nothingTestedMode(parsed.options.flags);
  if ('error' in mode) { io.stderr(usageError('coverage', mode.error, HELP)); return EXIT_BAD_INPUT; }
  const found = await discoverSuites(io, paths);
  // a walk's lines name the files it met as they are: escaped here, so each stays one line (fileLabel.ts)
  for (const line of found.warnings) io.stderr(`${oneLine(line)}\n`);
  for (const problem of found.problems) io.stderr(`${oneLine(problem.line)}\n`);
  if (found.suites.length === 0) {
    if (found.problems.length > 0) return EXIT_BAD_INPUT;
    const none = noDesigns(paths, mode);
    io.stderr(none.line);
    return none.code;
  }
  const wanted = parsed.options.values.get('orchestration');
  if (wanted !== undefined) {
    const picked = pickOrchestration(found.suites, wanted);
    if (!picked.ok) { io.stderr(`coverage: ${oneLine(picked.message)}\n`); return EXIT_BAD_INPUT; }
    found.suites = picked.suites;
  }
  let bad = found.problems.length > 0;
  const designs: DesignCoverage[] = [];
  for (const suite of found.suites) {
    const design = await foldingKeptVerbatim(io, (held) => loadSuiteDesign(held, suite.design));
    if (!design) { bad = true; continue; }
    // the design's own warnings (a field the format does not have, a step that can never start…), as
    // test prints them: often why a path was not reached
    printProblems(io, design.file ?? suiteLabel(suite.design), design.warnings);
    const runs = [];
    const reading = servingArchived(io, found.archived);
    const ran: string[] = [];
    const couldNotRun: string[] = [];
    for (const file of suite.scenarios) {
      const scenario = await loadScenario(reading, file, design.doc);
      if (!scenario) { bad = true; couldNotRun.push(file); continue; }
      // the scenario's warnings (a misspelt field, a RecordTypeId naming no record type), as
      // simulate --validate-only and test print them: they often say why something was not reached
      printProblems(io, file, scenario.warnings);
      runs.push({ name: scenarioReportName(scenario.doc.name, file), trace: runScenario(await designForScenario(design.doc, scenario.doc), scenario.doc).trace });
      ran.push(file);
    }
    const report = computeCoverage(design.doc, runs);
    // a design no scenario ran is at 0%, even one with nothing to count (docs/cli.md): --min catches it
    const overall = runs.length === 0 ? { ...report.overall, percent: 0 } : report.overall;
    // the scenarios counted are those that ran (one that could not be read is on stderr and exits 2)
    designs.push({ label: suiteLabel(suite.design), scenarios: ran, couldNotRun, report: { ...report, overall } });
  }
  // no design loaded: nothing on stdout, as validate prints nothing for bad input (its problems are on stderr)
  const text = reporter === 'json' ? jsonText(designs, min) : designs.length === 0 ? '' : `${designs.map((d) => textBlock(d, min)).join('\n\n')}\n`;
  const written = await writeOutput(io, parsed.options.values.get('out'), text);
  if (written !== EXIT_OK || bad) return EXIT_BAD_INPUT;
  // every design at 0% because no scenario ran: said, as --min alone would not say it (exit 5 only when asked for)
  if (designs.every((d) => d.scenarios.length === 0)) {
    const none = noScenarios(paths, designs.map((d) => d.label), mode);
    io.stderr(none.lines);
    if (none.code !== null) return none.code;
  }
  return min !== undefined && designs.some((d) => d.report.overall.percent < min) ? EXIT_FAILED : EXIT_OK;
}

/** `stageflow coverage`. */
export const main: CliCommand = (argv, io) => guarded('coverage', () => run(argv, io), io);
