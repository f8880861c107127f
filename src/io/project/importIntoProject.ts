/**
 * Import of a Flow XML orchestration file while a project is open (docs/projects.md, "Import while a
 * project is open"): the file is not one of the project's, but its steps call flows by API name as
 * the project's orchestrations do, so they are resolved from the project the same way
 * (openOrchestration.ts importWithProjectFlows) — an orchestration exported and imported again runs
 * its flows' real elements rather than placeholders.
 */
import { parseXml } from '../xml/parseXml';
import { childText } from '../xml/xmlNode';
import { findOrchestration, importWithProjectFlows, type ImportWithFlowsResult } from './openOrchestration';
import { flowFileSuffix, folderOf } from './paths';
import { DEFAULT_FLOWS_FOLDER, FLOW_FILE_SUFFIX, type Project } from './types';

/** The `<status>` the file itself declares (Active, Draft…), if it parses. */
function statusOf(text: string): string | undefined {
  const parsed = parseXml(text);
  return parsed.ok ? childText(parsed.root, 'status') || undefined : undefined;
}

/**
 * Where the imported file counts as being in the project, for the flows it looks for beside it: the
 * project's orchestration of the same API name, else beside the project's first flow by path (where
 * "New orchestration" puts a new file).
 */
function pathInProject(project: Project, apiName: string | undefined, fileName: string): string {
  const same = apiName === undefined ? undefined : findOrchestration(project, apiName);
  if (same) return same.path;
  const first = [...project.flows].map((f) => f.path).sort()[0];
  const folder = first ? folderOf(first) : DEFAULT_FLOWS_FOLDER;
  const suffix = (first && flowFileSuffix(first)) || FLOW_FILE_SUFFIX;
  return `${folder}/${apiName ?? fileName.replace(/\.[^.]*$/, '')}${suffix}`;
}

/** Imports the orchestration XML `text` of the file `fileName` (API name `apiName`) with the flows of `project`. Never throws. */
export function importIntoProject(project: Project, fileName: string, apiName: string | undefined, text: string): ImportWithFlowsResult {
  return importWithProjectFlows(project, text, apiName, pathInProject(project, apiName, fileName), statusOf(text));
}
