/**
 * `npm run --silent convert -- <input> --out <output>` (FORMAT.md §6): orchestration JSON (`.json`)
 * ↔ Salesforce Flow metadata XML (`.flow-meta.xml`), the direction chosen by the file extensions.
 * Without `--out` the result goes to stdout. Warnings go to stderr; bad input exits 2 with
 * `<file>: <line>:<col>: <message>` or `<file>: <path>: <message>`, never a stack trace.
 * JSON → XML refuses a document with validation errors (validation blocks an export); XML → JSON
 * converts and reports the imported draft's problems as warnings.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportOrchestration } from '../io/jsonExport';
import { importOrchestration } from '../io/jsonImport';
import { exportFlowXml, importFlowXml, type XmlProblem, type XmlWarning } from '../io/xml/index';
import { EXIT_BAD_INPUT, EXIT_OK, guarded, nodeIo, problemLine, writeOutput, type CliIo } from './cliIo';

export type { CliIo } from './cliIo';

export const CONVERT_USAGE = 'usage: npm run --silent convert -- <input.json | input.flow-meta.xml> [--out <output.flow-meta.xml | output.json>]';

const XML_SUFFIX = /\.flow-meta\.xml$|\.xml$/i;

type Format = 'json' | 'xml';

function formatOf(file: string): Format | undefined {
  if (/\.json$/i.test(file)) return 'json';
  return XML_SUFFIX.test(file) ? 'xml' : undefined;
}

type Args = { input: string; out?: string };

function parseArgs(argv: readonly string[]): { ok: true; args: Args } | { ok: false; message: string } | { ok: 'help' } {
  const files: string[] = [];
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { ok: 'help' };
    if (arg === '--out' || arg.startsWith('--out=')) {
      const value = arg === '--out' ? argv[++i] : arg.slice('--out='.length);
      if (value === undefined || value === '' || value.startsWith('--')) return { ok: false, message: '--out needs a file name' };
      if (out !== undefined) return { ok: false, message: '--out is given twice' };
      out = value;
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') return { ok: false, message: `unknown option "${arg}"` };
    files.push(arg);
  }
  if (files.length !== 1) return { ok: false, message: files.length === 0 ? 'the input file is missing' : 'one input file at a time' };
  return { ok: true, args: out === undefined ? { input: files[0]! } : { input: files[0]!, out } };
}

function xmlProblemLine(file: string, problem: XmlProblem): string {
  const where =
    problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}: ` : problem.path !== undefined ? `${problem.path}: ` : '';
  return `${file}: ${where}${problem.message}`;
}

function warningLine(file: string, warning: XmlWarning): string {
  return `${file}: ${warning.path !== undefined ? `${warning.path}: ` : ''}warning: ${warning.message}`;
}

/** The orchestration's API name from an XML file name (`Order.flow-meta.xml` → `Order`). */
function nameFromFile(file: string): string {
  return basename(file).replace(XML_SUFFIX, '');
}

async function convert(io: CliIo, input: string, text: string, from: Format, out: string | undefined): Promise<string | null> {
  if (from === 'xml') {
    const result = importFlowXml(text, { name: nameFromFile(input) });
    if (!result.ok) {
      result.problems.forEach((problem) => io.stderr(`${xmlProblemLine(input, problem)}\n`));
      return null;
    }
    result.warnings.forEach((warning) => io.stderr(`${warningLine(input, warning)}\n`));
    return exportOrchestration(result.doc);
  }
  const imported = importOrchestration(text);
  imported.problems.forEach((problem) => io.stderr(`${problemLine(input, problem)}\n`));
  if (!imported.ok) return null;
  const exported = exportFlowXml(imported.doc);
  exported.warnings.forEach((warning) => io.stderr(`${warningLine(input, warning)}\n`));
  if (out !== undefined && nameFromFile(out) !== imported.doc.name) {
    io.stderr(`${out}: warning: Salesforce takes the orchestration's API name from the file name; this document is named ${imported.doc.name}\n`);
  }
  return exported.xml === '' ? null : exported.xml;
}

async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.ok === 'help') {
    io.stdout(`${CONVERT_USAGE}\n`);
    return EXIT_OK;
  }
  if (!parsed.ok) {
    io.stderr(`convert: ${parsed.message}\n${CONVERT_USAGE}\n`);
    return EXIT_BAD_INPUT;
  }
  const { input, out } = parsed.args;
  const from = formatOf(input);
  const to = out === undefined ? undefined : formatOf(out);
  if (!from) {
    io.stderr(`convert: ${input}: use a .json or .flow-meta.xml file\n`);
    return EXIT_BAD_INPUT;
  }
  if (out !== undefined && (to === undefined || to === from)) {
    io.stderr(`convert: cannot convert ${input} to ${out}: one must be .json and the other .flow-meta.xml\n`);
    return EXIT_BAD_INPUT;
  }
  let text: string;
  try {
    text = await io.readFile(input);
  } catch (e) {
    io.stderr(`${input}: ${e instanceof Error ? e.message : String(e)}\n`);
    return EXIT_BAD_INPUT;
  }
  const result = await convert(io, input, text, from, out);
  if (result === null) return EXIT_BAD_INPUT;
  return writeOutput(io, out, result);
}

/** Runs the command; resolves to the exit code. Never throws, never prints a stack trace. */
export function main(argv: readonly string[], io: CliIo): Promise<number> {
  return guarded('convert', () => run(argv, io), io);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main(process.argv.slice(2), nodeIo).then((code) => {
    process.exitCode = code;
  });
}
