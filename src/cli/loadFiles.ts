/**
 * Reading the documents a command is given — an orchestration as JSON or Flow XML, a scenario — and
 * printing their problems as `<file>: <where>: <message>` lines. Each loader returns null after
 * printing why a file cannot be used, so a command only decides its exit code.
 */
import { basename, dirname, resolve } from 'node:path';
import type { ImportResult } from '../io/jsonImport';
import { orchestrationStructure } from '../io/orchestrationStructure';
import { parseJsonText } from '../io/jsonText';
import type { XmlProblem, XmlWarning } from '../io/xml/index';
import { hasErrors } from '../model/validate';
import { withRuleProblems } from '../model/validateSchema';
import type { Orchestration, Problem, Scenario } from '../model/types';
import { problemLine, WHOLE_DOCUMENT, type CliIo } from './cliIo';
import { MISSING_PROJECT_FOLDER } from './missingPath';
import { problemsInPrintOrder } from './problemOrder';
import { validateDesignWithFormulas, validateRulesWithFormulas } from './formulaRules';
import { apiNameOf, isFlowFile } from '../io/project/paths';
import { emptyInputLine } from './emptyInput';
import { gitLeftoverLine } from './gitLeftovers';
import { notXmlLine } from './notXml';
import { fileLabel } from './fileLabel';
import { calledFileProblems } from './calledFileProblems';
import { projectNote } from './projectNotes';
import { unreadCalledFlows } from './unreadCalledFlows';
import type { ProjectProblem } from '../io/project/types';
import { isStdin, readStdin, stdinFormat } from './stdinInput';

/** A document read from a file, with the warnings its validation raised. */
export interface Loaded<T> {
  doc: T;
  warnings: Problem[];
  /** The file the design was read from, when it is not the path given (a project's orchestration: `<project>/<file>`). */
  file?: string;
  /** A project's orchestration: the flows it calls whose file could not be read (placeholders stand in; unreadCalledFlows.ts). */
  unreadFlows?: { flow: string; file: string }[];
}

const XML_SUFFIX = /\.flow-meta\.xml$|\.xml$|\.flow$/i;

/** Flow XML by its extension (`.flow-meta.xml`, `.xml`, a retrieved package's `.flow`); anything else is read as JSON. */
export function designFormatOf(file: string): 'json' | 'xml' {
  return XML_SUFFIX.test(file) ? 'xml' : 'json';
}

/** The orchestration's API name from an XML file name (`Order.flow-meta.xml` → `Order`). */
export function nameFromXmlFile(file: string): string {
  return basename(file).replace(XML_SUFFIX, '');
}

/** Errors first, then the warnings that follow from them, then the others, one line each (problemOrder.ts). */
export function printProblems(io: CliIo, file: string, problems: readonly Problem[]): void {
  for (const problem of problemsInPrintOrder(problems)) io.stderr(`${problemLine(file, problem)}\n`);
}

export function xmlProblemLine(file: string, problem: XmlProblem): string {
  const where = problem.line !== undefined ? `${problem.line}:${problem.column ?? 1}: ` : problem.path !== undefined ? `${problem.path}: ` : '';
  return `${fileLabel(file)}: ${where}${problem.message}`;
}

/** `<file>: <path>: warning: <message>`; a warning about the whole file has the path `(root)`, as every line has a place (FORMAT.md §5). */
export function xmlWarningLine(file: string, warning: XmlWarning): string {
  return `${fileLabel(file)}: ${warning.path !== undefined && warning.path !== '' ? warning.path : WHOLE_DOCUMENT}: warning: ${warning.message}`;
}

/** The file's text, or null after printing why it cannot be read. */
export async function readText(io: CliIo, file: string): Promise<string | null> {
  let text: string;
  try {
    text = await (isStdin(file) ? readStdin(io) : io.readFile(file));
  } catch (e) {
    io.stderr(`${fileLabel(file)}: ${e instanceof Error ? e.message : String(e)}\n`);
    return null;
  }
  // merge conflict markers, a Git LFS pointer: named for what they are, not as a parser's error
  const leftover = gitLeftoverLine(file, text);
  if (leftover !== null) { io.stderr(`${leftover}\n`); return null; }
  return text;
}

