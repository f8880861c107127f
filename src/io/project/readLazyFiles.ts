/**
 * A project from files that are not read yet: a browser's directory handle, `webkitdirectory`
 * input or dropped files, or a folder on disk. Flow files (`*.flow-meta.xml`, `*.flow`) are read
 * first, within the caps (limits.ts), a few at a time (readInOrder.ts); then the object metadata of the objects the
 * orchestrations are triggered by (objectFields.ts), so the other objects' files are never read,
 * and the scenario files beside the orchestrations (scenarioFiles.ts). A file over a cap or that
 * cannot be read is reported and skipped.
 */
import { DEFAULT_PROJECT_LIMITS, type ProjectLimits } from './limits';
import type { Listing } from './listing';
import { capOf, mayBeRead } from './mayBeRead';
import { readInOrder, type Reading } from './readInOrder';
import { isFlowFile } from './paths';
import { isReadAfterFlows, isSfdxProjectFile, projectFromFiles, withFilesAfterFlows } from './projectFromFiles';
import { isReadAfterScenarios, withScenarioRecordCheckboxes } from './scenarioRecordObjects';
import { keepFieldFiles } from './scenarioCheckboxes';
import { projectCreatedObjects } from './createdObjects';
import type { LazyProjectFile, Project, ProjectProblem } from './types';

/** How much of a project a reader needs. */
export interface LazyReadOptions {
  /**
   * The caller works on the project's orchestrations only (the command line's `validate`,
   * `simulate`, `test`…): when its flows hold none, what is read after them — object metadata,
   * queues, roles, record types, scenario files — serves nothing, and is not read. A whole org's
   * retrieve without one (40,000 files) was read for seconds to say "no orchestration", with
   * warnings about its roles besides. The app reads it all: a project without an orchestration
   * still offers its flows to a new design.
   */
  orchestrationsOnly?: boolean;
}

/**
 * Reads the flow files among `entries` (then the metadata of the objects they read and their
 * scenario files) and builds the project. Only the files a reader may read count toward the cap
 * (mayBeRead.ts); `listing`, when a walk gathered the entries, says whether it stopped early.
 * A project not read in full is marked `incomplete`. Never rejects.
 */
export async function readLazyFiles(entries: readonly LazyProjectFile[], limits: ProjectLimits = DEFAULT_PROJECT_LIMITS, listing?: Pick<Listing, 'stopped'>, options: LazyReadOptions = {}): Promise<Project> {
  const problems: ProjectProblem[] = [];
  const readable = entries.filter((e) => mayBeRead(e.path));
  const files = readable.filter((e) => capOf(e.path) === 'files');
  const metadata = readable.filter((e) => capOf(e.path) === 'metadata');
  if (files.length > limits.maxEntries) {
    problems.push({ file: '', severity: 'error', message: `the project has more than ${limits.maxEntries} flow, label and scenario files; only the first ${limits.maxEntries} are read` });
  }
  if (metadata.length > limits.maxMetadataEntries) {
    problems.push({ file: '', severity: 'error', message: `the project has more than ${limits.maxMetadataEntries} object metadata files; only the first ${limits.maxMetadataEntries} are looked at` });
  }
  if (listing?.stopped) {
    problems.push({ file: '', severity: 'error', message: `the folder has more than ${limits.maxListed} files and folders; those after them are not looked at` });
  }
  const incomplete = files.length > limits.maxEntries || metadata.length > limits.maxMetadataEntries || listing?.stopped === true;
  const looked = [...files.slice(0, limits.maxEntries), ...metadata.slice(0, limits.maxMetadataEntries)];
  const project = await readLooked(looked, problems, limits, options);
  const read: Project = incomplete ? { ...project, incomplete: true } : project;
  // a run given records of an object no pass read reads its field files then (scenarioCheckboxes.ts)
  keepFieldFiles(read, looked, [...(read.objects?.keys() ?? []), ...projectCreatedObjects(read)]);
  return read;
}

async function readLooked(looked: readonly LazyProjectFile[], problems: ProjectProblem[], limits: ProjectLimits, options: LazyReadOptions): Promise<Project> {
  const reading: Reading = { problems, total: 0 };
  // the flows first, with sfdx-project.json (its namespace says how they name things)
  const flows = await readInOrder(looked.filter((e) => isFlowFile(e.path) || isSfdxProjectFile(e.path)), reading, limits, 'flow files');
  const project = projectFromFiles(flows, problems);
  if (options.orchestrationsOnly && project.orchestrations.length === 0) return project;
  const readAfterFlows = isReadAfterFlows(project);
  const later = looked.filter((e) => readAfterFlows(e.path));
  if (later.length === 0) return project;
  const laterProblems: ProjectProblem[] = [];
  const laterReading: Reading = { problems: laterProblems, total: reading.total };
  const laterFiles = await readInOrder(later, laterReading, limits, 'flow, object and scenario files');
  const withLater = withFilesAfterFlows(project, laterFiles, laterProblems);
  // the objects the scenario files give records of are known only now: their field files in a pass of their own
  const readAfterScenarios = isReadAfterScenarios(withLater);
  if (!readAfterScenarios) return withLater;
  const lastProblems: ProjectProblem[] = [];
  // each file once: one the pass before read (a custom setting's field) is taken from it
  const lastFiles = await readInOrder(looked.filter((e) => readAfterScenarios(e.path) && !readAfterFlows(e.path)), { problems: lastProblems, total: laterReading.total }, limits, 'flow, object and scenario files');
  const withLast = withScenarioRecordCheckboxes(withLater, [...laterFiles, ...lastFiles], readAfterScenarios);
  return lastProblems.length > 0 ? { ...withLast, problems: [...withLast.problems, ...lastProblems] } : withLast;
}
