/**
 * `stageflow convert` (and `npm run convert`, FORMAT.md §6): orchestration JSON (`.json`) ↔
 * Salesforce Flow metadata XML (`.flow-meta.xml`), the direction chosen by the file extensions.
 * Without `--out` the result goes to stdout. A file that cannot be read or parsed as an
 * orchestration exits 2 with `<file>: <line>:<col>: <message>` or `<file>: <path>: <message>`,
 * never a stack trace, and nothing is written. The design's validation problems are printed as
 * `stageflow simulate` prints them (FORMAT.md §5–6): `<file>: <path>: <message>` for an error,
 * `<file>: <path>: warning: <message>` for a warning. XML → JSON (and a project's
 * orchestration → JSON) writes the JSON even with errors — a draft to fix in the app — says so, and
 * exits 0 (the file was converted); JSON → XML writes nothing and exits 2 (validation blocks an
 * export, as in the app), except for a design read from a Salesforce `InvalidDraft`, which goes
 * back to the same InvalidDraft file (exporting again loses nothing).
 */
import { exportOrchestration } from '../../io/jsonExport';
import { importOrchestration } from '../../io/jsonImport';
import { exportFlowXml, importFlowXml, isInvalidDraft, pastFlowXmlLimits } from '../../io/xml/index';
import type { Orchestration, Problem } from '../../model/types';
import { EXIT_BAD_INPUT, EXIT_OK, guarded, problemLine, WHOLE_DOCUMENT, writeOutput, type CliCommand, type CliIo } from '../cliIo';
import { renderHelp, usageError, type CommandHelp } from '../help';
import { isFolderPath, isZipPath, labelledProjectInput, nameFromXmlFile, printProblems, readText, xmlProblemLine, xmlWarningLine } from '../loadFiles';
import { chooseOrchestration, isNotSfdxFolder, projectProblemLine, readProjectInput } from '../projectInput';
import { projectNote } from '../projectNotes';
import { unreadCalledFlows } from '../unreadCalledFlows';
import { EMPTY_ARGUMENT, unknownOption } from '../options';
import { emptyInputLine } from '../emptyInput';
import { notXmlLine } from '../notXml';
import { fileLabel } from '../fileLabel';
import { isStdin, stdinFormat } from '../stdinInput';

/** The help of `convert` under a program name (`stageflow convert`, `npm run --silent convert --`). */
export function convertHelp(program: string): CommandHelp {
  return {
    usage: `${program} <input.json | input.flow-meta.xml | project folder | project.zip> [--orchestration <ApiName>] [--out <output.flow-meta.xml | output.json>]`,
    summary: 'Converts an orchestration between Stageflow JSON and Salesforce Flow metadata XML (processType Orchestrator); the direction follows the file extensions. An orchestration of an SFDX project folder or .zip becomes JSON, its steps linked to the project\'s flows.',
    options: [
      ['--orchestration <ApiName>', 'which orchestration of the project folder or .zip (needed when it has several; <project>#<ApiName> says the same)'],
      ['--out <file>', 'write the result to this file (its extension must be the other format); default: stdout'],
      ['-h, --help', 'this help'],
    ],
    exitCodes: '0 converted (warnings on stderr; to JSON, a draft with errors is converted too, its errors named "<file>: <path>: <message>"), 2 not converted: bad input ("<file>: <line>:<col>: <message>", "<file>: <path>: <message>"), or, to Flow XML, a design with errors (unless it came from a Salesforce InvalidDraft: it is written back as one)',
    examples: [`${program} Order.flow-meta.xml --out order.json`, `${program} order.json --out Order_Fulfilment.flow-meta.xml`, `${program} project.zip --orchestration Order_Fulfilment --out order.json`, `cat Order.flow-meta.xml | ${program} - --out order.json   (- is standard input: JSON or Flow XML by what it holds)`],
  };
}

type Format = 'json' | 'xml';

/** Prints the design's validation problems as every command does (errors first); returns how many are errors. */
function printDesignProblems(io: CliIo, file: string, problems: readonly Problem[]): number {
  printProblems(io, file, problems);
  return problems.filter((p) => p.severity === 'error').length;
}

/**
 * Writes a JSON draft; when the design has errors, says so after writing it. The exit code stays 0:
 * the file was converted (FORMAT.md §6: real files, drafts included, must import; exit 2 is for
 * input that cannot be converted), and the errors are named on stderr.
 */
async function writeDraft(io: CliIo, input: string, out: string | undefined, doc: Orchestration, errors: number): Promise<number> {
  const written = await writeOutput(io, out, exportOrchestration(doc));
  if (written !== EXIT_OK || errors === 0) return written;
  // an InvalidDraft converts back as one (see convert() below); any other design only once its errors are fixed
  const before = isInvalidDraft(doc.extensions) ? 'running it or activating it' : 'running it or converting it back to Flow XML';
  io.stderr(`${fileLabel(input)}: converted with ${errors} error${errors === 1 ? '' : 's'}: ${out ?? 'the JSON on stdout'} holds the draft; fix ${errors === 1 ? 'it' : 'them'} before ${before}\n`);
  return written;
}

