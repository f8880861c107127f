/**
 * A project from files already read: every `*.flow-meta.xml` is parsed once; orchestrations and
 * other flows are listed; each file that cannot be used is reported (malformed XML at line:col, a
 * file that is not Flow metadata, a path outside the project, two files with one API name) and
 * nothing else is lost. Files of other kinds are ignored. Pure and deterministic: files are taken in
 * path order, so the same files give the same project whatever order they came in.
 */
import type { FlowType } from '../../model/types';
import { parseXml } from '../xml/parseXml';
import { gitLeftover } from '../gitLeftovers';
import { childrenNamed, childText, firstChild, type XmlNode } from '../xml/xmlNode';
import { objectOfFieldFile, objectOfObjectFile, readObjectFields } from './objectFields';
import { globalValueSetOf, readGlobalValueSets, readStandardValueSets, standardPicklistsOf, standardValueSetOf, valueSetsOf } from './valueSets';
import { apiNameOf, isFlowFile, projectPath } from './paths';
import { namedRelationshipTarget } from './relationships';
import { isLabelsFile, readCustomLabels } from './customLabels';
import { isSettingMetadataOf, projectSettingObjects, withCustomSettings } from './customSettings';
import { isCustomMetadataOf, projectCustomMetadataTypes, withCustomMetadata } from './customMetadataRecords';
import { scenarioFileOf, withScenarioFiles } from './scenarioFiles';
import { isGroupFileFor, withProjectGroups } from './deployedGroups';
import { isRecordTypeFileFor, withProjectRecordTypes } from './deployedRecordTypes';
import { isNotificationTypeFileFor, withProjectNotificationTypes } from './deployedNotificationTypes';
import { withProjectQueueMembers } from './queueMembers';
import { namespaceOfSfdxProject } from './ownNamespace';
import { sfdxProjectProblem } from './sfdxProjectProblem';
import { projectUpdatedRelationships, withChildRelationships } from './childRelationships';
import { problemsOnce } from './problemsOnce';
import { isFieldFileOf, projectCreatedObjects, withCreatedObjectCheckboxes } from './createdObjects';
import { withScenarioRecordCheckboxes } from './scenarioRecordObjects';
import { SFDX_PROJECT_FILE, type OrchestrationStart, type Project, type ProjectFile, type ProjectFlow, type ProjectOrchestration, type ProjectProblem } from './types';
import { API_NAME } from './apiName';

const FLOW_TYPES: Readonly<Record<string, FlowType>> = { AutoLaunchedFlow: 'autolaunched', Flow: 'screen', EvaluationFlow: 'evaluation' };
const WHEN: Readonly<Record<string, string>> = { Create: 'create', Update: 'update', CreateAndUpdate: 'createAndUpdate' };

function startOf(root: XmlNode): OrchestrationStart {
  const start = firstChild(root, 'start');
  if (!start || childText(start, 'triggerType') !== 'RecordAfterSave') return { type: 'autolaunched' };
  const object = childText(start, 'object');
  const when = WHEN[childText(start, 'recordTriggerType') ?? ''];
  return { type: 'recordTriggered', ...(object ? { object } : {}), ...(when ? { when } : {}) };
}

function versionOf(root: XmlNode): number | undefined {
  const text = childText(root, 'apiVersion');
  const version = text === undefined ? NaN : Number(text);
  return Number.isFinite(version) ? version : undefined;
}

function optionalText(root: XmlNode, tag: string): Partial<Record<'label' | 'status', string>> {
  const text = childText(root, tag);
  return text === undefined || text === '' ? {} : { [tag]: text };
}

/** A reference that goes on through a relationship: `$Record.Account.Tier__c`, `curUser.Manager.Region__c`. */
const THROUGH_RELATIONSHIP = /(?<![\w.$])(\$Record(?:__Prior)?|[A-Za-z]\w*)((?:\.[A-Za-z]\w*(?::[A-Za-z]\w*)?)+)/g;

/** Every text of the element and its descendants (references sit in texts and in formulas' expressions). */
function* textsOf(node: XmlNode): Generator<string> {
  if (node.text) yield node.text;
  for (const child of node.children ?? []) yield* textsOf(child);
}

/**
 * The objects whose records the orchestration reads, besides the triggering record, in name order: its
 * Record variables' (`<objectType>` of an SObject variable: `curUser` → User), and those its
 * references reach through relationships named after their object from those records or the
 * triggering one (`$Record.Account.Tier__c` → Account, `curUser.Manager.Region__c` → User;
 * relationships.ts). A custom relationship's object is known only from its lookup's metadata, so
 * it is not followed here.
 */
