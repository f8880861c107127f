/**
 * Finds what to run from the paths a command is given (the current folder when none):
 * - a folder holding `stageflow.config.json` → the manifest's list (manifest.ts), nothing else;
 * - any other folder → walked: every orchestration `.json` (by its `"format"`) with the scenarios
 *   beside it, and every `.flow-meta.xml` orchestration (processType Orchestrator, with stages) or other
 *   `.flow-meta.xml` that has scenarios beside it (naming.ts);
 * - a design file → that design with the scenarios beside it;
 * - a scenario file (`x.scenario.json`, `x.scenarios/s.json`) → that scenario alone, with its design;
 * - `stageflow.config.json` itself → its list;
 * - a project `.zip` → each orchestration in it with the scenarios beside it in the archive (archive.ts).
 * Walks skip hidden folders and node_modules, follow no symbolic links, and stop at
 * MAX_ENTRIES entries. The result is sorted and free of duplicates.
 */
import { basename, join, resolve } from 'node:path';
import { DEFAULT_PROJECT_LIMITS } from '../../io/project/limits';
import { WHOLE_DOCUMENT, type CliIo } from '../cliIo';
import { MISSING_FILE } from '../missingPath';
import { isZipPath, nameFromXmlFile, projectOrchestrationLabel } from '../loadFiles';
import { archiveSuites } from './archive';
import { MANIFEST_NAME, readManifest } from './manifest';
import { designOfScenario, isScenarioFileName, isScenarioFolderName, isXmlDesignName, scenariosBeside } from './naming';
import type { Discovery, DiscoveryProblem, Suite } from './suite';

/**
 * A walk visits at most this many files and folders (a guard against walking a whole disk): the
 * same bound as a project's walk (limits.ts `maxListed`), since a whole org's retrieve, with its
 * flows after 100,000 other files, is an ordinary place to run `stageflow test` in CI.
 */
export const MAX_ENTRIES = DEFAULT_PROJECT_LIMITS.maxListed;
const MAX_DEPTH = 32;
const ORCHESTRATION_FORMAT = /"format"\s*:\s*"stageflow\.orchestration"/;
const ORCHESTRATOR_PROCESS_TYPE = /<processType>\s*Orchestrator\s*<\/processType>/;

interface Walk { io: CliIo; suites: Suite[]; problems: DiscoveryProblem[]; visited: number; maxEntries: number; archived: Map<string, string>; warnings: string[] }

/**
 * The text of a file the walk must look into to tell whether it is a design, or null after a
 * warning saying it could not be read (too big, not UTF-8: a design saved as UTF-16 by an editor).
 * Passed over in silence, such a design was never run and `test` passed without it (chosen,
 * docs/cli.md: a warning, as for a scenario with no design, so the exit code is what ran).
 */
async function candidateText(walk: Walk, file: string): Promise<string | null> {
  try {
    return await walk.io.readFile(file);
  } catch (e) {
    // the place the reason opens with (a byte that is not UTF-8) goes before "warning:", as in
    // every other line: '<file>: 3:11: warning: …' (FORMAT.md §5)
    const message = e instanceof Error ? e.message : String(e);
    const at = /^(\d+:\d+): /.exec(message);
    const reason = at ? message.slice(at[0].length) : message;
    walk.warnings.push(`${file}: ${at ? at[1] : WHOLE_DOCUMENT}: warning: cannot be read (${reason}), so the walk could not tell whether it is a design; it was not run`);
    return null;
  }
}

async function isOrchestrationJson(walk: Walk, file: string): Promise<boolean> {
  const text = await candidateText(walk, file);
  return text !== null && ORCHESTRATION_FORMAT.test(text);
}

/**
 * True for Flow XML whose processType is Orchestrator and that has stages: the other flows of a
 * project are not designs, and an orchestration with no stages (whatever its status) has nothing to test (the project
 * picker lists it as "no stages" too).
 */
async function isOrchestrationXml(walk: Walk, file: string): Promise<boolean> {
  const text = await candidateText(walk, file);
  return text !== null && ORCHESTRATOR_PROCESS_TYPE.test(text) && /<orchestratedStages>/.test(text);
}

/**
 * A design found by a walk or named on the command line. In a walk, a `.flow-meta.xml` without
 * scenarios counts only when it is an orchestration with stages, so an SFDX project's orchestrations are
 * listed ("no scenarios") like JSON designs, and its other flows are not.
 */
