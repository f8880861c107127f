/**
 * A project from a `.zip` archive (fflate's streaming unzip). The archive is untrusted: it is capped
 * in size, entries are counted, each flow file is inflated in small steps and abandoned as soon as
 * it passes the per-file cap (whatever its header claims), the flow text in all is capped, and any
 * entry whose path is absolute or climbs out of the project (`../`) is refused. Only flow files
 * (`*.flow-meta.xml`, `*.flow`) are inflated, and then the metadata of the objects the
 * orchestrations are triggered by and the records of the custom metadata types the flows name. A
 * symbolic link stored in the archive (zipLinks.ts) is never read as the file it names. Never throws.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, type UnzipFile } from 'fflate';
import { decodeText } from '../decodeText';
import { capOf, mayBeRead } from './mayBeRead';
import { fileNotRead } from './fileNotRead';
import { DEFAULT_PROJECT_LIMITS, type ProjectLimits } from './limits';
import { pastSizeLimit, sizeInWords } from '../sizeLimit';
import { isFlowFile, projectPath } from './paths';
import { isReadAfterFlows, isSfdxProjectFile, projectFromFiles, withFilesAfterFlows } from './projectFromFiles';
import { isReadAfterScenarios, withScenarioRecordCheckboxes } from './scenarioRecordObjects';
import { keepFieldFiles } from './scenarioCheckboxes';
import { projectCreatedObjects } from './createdObjects';
import { objectOfFieldFile } from './objectFields';
import { lazyArchiveFieldFiles, type ArchiveEntry } from './zipFieldFiles';
import { symbolicLinksOf } from './zipLinks';
import type { Project, ProjectFile, ProjectProblem } from './types';

/** Bytes of the archive handed to the inflater at a time: bounds the memory one step can take. */
const CHUNK = 16 * 1024;

interface Reading {
  readonly problems: ProjectProblem[];
  readonly files: ProjectFile[];
  /** Entries listed, of any kind (capped by `maxListed`). */
  entries: number;
  /** Entries a reader may read (mayBeRead.ts), by the cap they count toward (`maxEntries`, `maxMetadataEntries`). */
  kept: { files: number; metadata: number };
  total: number;
  /** Why reading stopped early (a cap of the whole archive), if it did. */
  stopped: string | null;
  /** Entries refused for their path (absolute, or climbing out with `..`), whatever file they are. */
  refused: number;
  /** The counting pass lists the objects' field files here when asked (zipFieldFiles.ts). */
  fieldFiles?: ArchiveEntry[];
}

/**
 * Refused paths named one line each up to this many, then counted in one line: a hostile archive
 * of a million `../x` entries says so in a screenful, not a million lines.
 */
const REFUSED_NAMED = 20;

/**
 * An entry whose path leaves the project is refused whatever file it is, not only one a reader
 * would read: nothing is ever written from an archive, but an archive built to climb out is one
 * the admin should hear about (a README climbing out said nothing, a flow file beside it did).
 */
function refusePath(reading: Reading, name: string, message: string): void {
  reading.refused++;
  if (reading.refused <= REFUSED_NAMED) reading.problems.push({ file: name, severity: 'error', message });
}

/** The most of a link's target read, and shown: a target is a path, never a file's text. */
const LINK_TARGET_BYTES = 4096;
const LINK_TARGET_SHOWN = 200;

/**
 * A symbolic link a reader would have read (mayBeRead.ts): said as what it is, with its target, and
 * not followed (*chosen*, docs/projects.md): read as a file, its target was its text, and the line
 * said 'not Flow XML … begins with "/etc/passwd"'. Its flow is missing as if the file could not be
 * read, so a flow file (or `sfdx-project.json`) is an error of the project, as fileNotRead.ts makes it,
 * any other file a warning. Links no reader would read (a README, a folder) are passed over as their files are.
 */
function sayLink(file: UnzipFile, path: string, reading: Reading): void {
  const severity = isFlowFile(path) || isSfdxProjectFile(path) ? 'error' : 'warning';
  const say = (target: string | null): void => {
    const shown = target === null ? '' : ` (to ${JSON.stringify(target.length > LINK_TARGET_SHOWN ? `${target.slice(0, LINK_TARGET_SHOWN)}…` : target)})`;
    reading.problems.push({ file: path, severity, message: `a symbolic link${shown}, not followed` });
  };
  if (file.compression !== 0 && file.compression !== 8) {
    say(null);
    return;
  }
  const bytes: number[] = [];
  let done = false;
  file.ondata = (error, data, final) => {
    if (done) return;
    if (!error) bytes.push(...data.subarray(0, LINK_TARGET_BYTES - bytes.length));
    if (!error && !final && bytes.length < LINK_TARGET_BYTES) return;
    done = true;
    if (!final) file.terminate();
    say(error ? null : new TextDecoder().decode(Uint8Array.from(bytes)));
  };
  file.start();
}