function recordObjectsOf(root: XmlNode, trigger: OrchestrationStart): string[] {
  const objects = new Set<string>();
  const sources = new Map<string, string>();
  if (trigger.type === 'recordTriggered' && trigger.object) {
    sources.set('$Record', trigger.object);
    sources.set('$Record__Prior', trigger.object);
  }
  for (const variable of childrenNamed(root, 'variables')) {
    const object = childText(variable, 'objectType');
    const name = childText(variable, 'name');
    if (childText(variable, 'dataType') !== 'SObject' || !object || !API_NAME.test(object)) continue;
    objects.add(object);
    if (name && !sources.has(name)) sources.set(name, object);
  }
  if (sources.size > 0) {
    for (const text of textsOf(root)) {
      for (const match of text.matchAll(THROUGH_RELATIONSHIP)) {
        let object = sources.get(match[1]!);
        const path = match[2]!.slice(1).split('.');
        // every segment but the last is a relationship
        for (let i = 0; object !== undefined && i < path.length - 1; i++) {
          const target = namedRelationshipTarget(path[i]!, object);
          if (target === null) break;
          objects.add(target);
          object = target;
        }
      }
    }
  }
  return [...objects].sort();
}

function orchestrationOf(file: ProjectFile, root: XmlNode): ProjectOrchestration {
  const apiVersion = versionOf(root);
  const trigger = startOf(root);
  const recordObjects = recordObjectsOf(root, trigger);
  return {
    apiName: apiNameOf(file.path),
    path: file.path,
    ...optionalText(root, 'label'),
    ...(apiVersion !== undefined ? { apiVersion } : {}),
    ...optionalText(root, 'status'),
    trigger,
    stageCount: childrenNamed(root, 'orchestratedStages').length,
    ...(recordObjects.length ? { recordObjects } : {}),
  };
}

function flowOf(file: ProjectFile, root: XmlNode, processType: string | undefined): ProjectFlow {
  const type = processType === undefined ? undefined : FLOW_TYPES[processType];
  const start = firstChild(root, 'start');
  const triggerType = start ? childText(start, 'triggerType') : undefined;
  return {
    apiName: apiNameOf(file.path),
    path: file.path,
    ...(processType !== undefined ? { processType } : {}),
    ...optionalText(root, 'label'),
    ...optionalText(root, 'status'),
    ...(type ? { type } : {}),
    ...(triggerType ? { triggerType } : {}),
  };
}

/**
 * The objects whose metadata is read: those the project's record-triggered orchestrations start on
 * (`$Record`), those of their Record variables (`curUser`, a User) and those their references reach
 * through a relationship named after its object (`$Record.Account.Tier__c`: Account).
 */
export function metadataObjects(project: Project): Set<string> {
  const objects = new Set<string>();
  for (const o of project.orchestrations) {
    if (o.trigger.type === 'recordTriggered' && o.trigger.object) objects.add(o.trigger.object);
    for (const object of o.recordObjects ?? []) objects.add(object);
  }
  return objects;
}

/** True for object metadata files of any object: field files, object files (a custom setting's type), standard and global value sets. */
export function isObjectMetadataFile(path: string): boolean {
  return objectOfFieldFile(path) !== null || objectOfObjectFile(path) !== null || standardValueSetOf(path) !== null || globalValueSetOf(path) !== null;
}

/** Whether `path` is object metadata of `objects` (their field files, their standard picklists' value sets). */
export function isMetadataOf(path: string, objects: ReadonlySet<string>, sets: ReadonlySet<string> = valueSetsOf(objects)): boolean {
  const object = objectOfFieldFile(path);
  if (object !== null) return objects.has(object);
  const set = standardValueSetOf(path);
  // every global value set: which ones the fields name is known only once they are read
  return (set !== null && sets.has(set)) || globalValueSetOf(path) !== null;
}

/**
 * `project` with the fields its object metadata files (among `files`) declare on the objects
 * `metadataObjects` names, the values of their standard picklists (valueSets.ts), and `earlier`
 * problems met while reading those files.
 */