async function addDesign(walk: Walk, file: string, orchestrationsOnly: boolean): Promise<void> {
  const scenarios = await scenariosBeside(walk.io, file);
  if (orchestrationsOnly && scenarios.length === 0 && !(await isOrchestrationXml(walk, file))) return;
  walk.suites.push({ design: { kind: 'file', file }, scenarios });
}

/**
 * A scenario file or `.scenarios` folder with no design of its name beside it (a misspelt name,
 * a design renamed without its scenarios) is not run: said on stderr, so CI does not pass it over
 * in silence, but not bad input, so a stray file does not fail the job (chosen, docs/cli.md).
 */
async function warnIfOrphan(walk: Walk, path: string, scenarioFile: string): Promise<void> {
  if ((await designOfScenario(walk.io, scenarioFile)) !== null) return;
  const stem = basename(path).replace(/\.scenario\.json$|\.scenarios$/i, '');
  walk.warnings.push(`${path}: ${WHOLE_DOCUMENT}: warning: no design for ${path.endsWith('.json') ? 'this scenario' : 'these scenarios'} (no ${stem}.json, ${stem}.orchestration.json, ${stem}.flow-meta.xml or ${stem}.flow beside it), so it was not run`);
}

async function walkFolder(walk: Walk, folder: string, depth: number): Promise<void> {
  const { io } = walk;
  if (depth > 0 && (await io.pathKind!(join(folder, MANIFEST_NAME))) === 'file') {
    const listed = await readManifest(io, join(folder, MANIFEST_NAME));
    walk.suites.push(...listed.suites);
    walk.problems.push(...listed.problems);
    return;
  }
  if (depth > MAX_DEPTH) return;
  for (const entry of await io.listDir!(folder)) {
    if (++walk.visited > walk.maxEntries) {
      if (walk.visited === walk.maxEntries + 1) walk.problems.push({ file: folder, line: `${folder}: stopped after ${walk.maxEntries} files and folders; give narrower paths or a ${MANIFEST_NAME}` });
      return;
    }
    const path = join(folder, entry.name);
    if (entry.directory) {
      if (isScenarioFolderName(entry.name)) await warnIfOrphan(walk, path, join(path, 'scenario.json'));
      else if (/\.scenario$/i.test(entry.name) && (await designOfScenario(io, join(`${path}s`, 'scenario.json'))) !== null) {
        // `order.scenario/` beside order.json: the folder the convention names `order.scenarios/`
        walk.warnings.push(`${path}: ${WHOLE_DOCUMENT}: warning: a design's folder of scenarios is named ${entry.name}s, so the scenarios in this one were not run`);
      } else if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walkFolder(walk, path, depth + 1);
    } else if (isScenarioFileName(entry.name)) {
      await warnIfOrphan(walk, path, path);
    } else if (isXmlDesignName(entry.name)) {
      await addDesign(walk, path, true);
    } else if (/\.json$/i.test(entry.name) && !isScenarioFileName(entry.name) && entry.name !== MANIFEST_NAME && (await isOrchestrationJson(walk, path))) {
      await addDesign(walk, path, false);
    }
  }
}

async function fromFile(walk: Walk, file: string): Promise<void> {
  const { io } = walk;
  const name = basename(file);
  if (name === MANIFEST_NAME) {
    const listed = await readManifest(io, file);
    walk.suites.push(...listed.suites);
    walk.problems.push(...listed.problems);
    return;
  }
  if (isZipPath(name)) {
    const archive = await archiveSuites(io, file);
    walk.suites.push(...archive.suites);
    walk.problems.push(...archive.problems);
    for (const [path, text] of archive.files) walk.archived.set(path, text);
    return;
  }
  const design = isScenarioFileName(name) || /\.json$/i.test(name) ? await designOfScenario(io, file) : null;
  if (design !== null) {
    walk.suites.push({ design: { kind: 'file', file: design }, scenarios: [file] });
    return;
  }
  if (isScenarioFileName(name)) {
    walk.problems.push({ file, line: `${file}: no design for this scenario: put it beside ${name.replace(/\.scenario\.json$/i, '.json')} (or list both in ${MANIFEST_NAME})` });
    return;
  }
  await addDesign(walk, file, false);
}

