/**
 * `stageflow diff <old> <new> [--scenario s.json]…`: runs both versions of a design (JSON or Flow
 * XML) under the same scenarios and reports what they do differently, side by side (verify/diff).
 * Like `git diff`, it exits 0 whether or not behaviour changed; `--exit-code` makes a change exit 1.
 */
import type { Orchestration, Scenario } from '../../model/types';
import { givenScenarioName, scenarioReportName } from '../run/scenarioName';
import { describeSubject, diffBehaviour, type BehaviourChange } from '../../verify/diff/index';
import { runScenario } from '../../verify/runScenario';
import { designForScenario } from '../run/scenarioDesign';
import { EXIT_BAD_INPUT, EXIT_FAILED, EXIT_OK, guarded, writeOutput, type CliCommand, type CliIo } from '../cliIo';
import { scenariosBeside } from '../discovery/naming';
import { fileLabel } from '../fileLabel';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { foldKeptVerbatim } from '../foldKeptVerbatim';
import { loadDesign, loadScenario, printProblems } from '../loadFiles';
import { parseOptions } from '../options';
import { isStdin, stdinTwice } from '../stdinInput';
import { table } from '../table';
import { withFlowsOfNew, withoutReplacedPlaceholders } from './diffFlowsOfNew';

export const HELP: CommandHelp = {
  usage: 'stageflow diff <old design> <new design> [--scenario <scenario.json>]... [--exit-code] [--reporter text|json] [--out <file>]',
  summary: [
    'Runs two versions of a design (.json or .flow-meta.xml) under the same scenarios and reports what changed in behaviour, side by side:',
    'the run\'s status and end, steps that start later, earlier or never, run-as users, decision outcomes, final statuses, elements added or removed.',
    'Without --scenario: the scenarios beside the new design (<name>.scenario.json, <name>.scenarios/*.json), else the default scenario (nothing special happens).',
  ].join('\n'),
  options: [
    ['--scenario <file>', 'a scenario to run both versions under (repeatable); it must suit both versions'],
    ['--exit-code', 'exit 1 when the behaviour differs (default: exit 0 either way, like git diff)'],
    ['--reporter <name>', 'text (default) or json'],
    ['--out <file>', 'write the report to this file instead of stdout'],
    ['-h, --help', 'this help'],
  ],
  exitCodes: '0 compared (1 with --exit-code when the behaviour differs), 2 bad input',
  examples: ['stageflow diff main/order.json order.json --scenario order.scenarios/slow-payment.json', 'stageflow diff Order.v1.flow-meta.xml Order.flow-meta.xml --exit-code', 'git show main:order.json | stageflow diff - order.json   (- is standard input: either version, or one --scenario)'],
};

interface Compared { scenario: string; file: string | null; changes: BehaviourChange[] }

function changeRow(change: BehaviourChange): string[] {
  const delta = change.deltaMs === undefined || change.deltaMs === 0 ? '' : ` (${change.deltaMs > 0 ? '+' : '−'}${Math.abs(change.deltaMs)} ms)`;
  return [describeSubject(change), change.old, `${change.new}${delta}`];
}

function textReport(oldFile: string, newFile: string, compared: readonly Compared[]): string {
  // names as the problem lines write them: escaped, one line each, and `-` as <stdin> (fileLabel.ts)
  const lines = [`old: ${fileLabel(oldFile)}`, `new: ${fileLabel(newFile)}`];
  for (const c of compared) {
    const heading = `scenario "${fileLabel(c.scenario)}"${c.file ? ` (${fileLabel(c.file)})` : ''}`;
    if (c.changes.length === 0) { lines.push('', `${heading}: same behaviour`); continue; }
    lines.push('', `${heading}: ${c.changes.length} change${c.changes.length === 1 ? '' : 's'}`);
    lines.push(...table([['', 'old', 'new'], ...c.changes.map(changeRow)]).map((l) => `  ${l}`));
  }
  const changed = compared.filter((c) => c.changes.length > 0).length;
  lines.push('', `${compared.length} scenario${compared.length === 1 ? '' : 's'}: ${changed} with changed behaviour, ${compared.length - changed} the same`);
  return `${lines.join('\n')}\n`;
}

function jsonReport(oldFile: string, newFile: string, compared: readonly Compared[]): string {
  const named = (file: string) => (isStdin(file) ? fileLabel(file) : file);
  return `${JSON.stringify({ format: 'stageflow.diffReport', version: 1, old: named(oldFile), new: named(newFile), scenarios: compared.map((c) => ({ ...c, file: c.file === null ? null : named(c.file) })) }, null, 2)}\n`;
}

const DEFAULT_SCENARIO: Scenario = { format: 'stageflow.scenario', version: 1, name: 'default scenario' };

/** `io` whose stderr lines are kept in `lines` instead of printed. */
function holding(io: CliIo, lines: string[]): CliIo {
  return { ...io, stderr: (text) => { lines.push(...text.split(/(?<=\n)/)); } };
}

/**
 * Each scenario loaded against both versions (it must be valid for both); null after printing why
 * not. A line said of one version only ("the orchestration has no step X") names that version:
 * in a diff of two orchestrations "the orchestration" does not say which; a line said of both (a
 * file that cannot be read, a warning) is printed once, as it is.
 */