function formatOf(file: string): Format | undefined {
  if (/\.json$/i.test(file)) return 'json';
  return /\.xml$|\.flow$/i.test(file) ? 'xml' : undefined;
}

type Args = { input: string; out?: string; orchestration?: string };

function parseArgs(argv: readonly string[]): { ok: true; args: Args } | { ok: false; message: string } | { ok: 'help' } {
  const files: string[] = [];
  let out: string | undefined;
  let orchestration: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    if (arg === '--orchestration' || arg.startsWith('--orchestration=')) {
      const value = arg === '--orchestration' ? argv[++i] : arg.slice('--orchestration='.length);
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, message: '--orchestration needs an API name' };
      if (orchestration !== undefined) return { ok: false, message: '--orchestration is given twice' };
      orchestration = value;
      continue;
    }
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, message: '--out needs a file name' };
      if (out !== undefined) return { ok: false, message: '--out is given twice' };
      out = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { ok: false, message: unknownOption(arg, ['--out', '--orchestration']) };
    if (arg === '') return { ok: false, message: EMPTY_ARGUMENT };
    files.push(arg);
  }
  if (files.length !== 1) return { ok: false, message: files.length === 0 ? 'the input file is missing' : 'one input file at a time' };
  const args: Args = { input: files[0]! };
  // `--out -` is standard output, as without --out (chosen, docs/cli.md): not a file named "-"
  if (out !== undefined && out !== '-') args.out = out;
  if (orchestration !== undefined) args.orchestration = orchestration;
  return { ok: true, args };
}

/**
 * An orchestration of a project folder or `.zip` as JSON, its steps linked to the project's flows;
 * like XML → JSON, the draft's validation problems are printed with their severity, and errors exit 2
 * after the draft is written.
 */
async function convertProject(io: CliIo, input: string, wanted: string | undefined, out: string | undefined): Promise<number> {
  if (out !== undefined && formatOf(out) !== 'json') {
    io.stderr(`${fileLabel(input)}: cannot convert the project to ${fileLabel(out)}: a project's orchestration becomes .json (its own .flow-meta.xml is already in the project)\n`);
    return EXIT_BAD_INPUT;
  }
  const read = await readProjectInput(io, input);
  if (!read.ok) {
    io.stderr(`${fileLabel(input)}: ${read.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const chosen = chooseOrchestration(input, read.project, wanted, await isNotSfdxFolder(io, input));
  if (!chosen.ok) {
    chosen.lines.forEach((line) => io.stderr(`${line}\n`));
    return EXIT_BAD_INPUT;
  }
  // a flow file the orchestration does not call that could not be read, or a refused archive entry, is a warning (projectNotes.ts)
  const called = new Set(unreadCalledFlows(chosen.doc, read.project.problems).map((u) => u.file));
  chosen.report.forEach((problem) => io.stderr(`${projectProblemLine(input, projectNote(problem, called, 1))}\n`));
  const errors = printDesignProblems(io, chosen.file, chosen.problems);
  return writeDraft(io, chosen.file, out, chosen.doc, errors);
}

/** XML → JSON: the draft and how many validation errors it has; JSON → XML: the XML; null: not converted. */
function convert(io: CliIo, input: string, text: string, from: Format, out: string | undefined): { draft: Orchestration; errors: number } | { xml: string } | null {
  if (from === 'xml') {
    const notXml = notXmlLine(input, text);
    if (notXml !== null) { io.stderr(`${notXml}\n`); return null; }
    const result = importFlowXml(text, { name: nameFromXmlFile(input) });
    if (!result.ok) {
      result.problems.forEach((problem) => io.stderr(`${xmlProblemLine(input, problem)}\n`));
      return null;
    }
    result.warnings.forEach((warning) => io.stderr(`${xmlWarningLine(input, warning)}\n`));
    // the draft's validation problems keep their severity: errors are errors (they block a run), not warnings
    const errors = printDesignProblems(io, input, result.problems);
    return { draft: result.doc, errors };
  }
  const imported = importOrchestration(text);
  const doc = imported.doc;
  if (doc === undefined) {
    // not an orchestration document at all (not JSON, a wrong field): nothing to validate
    imported.problems.forEach((problem) => io.stderr(`${problemLine(input, problem)}\n`));
    return null;
  }
  printDesignProblems(io, input, imported.ok ? [...imported.problems, ...(imported.unknownFields ?? [])] : imported.problems);
  if (!imported.ok) {
    // Salesforce itself saves a flow that does not validate as an InvalidDraft: a design read from
    // such a file goes back to it (FORMAT.md §6: exporting again loses nothing). Any other design
    // with errors is not written: the XML is what gets deployed.
    if (!isInvalidDraft(doc.extensions)) {
      io.stderr(`${fileLabel(input)}: not converted: Flow XML is written only for a design without errors\n`);
      return null;
    }
    io.stderr(`${fileLabel(input)}: written with its errors as an InvalidDraft, the status of the Salesforce file it came from; fix them before activating it\n`);
  }
  const exported = exportFlowXml(doc);
  exported.warnings.forEach((warning) => io.stderr(`${xmlWarningLine(input, warning)}\n`));
  if (out !== undefined && nameFromXmlFile(out) !== doc.name) {
    io.stderr(`${fileLabel(out)}: ${WHOLE_DOCUMENT}: warning: Salesforce takes the orchestration's API name from the file name; this document is named ${doc.name}\n`);
  }
  if (exported.xml === '') return null;
  // what the format allows but a Flow file cannot hold is refused, not written (io/xml/xmlWriteLimits.ts)
  const refused = pastFlowXmlLimits(doc, exported.xml);
  if (refused.length > 0) {
    refused.forEach(({ path, message }) => io.stderr(`${fileLabel(input)}: ${path !== undefined ? `${path}: ` : ''}${message}\n`));
    io.stderr(`${fileLabel(input)}: not converted: the Flow XML would not be read back\n`);
    return null;
  }
  return { xml: exported.xml };
}

async function run(argv: readonly string[], io: CliIo, help: CommandHelp): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.ok === 'help') {
    io.stdout(renderHelp(help));
    return EXIT_OK;
  }
  if (!parsed.ok) {
    io.stderr(usageError('convert', parsed.message, help));
    return EXIT_BAD_INPUT;
  }
  const { input, out, orchestration } = parsed.args;
  if (isStdin(input)) return convertStdin(io, out, orchestration);
  if (isZipPath(input) || (await isFolderPath(io, input))) return convertProject(io, input, orchestration, out);
  const labelled = await labelledProjectInput(io, input, orchestration);
  if (labelled === 'refused') return EXIT_BAD_INPUT;
  if (labelled) return convertProject(io, labelled.project, labelled.orchestration, out);
  if (orchestration !== undefined) {
    io.stderr(`${fileLabel(input)}: --orchestration picks an orchestration of a project folder or a .zip; this is one design file\n`);
    return EXIT_BAD_INPUT;
  }
  const from = formatOf(input);
  const to = out === undefined ? undefined : formatOf(out);
  if (!from) {
    io.stderr(`${fileLabel(input)}: use a .json, .flow-meta.xml or .flow file\n`);
    return EXIT_BAD_INPUT;
  }
  if (out !== undefined && (to === undefined || to === from)) {
    io.stderr(`${fileLabel(input)}: cannot convert to ${fileLabel(out)}: one must be .json and the other .flow-meta.xml (or .flow)\n`);
    return EXIT_BAD_INPUT;
  }
  const text = await readText(io, input);
  if (text === null) return EXIT_BAD_INPUT;
  return converted(io, input, text, from, out);
}