/**
 * Where a path is, however it is spelt (`designs/order.json`, `./designs/order.json`, its absolute
 * path): a design or scenario given twice so is one.
 */
const samePlace = (path: string): string => resolve(path);
const placeOf = (source: Suite['design']): string => (source.kind === 'file' ? samePlace(source.file) : `${samePlace(source.folder)}#${source.orchestration}`);

/** Scenario files without the ones already there under another spelling (the first spelling is kept). */
function unionOfScenarios(known: readonly string[], more: readonly string[]): string[] {
  const places = new Set(known.map(samePlace));
  return [...known, ...more.filter((file) => { const place = samePlace(file); return places.has(place) ? false : (places.add(place), true); })];
}

/** Merges suites of the same design (a design found twice runs its scenarios once), named as first found. */
function merge(suites: readonly Suite[]): Suite[] {
  const byPlace = new Map<string, Suite>();
  for (const suite of suites) {
    const place = placeOf(suite.design);
    const known = byPlace.get(place);
    if (known) known.scenarios = unionOfScenarios(known.scenarios, suite.scenarios);
    else byPlace.set(place, { design: suite.design, scenarios: unionOfScenarios([], suite.scenarios) });
  }
  return [...byPlace.values()];
}

/** The suites under `paths` (default: the current folder). */
/** `maxEntries`: the walk's bound (MAX_ENTRIES; smaller in tests). */
export async function discoverSuites(io: CliIo, paths: readonly string[], maxEntries = MAX_ENTRIES): Promise<Discovery> {
  if (!io.pathKind || !io.listDir) return { suites: [], problems: [{ file: paths.length ? paths.join(', ') : '.', line: 'this environment cannot read folders' }], archived: new Map(), warnings: [] };
  const walk: Walk = { io, suites: [], problems: [], visited: 0, maxEntries, archived: new Map(), warnings: [] };
  for (const path of paths.length === 0 ? ['.'] : paths) {
    const kind = await io.pathKind(path);
    const labelled = kind === 'missing' ? await projectOrchestrationLabel(io, path) : null;
    if (labelled) await fromLabel(walk, path, labelled.project, labelled.orchestration);
    else if (kind === 'missing') walk.problems.push({ file: path, line: `${path}: ${await whyNotThere(io, path)}` });
    else await fromPath(walk, path, kind);
  }
  return { suites: merge(walk.suites), problems: walk.problems, archived: walk.archived, warnings: [...new Set(walk.warnings)] };
}

/**
 * Why a path that is neither a file nor a folder cannot be read, in the words the other commands
 * use (a loop of symbolic links, a path through a file): reading it says; else it is not there.
 */
async function whyNotThere(io: CliIo, path: string): Promise<string> {
  try {
    await io.readFile(path);
  } catch (e) {
    if (e instanceof Error && e.message.startsWith('cannot read')) return e.message;
  }
  return MISSING_FILE;
}

async function fromPath(walk: Walk, path: string, kind: 'file' | 'directory'): Promise<void> {
  if (kind === 'file') return fromFile(walk, path);
  const manifest = join(path, MANIFEST_NAME);
  if ((await walk.io.pathKind!(manifest)) === 'file') await fromFile(walk, manifest);
  else await walkFolder(walk, path, 0);
}

/**
 * `<project>#<ApiName>` (how `validate` and `test` name an orchestration of a project): the suites
 * the project holds for that orchestration only — a `.zip`'s by name, a folder's by its file.
 */
async function fromLabel(walk: Walk, label: string, project: string, orchestration: string): Promise<void> {
  const found: Walk = { ...walk, suites: [], problems: [] };
  await fromPath(found, project, isZipPath(project) ? 'file' : 'directory');
  walk.visited = found.visited;
  walk.problems.push(...found.problems);
  const named = (suite: Suite): string | null => suite.design.kind === 'project' ? suite.design.orchestration : isXmlDesignName(basename(suite.design.file)) ? nameFromXmlFile(suite.design.file) : null;
  const mine = found.suites.filter((suite) => named(suite) === orchestration);
  if (mine.length === 0) walk.problems.push({ file: label, line: `${label}: the project has no orchestration "${orchestration}" with stages` });
  walk.suites.push(...mine);
}