function readEntry(file: UnzipFile, path: string, reading: Reading, limits: ProjectLimits): void {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  const give = (problem: ProjectProblem | null): void => {
    done = true;
    if (problem) reading.problems.push(problem);
  };
  file.ondata = (error, data, final) => {
    if (done) return;
    if (error) {
      give(fileNotRead(path, `the archive entry is damaged (${error.message})`));
      return;
    }
    size += data.length;
    if (size > limits.maxFileBytes) {
      file.terminate();
      give(fileNotRead(path, `the file inflates to more than the ${sizeInWords(limits.maxFileBytes)} limit`));
      return;
    }
    if (reading.total + size > limits.maxTotalBytes) {
      file.terminate();
      give(null);
      reading.stopped = `the archive's flow files inflate to more than ${sizeInWords(limits.maxTotalBytes)} in all`;
      return;
    }
    chunks.push(data);
    if (!final) return;
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    reading.total += size;
    const decoded = decodeText(bytes);
    if (decoded.ok) reading.files.push({ path, text: decoded.text });
    else reading.problems.push(fileNotRead(path, decoded.message));
    give(null);
  };
  file.start();
}

/**
 * Inflates the entries `wanted` says yes to (by path) into `reading`, within the caps. `counting`:
 * this pass counts the entries and reports what the whole archive is (refused paths, too many
 * entries, not an archive), so a second pass over the same archive does not report them again.
 */
function scan(archive: Uint8Array, wanted: (path: string) => boolean, reading: Reading, limits: ProjectLimits, counting: boolean, links: ReadonlySet<string>): void {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    if (counting) {
      reading.entries++;
      if (!file.name.endsWith('/') && mayBeRead(file.name)) reading.kept[capOf(file.name)]++;
      // only the files a reader may read count toward the files' caps: a whole org's metadata is mostly others
      if (reading.entries > limits.maxListed) reading.stopped ??= `the archive has more than ${limits.maxListed} entries`;
      else if (reading.kept.files > limits.maxEntries) reading.stopped ??= `the archive has more than ${limits.maxEntries} flow, label and scenario files`;
      else if (reading.kept.metadata > limits.maxMetadataEntries) reading.stopped ??= `the archive has more than ${limits.maxMetadataEntries} object metadata files`;
    }
    if (reading.stopped !== null || file.name.endsWith('/')) return;
    const path = projectPath(file.name);
    if (!path.ok) {
      if (counting) refusePath(reading, file.name, path.message);
      return;
    }
    if (links.has(file.name)) {
      if (counting && mayBeRead(file.name)) sayLink(file, path.path, reading);
      return;
    }
    if (counting && reading.fieldFiles && objectOfFieldFile(path.path) !== null) reading.fieldFiles.push({ name: file.name, path: path.path });
    if (!wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      reading.problems.push(fileNotRead(path.path, `compression method ${file.compression} is not supported (use deflate)`));
      return;
    }
    readEntry(file, path.path, reading, limits);
  };
  try {
    for (let at = 0; at < archive.length && reading.stopped === null; at += CHUNK) unzip.push(archive.subarray(at, at + CHUNK), at + CHUNK >= archive.length);
    if (archive.length === 0) unzip.push(new Uint8Array(0), true);
  } catch (error) {
    if (counting && reading.stopped === null) reading.problems.push({ file: '', severity: 'error', message: `the archive cannot be read: ${error instanceof Error ? error.message : String(error)}` });
  }
}

export interface ZipReadOptions {
  /**
   * Keep the archive's field files (not their texts) with the project, read when a scenario from
   * outside it gives records of an object no pass read (zipFieldFiles.ts). For the command line,
   * which runs such scenarios; it keeps the archive's bytes as long as the project, so the app,
   * which does not, leaves it off.
   */
  keepFieldFiles?: boolean;
}

/**
 * Reads the flow files of a `.zip` archive into a project, then, in a second pass, the object
 * metadata of the objects its orchestrations are triggered by (objectFields.ts) and the scenario
 * files beside its orchestrations (scenarioFiles.ts).
 */