export function withObjectFields(project: Project, files: readonly ProjectFile[], earlier: readonly ProjectProblem[] = []): Project {
  const wanted = metadataObjects(project);
  const usable = files.filter((f) => isObjectMetadataFile(f.path));
  if (wanted.size === 0) return earlier.length ? { ...project, problems: [...project.problems, ...earlier] } : project;
  if (usable.length === 0 && earlier.length === 0) return project;
  usable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const read = readObjectFields(usable, wanted);
  const standard = readStandardValueSets(usable, valueSetsOf(wanted));
  const global = readGlobalValueSets(usable);
  const objects = new Map(read.objects);
  for (const object of wanted) {
    const fields = new Map(objects.get(object) ?? []);
    for (const [name, field] of fields) {
      const values = field.valueSet !== undefined && !field.values ? global.sets.get(field.valueSet) : undefined;
      if (values) fields.set(name, { ...field, values });
    }
    for (const [field, set] of standardPicklistsOf(object)) {
      const values = standard.sets.get(set);
      if (!values) continue;
      // a field file of a standard picklist (customised help text) has no values: the set's are its
      const declared = fields.get(field);
      fields.set(field, declared ? { ...declared, values } : { name: field, type: 'Picklist', values, standard: true });
    }
    if (fields.size) objects.set(object, fields);
  }
  return { ...project, objects, problems: [...project.problems, ...earlier, ...read.problems, ...standard.problems, ...global.problems] };
}

/**
 * The files a reader reads after the flows, once it knows the project's orchestrations: the object
 * metadata of `metadataObjects` and of the custom settings the flows read through `$Setup`, the
 * records of the custom metadata types the flows name, the queues, groups, record types and custom
 * notification types when a flow reads Group, RecordType or CustomNotificationType, every object's field files when a flow updates through a custom
 * child relationship (childRelationships.ts), the field files of the objects the flows create
 * records of (createdObjects.ts), and the scenario files beside the orchestrations. A test of paths as the reader has them.
 */
export function isReadAfterFlows(project: Project): (path: string) => boolean {
  const wanted = metadataObjects(project);
  const sets = valueSetsOf(wanted);
  const settings = projectSettingObjects(project);
  const scenarioFile = scenarioFileOf(project);
  const customMetadataTypes = projectCustomMetadataTypes(project);
  const groupFile = isGroupFileFor(project);
  const recordTypeFile = isRecordTypeFileFor(project);
  const notificationTypeFile = isNotificationTypeFileFor(project);
  // a custom child relationship's object is known only from its lookup's field file: every one is looked at, and parsed only if it names the relationship
  const relationships = projectUpdatedRelationships(project).size > 0;
  // the objects the flows create records of: their stored Checkboxes are false on a created record
  const created = projectCreatedObjects(project);
  return (path) => (wanted.size > 0 && isMetadataOf(path, wanted, sets)) || (created.size > 0 && isFieldFileOf(path, created)) || (relationships && objectOfFieldFile(path) !== null) || isSettingMetadataOf(path, settings) || isCustomMetadataOf(path, customMetadataTypes) || groupFile(path) || recordTypeFile(path) || notificationTypeFile(path) || scenarioFile(path) !== null || isLabelsFile(path);
}

/** `project` with the records of its setup its flows read: custom metadata records, queues and groups, the queues' members, record types, custom notification types. */
function withSetupRecords(project: Project, files: readonly ProjectFile[]): Project {
  return withProjectNotificationTypes(withProjectRecordTypes(withProjectQueueMembers(withProjectGroups(withCustomMetadata(project, files), files), files), files), files);
}

/** `project` with the custom labels of the labels files among `files` (none: unchanged). */
function withCustomLabels(project: Project, files: readonly ProjectFile[]): Project {
  const labelFiles = files.filter((f) => isLabelsFile(f.path));
  if (labelFiles.length === 0) return project;
  const read = readCustomLabels(labelFiles);
  return { ...project, labels: read.labels, problems: [...project.problems, ...read.problems] };
}

/** `project` with what a reader read after the flows (isReadAfterFlows), and the problems met reading it. */
export function withFilesAfterFlows(project: Project, files: readonly ProjectFile[], problems: readonly ProjectProblem[]): Project {
  return onceEach(withSetupRecords(withCustomSettings(withCustomLabels(withScenarioFiles(withCreatedObjectCheckboxes(withChildRelationships(withObjectFields(project, files, problems), files), files), files), files), files), files));
}

/** `project` with one warning for each cause, however many readers met it (problemsOnce.ts). */
function onceEach(project: Project): Project {
  return { ...project, problems: problemsOnce(project.problems) };
}

/**
 * Builds a project from files with paths (any order): flow files are read, the object metadata
 * of the objects its orchestrations are triggered by (objectFields.ts) and the scenario files beside
 * its orchestrations (scenarioFiles.ts), the custom labels (customLabels.ts), the custom settings
 * its flows read (customSettings.ts) and the records of the custom metadata types they name
 * (customMetadataRecords.ts); other files are ignored.
 */
/**
 * What a file that is not well-formed still says of its kind: the command line must not take such an
 * orchestration for a flow nothing calls, and the picker names it. Its stages count too: Salesforce
 * writes <orchestratedStages> before <processType>, so a file cut short keeps only them.
 */