/** Reads and parses a JSON document; prints its problems (errors block, warnings come along). */
export async function loadJson<T>(io: CliIo, file: string, parse: (text: string) => ImportResult<T> | Promise<ImportResult<T>>): Promise<Loaded<T> | null> {
  const text = await readText(io, file);
  if (text === null) return null;
  const empty = emptyInputLine(file, text);
  if (empty !== null) { io.stderr(`${empty}\n`); return null; }
  const result = await parse(text);
  if (!result.ok) {
    printProblems(io, file, result.problems);
    return null;
  }
  return { doc: result.doc, warnings: result.problems };
}

/**
 * Orchestration from Flow XML: converted, then validated like a JSON document (errors block a run).
 * The XML importer is loaded only here, so commands given JSON start without it.
 */
async function fromXml(io: CliIo, file: string, text: string): Promise<Loaded<Orchestration> | null> {
  const notXml = notXmlLine(file, text);
  if (notXml !== null) { io.stderr(`${notXml}\n`); return null; }
  const { importFlowXml } = await import('../io/xml/importFlowXml');
  const result = importFlowXml(text, { name: nameFromXmlFile(file) });
  if (!result.ok) {
    result.problems.forEach((problem) => io.stderr(`${xmlProblemLine(file, problem)}\n`));
    return null;
  }
  const problems = await validateDesignWithFormulas(result.doc);
  if (hasErrors(problems)) {
    printProblems(io, file, problems);
    return null;
  }
  result.warnings.forEach((warning) => io.stderr(`${xmlWarningLine(file, warning)}\n`));
  return { doc: result.doc, warnings: problems };
}

/** How a command names the orchestration it works on in a project (`--orchestration <ApiName>`). */
export interface DesignOptions {
  orchestration?: string;
}

/** True for a path the commands read as a project archive. */
export function isZipPath(path: string): boolean {
  return /\.zip$/i.test(path);
}

/** True when `path` is a folder (commands read it as a project). */
export async function isFolderPath(io: CliIo, path: string): Promise<boolean> {
  return (await io.pathKind?.(path)) === 'directory';
}

/**
 * An orchestration of a project (a folder or a `.zip`), opened with its flows and validated: the
 * reading and conversion notes are printed; validation errors are printed and block (null). The
 * project code (and the XML importer) is loaded only here, so commands given JSON start without it.
 */
async function fromProject(io: CliIo, input: string, wanted: string | undefined): Promise<Loaded<Orchestration> | null> {
  const { chooseOrchestration, isNotSfdxFolder, projectProblemLine, readProjectInput } = await import('./projectInput');
  const read = await readProjectInput(io, input);
  if (!read.ok) {
    io.stderr(`${fileLabel(input)}: ${read.message}\n`);
    return null;
  }
  const chosen = chooseOrchestration(input, read.project, wanted, await isNotSfdxFolder(io, input));
  if (!chosen.ok) {
    chosen.lines.forEach((line) => io.stderr(`${line}\n`));
    return null;
  }
  // a scenario's records of an object no pass read get its Checkboxes when the design runs (io/project/scenarioCheckboxes.ts)
  (await import('../io/project/scenarioCheckboxes')).shareFieldFiles(read.project, chosen.doc);
  const called = new Set(unreadCalledFlows(chosen.doc, read.project.problems).map((u) => u.file));
  // an orchestration file not read reaches here only when the admin named another one (chooseOrchestration)
  const report = chosen.report.map((problem) => projectNote(problem, called, 1, apiNameOf(chosen.file)));
  return validated(io, chosen.file, chosen.doc, () => report.forEach((problem) => io.stderr(`${projectProblemLine(input, problem)}\n`)), read.project.problems);
}

/**
 * Each orchestration (with stages) of the project folder or `.zip` `input` when it has several,
 * validated one by one from one reading of the project; the project's own problems (a file not
 * read) are printed once, not once per orchestration. Null when `input` is not a project, cannot
 * be read, or has at most one orchestration: loadDesign says what there is to say then.
 */