/** Converts `text` read from `input` and writes the result (or says why not). */
async function converted(io: CliIo, input: string, text: string, from: Format, out: string | undefined): Promise<number> {
  // an empty design is said to be empty, as validate and simulate say it (emptyInput.ts), not
  // "not valid JSON: the text ends too early" at a place in nothing; Flow XML says it in its parser
  const empty = from === 'json' || isStdin(input) ? emptyInputLine(input, text, isStdin(input) ? 'a JSON document or Flow XML' : undefined) : null;
  if (empty !== null) { io.stderr(`${empty}\n`); return EXIT_BAD_INPUT; }
  const result = convert(io, input, text, from, out);
  if (result === null) return EXIT_BAD_INPUT;
  return 'xml' in result ? writeOutput(io, out, result.xml) : writeDraft(io, input, out, result.draft, result.errors);
}

/**
 * A design piped in (`convert -`): it has no extension, so what it holds tells its format
 * (stdinInput.ts) and the result is the other one; `--out` must name that other format.
 */
async function convertStdin(io: CliIo, out: string | undefined, orchestration: string | undefined): Promise<number> {
  if (orchestration !== undefined) {
    io.stderr(`${fileLabel('-')}: --orchestration picks an orchestration of a project folder or a .zip; standard input holds one design\n`);
    return EXIT_BAD_INPUT;
  }
  const text = await readText(io, '-');
  if (text === null) return EXIT_BAD_INPUT;
  const from = stdinFormat(text);
  if (out !== undefined && formatOf(out) !== (from === 'json' ? 'xml' : 'json')) {
    io.stderr(`${fileLabel('-')}: cannot convert to ${fileLabel(out)}: standard input holds ${from === 'json' ? 'JSON, so the result is .flow-meta.xml (or .flow)' : 'Flow XML, so the result is .json'}\n`);
    return EXIT_BAD_INPUT;
  }
  return converted(io, '-', text, from, out);
}

/** The `convert` command under a program name (used in its usage lines). */
export function convertCommand(program = 'stageflow convert'): CliCommand {
  const help = convertHelp(program);
  return (argv, io) => guarded('convert', () => run(argv, io, help), io);
}

/** `stageflow convert`. */
export const main: CliCommand = convertCommand();