const ORCHESTRATOR = /<processType>\s*Orchestrator\s*<\/processType>|<orchestratedStages>/;

export function projectFromFiles(files: readonly ProjectFile[], earlier: readonly ProjectProblem[] = []): Project {
  const problems: ProjectProblem[] = [...earlier];
  const byName = new Map<string, ProjectFile>();
  const firstByLowerName = new Map<string, string>();
  const orchestrations: ProjectOrchestration[] = [];
  const flows: ProjectFlow[] = [];
  const usable: ProjectFile[] = [];
  const objectFiles: ProjectFile[] = [];
  const others: ProjectFile[] = [];
  for (const file of files) {
    const path = projectPath(file.path);
    if (!path.ok) problems.push({ file: file.path, severity: 'error', message: path.message });
    else if (isFlowFile(path.path)) usable.push({ path: path.path, text: file.text });
    else if (isObjectMetadataFile(path.path)) objectFiles.push({ path: path.path, text: file.text });
    else others.push({ path: path.path, text: file.text });
  }
  usable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const file of usable) {
    const apiName = apiNameOf(file.path);
    const parsed = parseXml(file.text);
    if (!parsed.ok) {
      // an LFS pointer or a committed merge conflict is named for what it is, not by the parser's words
      const leftover = gitLeftover(file.text);
      const first = leftover ? { message: leftover.message, line: leftover.line, column: 1 } : parsed.problems[0];
      problems.push({ file: file.path, severity: 'error', message: `not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}), ...(ORCHESTRATOR.test(file.text) ? { orchestration: true } : {}) });
      continue;
    }
    const root = parsed.root;
    if (root.tag !== 'Flow') {
      problems.push({ file: file.path, severity: 'error', message: `not read: this is not a Flow file (its root element is <${root.tag}>, not <Flow>)` });
      continue;
    }
    const earlierFile = firstByLowerName.get(apiName.toLowerCase());
    if (earlierFile !== undefined) {
      problems.push({ file: file.path, severity: 'warning', message: `another file already defines the flow "${apiName}" (${earlierFile}); API names are unique in an org, so this file is ignored` });
      continue;
    }
    firstByLowerName.set(apiName.toLowerCase(), file.path);
    byName.set(apiName, file);
    const processType = childText(root, 'processType');
    if (processType === 'Orchestrator') {
      orchestrations.push(orchestrationOf(file, root));
    } else {
      const flow = flowOf(file, root, processType);
      flows.push(flow);
      const facts = [processType === undefined ? 'no processType' : `processType ${processType}`, ...(flow.status ? [flow.status] : [])].join(', ');
      problems.push({ file: file.path, severity: 'info', message: `a flow (${facts}), not an orchestration: available to the orchestrations' steps and conditions` });
    }
  }
  const manifest = sfdxProjectOf(others);
  const manifestProblem = manifest ? sfdxProjectProblem(manifest) : null;
  if (manifestProblem) problems.push(manifestProblem);
  const project = withCustomLabels(withScenarioRecordCheckboxes(withScenarioFiles(withCreatedObjectCheckboxes(withChildRelationships(withObjectFields({ files: byName, orchestrations, flows, problems }, objectFiles), objectFiles), objectFiles), others), objectFiles), others);
  const namespace = manifest ? namespaceOfSfdxProject(manifest.text) : undefined;
  // a retrieved package's record types are in its object files (objects/Case.object)
  return onceEach(withSetupRecords(withCustomSettings(namespace === undefined ? project : { ...project, namespace }, objectFiles), [...objectFiles, ...others]));
}

/**
 * The project's `sfdx-project.json` (the outermost one, for a folder holding several projects): the
 * namespace it declares is dropped from its flows' names (ownNamespace.ts).
 */
function sfdxProjectOf(files: readonly ProjectFile[]): ProjectFile | undefined {
  const manifests = files.filter((f) => isSfdxProjectFile(f.path)).sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1));
  return manifests[0];
}

/** `sfdx-project.json`, at the root or in a folder. */
export function isSfdxProjectFile(path: string): boolean {
  return path === SFDX_PROJECT_FILE || path.endsWith(`/${SFDX_PROJECT_FILE}`);
}

/** The project file of the flow `apiName` (exact name first, then ignoring case, as Salesforce does). */
export function projectFile(project: Project, apiName: string): ProjectFile | undefined {
  const exact = project.files.get(apiName);
  if (exact) return exact;
  const lower = apiName.toLowerCase();
  for (const [name, file] of project.files) if (name.toLowerCase() === lower) return file;
  return undefined;
}
