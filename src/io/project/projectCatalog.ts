/**
 * The flow catalog of an orchestration opened from a project: each flow it calls, resolved by API
 * name from the project's files (flowCatalogEntry of src/io/flowXml), then the flows those call as
 * subflows, so that the interpreter finds them all. A flow that is not in the project, or whose
 * file cannot be used, is reported (with the file it looked for) and left to a placeholder.
 *
 * Whether a project flow is active: its file's `<status>` is the version the project holds, not
 * necessarily the org's active version. When the orchestration itself was activated (its file is
 * Active or Obsolete), Salesforce accepted it with every flow it calls active, so a step flow whose
 * file is a Draft is taken as active (and a warning says so); in a draft orchestration, a flow whose
 * file is not Active is inactive, as activating would find it (docs/projects.md).
 */
import { readFlowDefinition } from '../flowXml/readFlowDefinition';
import { flowCatalogEntry } from '../flowXml/flowCatalogEntry';
import { withReferencedLabels } from './customLabels';
import { withReferencedSettings } from './customSettings';
import { withReferencedCustomMetadata } from './customMetadataRecords';
import { withReferencedGroups } from './deployedGroups';
import { withReferencedRecordTypes } from './deployedRecordTypes';
import { withReferencedNotificationTypes } from './deployedNotificationTypes';
import { withReferencedQueueMembers } from './queueMembers';
import { withoutOwnNamespace } from './ownNamespace';
import { withPicklistChoiceValues } from './picklistChoices';
import { projectCheckboxFields, withProjectCheckboxes } from './checkboxFields';
import { withReferencedChildRelationships } from './childRelationships';
import type { Flow } from '../../model/types';
import { packageNamespace } from '../../model/names';
import type { FlowResolver } from '../xml/placeholders';
import { apiNameOf, flowFileSuffix, folderOf, isFlowFile, joinPath } from './paths';
import { projectFile } from './projectFromFiles';
import { FLOW_FILE_SUFFIX, type Project, type ProjectProblem } from './types';

/** Statuses of an orchestration file that Salesforce activated at some time. */
const ACTIVATED = new Set(['Active', 'Obsolete']);

/** A resolver of flows from a project, collecting what it has to report. */
export interface ProjectCatalog extends FlowResolver {
  /** Problems met while resolving (files that could not be used). */
  readonly problems: ProjectProblem[];
  /** Every resolved flow plus the subflows they call, transitively, in order of first use. */
  subflowsOf(flows: readonly Flow[]): Flow[];
}