async function loadScenarios(io: CliIo, files: readonly string[], oldDoc: Orchestration, newDoc: Orchestration, names: { old: string; new: string }): Promise<{ file: string | null; scenario: Scenario }[] | null> {
  if (files.length === 0) return [{ file: null, scenario: DEFAULT_SCENARIO }];
  const out: { file: string | null; scenario: Scenario }[] = [];
  let ok = true;
  for (const file of files) {
    const said = { old: [] as string[], new: [] as string[] };
    const forOld = await loadScenario(holding(io, said.old), file, oldDoc);
    const forNew = await loadScenario(holding(io, said.new), file, newDoc);
    // its warnings (a field no scenario has, `stepz`, changes what runs) were not printed at all
    if (forOld) printProblems(holding(io, said.old), file, forOld.warnings);
    if (forNew) printProblems(holding(io, said.new), file, forNew.warnings);
    const only = (which: 'old' | 'new', other: readonly string[]) => said[which].filter((line) => !other.includes(line)).map((line) => line.replace(/\n?$/, ` (the ${which} version, ${fileLabel(names[which])})\n`));
    [...said.old.filter((line) => said.new.includes(line)), ...only('old', said.new), ...only('new', said.old)].forEach((line) => io.stderr(line));
    if (forOld && forNew) out.push({ file, scenario: forNew.doc });
    else ok = false;
  }
  return ok ? out : null;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseOptions(argv, { scenario: 'list', 'exit-code': 'boolean', reporter: 'string', out: 'string' });
  if (parsed.ok === 'help') { io.stdout(renderHelp(HELP)); return EXIT_OK; }
  if (!parsed.ok) { io.stderr(usageError('diff', parsed.message, HELP)); return EXIT_BAD_INPUT; }
  const [oldFile, newFile, ...extra] = parsed.options.positionals;
  if (oldFile === undefined || newFile === undefined || extra.length > 0) {
    io.stderr(usageError('diff', extra.length > 0 ? 'give exactly two designs, the old one first' : 'give two designs, the old one first', HELP));
    return EXIT_BAD_INPUT;
  }
  const given = parsed.options.lists.get('scenario') ?? [];
  // `git show main:order.json | stageflow diff - order.json`: one of the documents may be piped in, not two
  const twice = stdinTwice([oldFile, newFile, ...given]);
  if (twice) { io.stderr(usageError('diff', twice, HELP)); return EXIT_BAD_INPUT; }
  const reporter = parsed.options.values.get('reporter') ?? 'text';
  if (reporter !== 'text' && reporter !== 'json') { io.stderr(usageError('diff', `unknown reporter "${reporter}" (use text or json)`, HELP)); return EXIT_BAD_INPUT; }
  // the notes of both are held until the flows the old version takes from the new one are known
  const held = { old: [] as string[], new: [] as string[] };
  const holding = (lines: string[]): CliIo => ({ ...io, stderr: (text) => { lines.push(...text.split(/(?<=\n)/)); } });
  const flush = (replaced: readonly string[]) => foldKeptVerbatim([...withoutReplacedPlaceholders(oldFile, held.old, replaced), ...held.new]).forEach((text) => io.stderr(text));
  const oldDesign = await loadDesign(holding(held.old), oldFile);
  const newDesign = await loadDesign(holding(held.new), newFile);
  if (!oldDesign || !newDesign) { flush([]); return EXIT_BAD_INPUT; }
  const shared = withFlowsOfNew(oldFile, oldDesign.doc, newDesign.doc);
  flush(shared.replaced);
  shared.warnings.forEach((line) => io.stderr(`${line}\n`));
  oldDesign.doc = shared.doc;
  // beside the new design's file: for `<project>#<ApiName>` (or a project folder) the orchestration's file in it, as `test` finds them;
  // a design piped in has no file to be beside, so it runs the default scenario unless --scenario is given
  const besideNew = io.pathKind && io.listDir && !isStdin(newFile);
  const files = given.length > 0 ? given : besideNew ? await scenariosBeside(io, newDesign.file ?? newFile) : [];
  const scenarios = await loadScenarios(io, files, oldDesign.doc, newDesign.doc, { old: oldFile, new: newFile });
  if (!scenarios) return EXIT_BAD_INPUT;
  const compared: Compared[] = [];
  for (const { file, scenario } of scenarios) {
    const before = runScenario(await designForScenario(oldDesign.doc, scenario), scenario).trace;
    const after = runScenario(await designForScenario(newDesign.doc, scenario), scenario).trace;
    compared.push({ scenario: file ? scenarioReportName(scenario.name, file) : givenScenarioName(scenario.name) ?? 'default scenario', file, changes: diffBehaviour(oldDesign.doc, before, newDesign.doc, after) });
  }
  const text = reporter === 'json' ? jsonReport(oldFile, newFile, compared) : textReport(oldFile, newFile, compared);
  const written = await writeOutput(io, parsed.options.values.get('out'), text);
  if (written !== EXIT_OK) return written;
  return parsed.options.flags.has('exit-code') && compared.some((c) => c.changes.length > 0) ? EXIT_FAILED : EXIT_OK;
}

/** `stageflow diff`. */
export const main: CliCommand = (argv, io) => guarded('diff', () => run(argv, io), io);