export async function loadEachOfProject(io: CliIo, input: string): Promise<{ name: string; loaded: Loaded<Orchestration> | null }[] | null> {
  if (isStdin(input) || (!isZipPath(input) && !(await isFolderPath(io, input)))) return null;
  const { chooseOrchestration, projectProblemLine, readProjectInput } = await import('./projectInput');
  const read = await readProjectInput(io, input);
  if (!read.ok) return null;
  const names = read.project.orchestrations.filter((o) => o.stageCount > 0).map((o) => o.apiName);
  // an orchestration whose file could not be read is one of them, refused (its line is the project's own)
  const unreadable = read.project.problems.filter((p) => p.orchestration === true).map((p) => apiNameOf(p.file));
  if (names.length + unreadable.length <= 1) return null;
  const ofProject = read.project.problems.filter((p) => p.severity !== 'info');
  // a flow file none of them calls is a warning (unreadCalledFlows.ts): every one is opened to know
  const opened = names.map((name) => chooseOrchestration(input, read.project, name));
  const called = new Set(opened.flatMap((c) => (c.ok ? unreadCalledFlows(c.doc, read.project.problems).map((u) => u.file) : [])));
  for (const problem of ofProject) io.stderr(`${projectProblemLine(input, projectNote(problem, called, names.length))}\n`);
  // each orchestration is opened from the whole project, whose problems are already printed: a copy
  // without them made the catalog call a flow file that was there but broken "not in the project"
  const printed = new Set(ofProject.map((p) => projectProblemLine(input, p)));
  const each: { name: string; loaded: Loaded<Orchestration> | null }[] = [];
  for (const [i, name] of names.entries()) {
    const chosen = opened[i]!;
    if (!chosen.ok) {
      chosen.lines.filter((line) => !printed.has(line)).forEach((line) => io.stderr(`${line}\n`));
      each.push({ name, loaded: null });
      continue;
    }
    const own = chosen.report.filter((p) => !ofProject.includes(p));
    each.push({ name, loaded: await validated(io, chosen.file, chosen.doc, () => own.forEach((problem) => io.stderr(`${projectProblemLine(input, problem)}\n`)), read.project.problems) });
  }
  return [...each, ...unreadable.map((name) => ({ name, loaded: null }))];
}

/**
 * A `.flow-meta.xml` orchestration opened from the SFDX project it belongs to, as the app opens that
 * project's folder (sfdxProject.ts); 'alone' when it is in none, or the project opens another file
 * under its name (two files with one API name: the first by path is the project's).
 */
async function fromItsProject(io: CliIo, file: string): Promise<Loaded<Orchestration> | null | 'alone'> {
  const { sfdxProjectRootOf, sfdxProject } = await import('./sfdxProject');
  const root = await sfdxProjectRootOf(io, file);
  const project = root === null ? null : await sfdxProject(io, root);
  if (root === null || !project) return 'alone';
  const { chooseOrchestration, projectProblemLine } = await import('./projectInput');
  const name = nameFromXmlFile(file);
  const listed = project.orchestrations.find((o) => o.apiName === name && o.stageCount > 0);
  // compared as absolute paths: typed inside the project, the file is `default/flows/X…` and the root `../..`
  if (!listed || resolve(root, listed.path) !== resolve(file)) return 'alone';
  const chosen = chooseOrchestration(root, project, name);
  if (!chosen.ok) return 'alone';
  // the file is named as it was given, not from the project's root (`../../orchestrator/main/…` typed inside it)
  const named = (line: string) => (line.startsWith(`${fileLabel(chosen.file)}: `) ? `${fileLabel(file)}${line.slice(fileLabel(chosen.file).length)}` : line);
  const report = calledFileProblems(project.problems, chosen.report);
  return validated(io, file, chosen.doc, () => report.forEach((problem) => io.stderr(`${named(projectProblemLine(root, problem))}\n`)), project.problems);
}

/**
 * A `.flow-meta.xml` orchestration outside any SFDX project opened with the flows of its own folder
 * (not its subfolders), so its steps call the real flows; 'alone' when the folder does not list it
 * as an orchestration (then it is read alone and the importer says what is wrong with it).
 */