/** A resolver for the orchestration read from `orchestrationPath` (with file status `status`). */
export function projectCatalog(project: Project, orchestrationPath: string, status: string | undefined): ProjectCatalog {
  const problems: ProjectProblem[] = [];
  const resolved = new Map<string, Flow | null>();
  const folder = folderOf(orchestrationPath);
  // a retrieved package's flows are `.flow` files beside its `.flow` orchestration
  const suffix = flowFileSuffix(orchestrationPath) ?? FLOW_FILE_SUFFIX;
  const activated = status !== undefined && ACTIVATED.has(status);
  // the same for every flow of the project: worked out once, not once a flow
  const checkboxes = projectCheckboxFields(project);

  const entryOf = (name: string): Flow | null => {
    const file = projectFile(project, name);
    if (!file) return null;
    const read = readFlowDefinition(file.text);
    if (!read.ok) {
      const first = read.problems[0];
      problems.push({
        file: file.path, severity: 'error', message: `flow ${name} cannot be read: ${first?.message ?? 'unknown problem'}${first?.path ? ` (at ${first.path})` : ''}`,
        ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}),
      });
      return null;
    }
    // a namespaced project's flows name things as its files do, without its own prefix (ownNamespace.ts)
    const own = withoutOwnNamespace(read.definition, project.namespace);
    const withMetadata = withReferencedCustomMetadata(withPicklistChoiceValues(withReferencedSettings(withReferencedLabels(own, project.labels), project.customSettings), project.objects), project.customMetadata);
    // the project's queues, groups, queue members, record types and custom notification types, when this flow reads their object
    const withGroups = withReferencedRecordTypes(withReferencedQueueMembers(withReferencedGroups(withMetadata, file.text, project.groups), file.text, project.groupMembers), file.text, project.recordTypes);
    const withSetup = withReferencedNotificationTypes(withGroups, file.text, project.notificationTypes);
    // the stored Checkbox fields a run fills in, and the custom child relationships its Update Records name, as `stageflow flow` reads them
    const definition = withReferencedChildRelationships(withProjectCheckboxes(withSetup, checkboxes), file.text, project.childRelationships);
    const entry = flowCatalogEntry(definition, { name, path: file.path });
    if (!entry.ok) {
      problems.push({ file: file.path, severity: 'error', message: entry.message });
      return null;
    }
    const fileStatus = read.definition.status;
    const active = fileStatus === 'Active' || (activated && fileStatus !== undefined);
    return { ...entry.flow, active, source: { path: file.path, ...(fileStatus !== undefined ? { status: fileStatus } : {}) } };
  };

  const flow = (name: string): Flow | undefined => {
    if (!resolved.has(name)) resolved.set(name, entryOf(name));
    return resolved.get(name) ?? undefined;
  };

  const missing = (name: string): string => {
    const lookedFor = joinPath(folder, `${name}${suffix}`);
    if (projectFile(project, name)) return `its file could not be used (looked for ${lookedFor})`;
    // its file is there but was not read (not well-formed, over a cap): "not in the project" sent the
    // admin looking for a file they could see; the file's own problem is in the same report
    const unread = project.problems.find((p) => p.severity === 'error' && isFlowFile(p.file) && apiNameOf(p.file).toLowerCase() === name.toLowerCase());
    if (unread) return `its file ${unread.file} could not be read (its problem is reported at that file)`;
    // a packaged flow: say why it cannot be there, so the admin does not go looking for the file
    const namespace = packageNamespace(name);
    const installed = namespace ? `: it is a flow of the managed package "${namespace}", installed with the package and never in a project's files` : '';
    return `not in the project${installed} (looked for ${lookedFor})`;
  };

  const subflowsOf = (flows: readonly Flow[]): Flow[] => {
    const all = [...flows];
    const seen = new Set(flows.map((f) => f.name));
    for (let i = 0; i < all.length; i++) {
      for (const name of subflowNames(all[i]!)) {
        if (seen.has(name)) continue;
        seen.add(name);
        const sub = flow(name);
        if (sub) all.push(sub);
        else {
          const why = missing(name);
          // "which is not in the project", "but its file … could not be read"
          problems.push({ file: all[i]!.source?.path ?? '', severity: 'warning', message: `flow ${all[i]!.name} calls the subflow ${name}, ${why.startsWith('its file') ? 'but' : 'which is'} ${why}` });
        }
      }
    }
    return all;
  };

  return { problems, flow, missing, subflowsOf };
}

/** Names of the flows a flow's definition calls: its subflows, and the flows its actions of type `flow` launch (Process Builder's "Flows" action). */
function subflowNames(flow: Flow): string[] {
  const definition = flow.definition;
  if (typeof definition !== 'object' || definition === null || !('elements' in definition)) return [];
  const elements = (definition as { elements: unknown }).elements;
  if (typeof elements !== 'object' || elements === null) return [];
  const names: string[] = [];
  for (const element of Object.values(elements)) {
    if (typeof element !== 'object' || element === null) continue;
    const { kind, flowName, actionType, actionName } = element as { kind?: unknown; flowName?: unknown; actionType?: unknown; actionName?: unknown };
    const name = kind === 'subflow' ? flowName : kind === 'actionCall' && actionType === 'flow' ? actionName : undefined;
    if (typeof name === 'string' && name !== '') names.push(name);
  }
  return names;
}