export function readZip(archive: Uint8Array, limits: ProjectLimits = DEFAULT_PROJECT_LIMITS, options: ZipReadOptions = {}): Project {
  const fieldFiles: ArchiveEntry[] = [];
  const links = archive.length > limits.maxArchiveBytes ? new Set<string>() : symbolicLinksOf(archive);
  const project = readProject(archive, limits, options.keepFieldFiles ? fieldFiles : undefined, links);
  if (options.keepFieldFiles && project.orchestrations.length > 0 && fieldFiles.length > 0) {
    const readEntries = (names: ReadonlySet<string>): Map<string, string> => {
      const reading: Reading = { problems: [], files: [], entries: 0, kept: { files: 0, metadata: 0 }, total: 0, stopped: null, refused: 0 };
      scan(archive, (name) => names.has(name), reading, limits, false, links);
      const byPath = new Map(reading.files.map((f) => [f.path, f.text]));
      return new Map(fieldFiles.filter((e) => names.has(e.name) && byPath.has(e.path)).map((e) => [e.name, byPath.get(e.path)!]));
    };
    keepFieldFiles(project, lazyArchiveFieldFiles(fieldFiles, readEntries), [...(project.objects?.keys() ?? []), ...projectCreatedObjects(project)]);
  }
  return project;
}

function readProject(archive: Uint8Array, limits: ProjectLimits, fieldFiles: ArchiveEntry[] | undefined, links: ReadonlySet<string>): Project {
  const reading: Reading = { problems: [], files: [], entries: 0, kept: { files: 0, metadata: 0 }, total: 0, stopped: null, refused: 0, ...(fieldFiles ? { fieldFiles } : {}) };
  if (archive.length > limits.maxArchiveBytes) {
    return projectFromFiles([], [{ file: '', severity: 'error', message: `not read: ${pastSizeLimit(archive.length, limits.maxArchiveBytes, 'the archive')}` }]);
  }
  // the flows first, with sfdx-project.json (its namespace says how they name things)
  scan(archive, (path) => isFlowFile(path) || isSfdxProjectFile(path), reading, limits, true, links);
  if (reading.refused > REFUSED_NAMED) reading.problems.push({ file: '', severity: 'error', message: `${reading.refused - REFUSED_NAMED} more entries whose paths leave the archive (absolute, or climbing out with "..") were refused` });
  if (reading.stopped !== null) reading.problems.push({ file: '', severity: 'error', message: `${reading.stopped}: not read further` });
  if (reading.entries === 0 && reading.problems.length === 0) {
    reading.problems.push({ file: '', severity: 'error', message: 'this is not a .zip archive, or it is empty' });
  }
  const read = projectFromFiles(reading.files, reading.problems);
  const project: Project = reading.stopped !== null ? { ...read, incomplete: true } : read;
  if (project.orchestrations.length === 0 || reading.stopped !== null) return project;
  const later: Reading = { problems: [], files: [], entries: 0, kept: { files: 0, metadata: 0 }, total: reading.total, stopped: null, refused: 0 };
  const readAfterFlows = isReadAfterFlows(project);
  scan(archive, readAfterFlows, later, limits, false, links);
  if (later.stopped !== null) later.problems.push({ file: '', severity: 'error', message: `${later.stopped}: the objects' metadata and scenario files were not read further` });
  const withLater = withFilesAfterFlows(project, later.files, later.problems);
  // the objects the scenario files give records of are known only now: their field files in a pass of their own
  const readAfterScenarios = later.stopped === null ? isReadAfterScenarios(withLater) : null;
  if (!readAfterScenarios) return withLater;
  const last: Reading = { problems: [], files: [], entries: 0, kept: { files: 0, metadata: 0 }, total: later.total, stopped: null, refused: 0 };
  // each entry once: one the pass before read (a custom setting's field) is taken from it
  scan(archive, (path) => readAfterScenarios(path) && !readAfterFlows(path), last, limits, false, links);
  if (last.stopped !== null) last.problems.push({ file: '', severity: 'error', message: `${last.stopped}: the objects' metadata was not read further` });
  const withLast = withScenarioRecordCheckboxes(withLater, [...later.files, ...last.files], readAfterScenarios);
  return last.problems.length > 0 ? { ...withLast, problems: [...withLast.problems, ...last.problems] } : withLast;
}