async function fromOwnFolder(io: CliIo, file: string): Promise<Loaded<Orchestration> | null | 'alone'> {
  const inProject = await fromItsProject(io, file);
  if (inProject !== 'alone') return inProject;
  const { folderProject, chooseOrchestration, projectProblemLine } = await import('./projectInput');
  const folder = dirname(file);
  const project = await folderProject(io, folder);
  const name = nameFromXmlFile(file);
  if (!project || !project.orchestrations.some((o) => o.apiName === name && o.stageCount > 0)) return 'alone';
  const chosen = chooseOrchestration(folder, project, name);
  if (!chosen.ok) return 'alone';
  const report = calledFileProblems(project.problems, chosen.report);
  return validated(io, chosen.file, chosen.doc, () => report.forEach((problem) => io.stderr(`${projectProblemLine(folder, problem)}\n`)), project.problems);
}

/** The validated design: errors are printed and block (null); `notes` (the importer's) print otherwise. */
async function validated(io: CliIo, file: string, doc: Orchestration, notes: () => void, projectProblems: readonly ProjectProblem[]): Promise<Loaded<Orchestration> | null> {
  const problems = await validateDesignWithFormulas(doc);
  if (hasErrors(problems)) {
    notes();
    printProblems(io, file, problems);
    return null;
  }
  notes();
  const unreadFlows = unreadCalledFlows(doc, projectProblems);
  return { doc, warnings: problems, file, ...(unreadFlows.length > 0 ? { unreadFlows } : {}) };
}

// what each kind of document is called, and what to do with it instead (every command that reads a
// design in this place also takes --scenario; a scenario file may come from a walk of `test`, so
// an orchestration there gets no command-line advice)
const DOCUMENT_WORDS: Record<string, [string, string]> = {
  'stageflow.orchestration': ['an orchestration', ''],
  'stageflow.scenario': ['a scenario', ': give it with --scenario <file>, after its design'],
  'stageflow.trace': ['a trace', ': simulate writes traces; no command reads one'],
};

/**
 * When a well-formed Stageflow document of another kind was given (`validate order.json
 * order.scenario.json`, or design and scenario swapped), the one problem that says so, instead of
 * its format and every field an orchestration or scenario needs listed as missing.
 */
export function otherDocumentProblem(text: string, expected: 'stageflow.orchestration' | 'stageflow.scenario'): Problem | null {
  const parsed = parseJsonText(text);
  if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) return null;
  const format = (parsed.value as Record<string, unknown>).format;
  if (typeof format !== 'string' || format === expected || !Object.hasOwn(DOCUMENT_WORDS, format)) return null;
  const [kind, advice] = DOCUMENT_WORDS[format]!;
  return { path: 'format', message: `this file is ${kind} ("format": "${format}"), not ${DOCUMENT_WORDS[expected]![0]}${advice}`, severity: 'error' };
}

/** io/jsonImport's `importOrchestration`, with the formula parser loaded only when needed (formulaRules.ts). */
async function importDesignJson(text: string): Promise<ImportResult<Orchestration>> {
  const structure = orchestrationStructure(text);
  if (!structure.ok) {
    const other = otherDocumentProblem(text, 'stageflow.orchestration');
    if (other) return { ok: false, problems: [other] };
    // fields the format does not have come last, as warnings: a misspelt `stagse` says what it meant
    const unknown = structure.unknownFields ?? [];
    // a value out of bounds (an 81-character name) does not hide the design's other problems
    if (structure.wellTyped) return { ok: false, problems: [...withRuleProblems(structure.problems, await validateRulesWithFormulas(structure.wellTyped)), ...unknown] };
    return { ok: false, problems: [...structure.problems, ...unknown] };
  }
  const problems = [...(await validateRulesWithFormulas(structure.doc)), ...structure.unknownFields];
  return hasErrors(problems) ? { ok: false, problems, doc: structure.doc } : { ok: true, doc: structure.doc, problems };
}

/**
 * `<project>#<ApiName>` — how `validate` and `test` name an orchestration of a project folder or
 * `.zip` — read as the project with `--orchestration <ApiName>`, so a name copied from their output
 * works as input. Null for any other path, and for a file that exists with a `#` in its name.
 */
export async function projectOrchestrationLabel(io: CliIo, path: string): Promise<{ project: string; orchestration: string } | null> {
  const hash = path.lastIndexOf('#');
  if (hash <= 0 || hash === path.length - 1) return null;
  if (io.pathKind && (await io.pathKind(path)) !== 'missing') return null;
  const project = path.slice(0, hash);
  return isZipPath(project) || (await isFolderPath(io, project)) ? { project, orchestration: path.slice(hash + 1) } : null;
}

/**
 * The project and orchestration `input` names as `<project>#<ApiName>` (null when it does not), with
 * `--orchestration` (`given`) when it is the same name; 'refused' after printing why when it is another.
 */
export async function labelledProjectInput(io: CliIo, input: string, given: string | undefined): Promise<{ project: string; orchestration: string } | 'refused' | null> {
  const labelled = await projectOrchestrationLabel(io, input);
  if (!labelled || given === undefined || given === labelled.orchestration) return labelled;
  io.stderr(`${fileLabel(input)}: names the orchestration "${labelled.orchestration}" and --orchestration names "${given}"; give one\n`);
  return 'refused';
}

/**
 * An orchestration from a `.json` or `.flow-meta.xml` file, a project folder or a `.zip` (or one of
 * its orchestrations named `<project>#<ApiName>`), validated.
 * A `.flow-meta.xml` file is opened with the flows of its own folder. Warnings are returned, not
 * printed (except the importer's own, which say what the conversion kept or guessed).
 */
export async function loadDesign(io: CliIo, file: string, options: DesignOptions = {}): Promise<Loaded<Orchestration> | null> {
  if (isStdin(file)) return fromStdin(io, options);
  if (isZipPath(file) || (await isFolderPath(io, file))) return fromProject(io, file, options.orchestration);
  const labelled = await labelledProjectInput(io, file, options.orchestration);
  if (labelled === 'refused') return null;
  if (labelled) return fromProject(io, labelled.project, labelled.orchestration);
  if (options.orchestration !== undefined) {
    const missing = io.pathKind ? (await io.pathKind(file)) === 'missing' : false;
    io.stderr(missing
      ? `${fileLabel(file)}: ${MISSING_PROJECT_FOLDER}\n`
      : `${fileLabel(file)}: --orchestration picks an orchestration of a project folder or a .zip; this is one design file\n`);
    return null;
  }
  if (designFormatOf(file) === 'json') return loadJson(io, file, importDesignJson);
  if (io.listDir && isFlowFile(file)) {
    const opened = await fromOwnFolder(io, file);
    if (opened !== 'alone') return opened;
  }
  const text = await readText(io, file);
  return text === null ? null : fromXml(io, file, text);
}

/** A design piped in (`-`): JSON or Flow XML by what it holds, as it has no extension (stdinInput.ts). */
async function fromStdin(io: CliIo, options: DesignOptions): Promise<Loaded<Orchestration> | null> {
  if (options.orchestration !== undefined) {
    io.stderr(`${fileLabel('-')}: --orchestration picks an orchestration of a project folder or a .zip; standard input holds one design\n`);
    return null;
  }
  const text = await readText(io, '-');
  if (text === null) return null;
  const empty = emptyInputLine('-', text, 'a JSON document or Flow XML');
  if (empty !== null) { io.stderr(`${empty}\n`); return null; }
  return stdinFormat(text) === 'json' ? loadJson(io, '-', importDesignJson) : fromXml(io, '-', text);
}

/** A scenario file, checked against the orchestration it drives. */
export async function loadScenario(io: CliIo, file: string, doc: Orchestration): Promise<Loaded<Scenario> | null> {
  // The scenario schema (zod) is loaded only here, so `validate` of a design alone starts without it.
  const { importScenario } = await import('../io/documentImport');
  return loadJson(io, file, (text) => {
    const result = importScenario(text, doc);
    const other = result.ok ? null : otherDocumentProblem(text, 'stageflow.scenario');
    return other ? { ok: false, problems: [other] } : result;
  });
}
