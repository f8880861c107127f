/**
 * Opening one orchestration of a project: its file is imported (src/io/xml importFlowXml) with the
 * flows it calls resolved by API name from the same project (projectCatalog.ts), so that only a flow
 * that is not there becomes a placeholder. The report gathers, each at its file, what the conversion
 * kept or guessed, the flows that could not be resolved and why, and the custom fields of the
 * trigger object it reads that the project does not declare (undeclaredFields.ts) or the picklist
 * values it compares with that the project does not list (picklistValues.ts); `problems` are
 * the imported design's validation problems with their own severity (errors block a run, never
 * the opening).
 */
import { flowStatusLabel } from '../../model/flowStatus';
import type { Orchestration, Problem } from '../../model/types';
import { importFlowXml } from '../xml/importFlowXml';
import { projectCatalog } from './projectCatalog';
import { projectProblemsOf } from './projectChecks';
import type { Project, ProjectOrchestration, ProjectProblem } from './types';

export type OpenOrchestrationResult =
  | { ok: true; doc: Orchestration; orchestration: ProjectOrchestration; report: ProjectProblem[]; problems: Problem[] }
  | { ok: false; report: ProjectProblem[] };

/** The orchestration listed under `apiName` (exact, else ignoring case), if any. */
export function findOrchestration(project: Project, apiName: string): ProjectOrchestration | undefined {
  return project.orchestrations.find((o) => o.apiName === apiName) ?? project.orchestrations.find((o) => o.apiName.toLowerCase() === apiName.toLowerCase());
}

function notFound(project: Project, apiName: string): ProjectProblem {
  const names = project.orchestrations.map((o) => o.apiName);
  const flow = project.flows.find((f) => f.apiName.toLowerCase() === apiName.toLowerCase());
  if (flow) return { file: flow.path, severity: 'error', message: `${flow.apiName} is a flow (${flow.processType ?? 'no processType'}), not an orchestration; orchestrations: ${names.join(', ') || 'none'}` };
  return { file: '', severity: 'error', message: `the project has no orchestration "${apiName}" (orchestrations: ${names.join(', ') || 'none'})` };
}

/** Imports the orchestration `apiName` of `project` with its flows. Never throws. */
export function openOrchestration(project: Project, apiName: string): OpenOrchestrationResult {
  const orchestration = findOrchestration(project, apiName);
  if (!orchestration) return { ok: false, report: [notFound(project, apiName)] };
  if (orchestration.stageCount === 0) {
    // said for what it is whatever its status: "an empty draft (its status is Active)" contradicted itself
    const status = orchestration.status ? ` (${flowStatusLabel(orchestration.status)} in Salesforce)` : '';
    return { ok: false, report: [{ file: orchestration.path, severity: 'error', message: `${orchestration.apiName} is an orchestration with no stages${status}: there is nothing to open or simulate` }] };
  }
  const file = project.files.get(orchestration.apiName);
  if (!file) return { ok: false, report: [{ file: orchestration.path, severity: 'error', message: 'the file is no longer in the project' }] };
  const imported = importWithProjectFlows(project, file.text, orchestration.apiName, file.path, orchestration.status);
  return imported.ok ? { ...imported, orchestration } : imported;
}

export type ImportWithFlowsResult =
  | { ok: true; doc: Orchestration; report: ProjectProblem[]; problems: Problem[] }
  | { ok: false; report: ProjectProblem[] };

/**
 * Imports the orchestration XML `text` (its API name `apiName`, its file `path`, whose `<status>` is
 * `status`) with the flows its steps call resolved from `project`: what opening one of the project's
 * orchestrations does, and what Import does with a Flow XML file while a project is open
 * (importIntoProject.ts). The report names the file `path` for the conversion's notes.
 */
export function importWithProjectFlows(project: Project, text: string, apiName: string | undefined, path: string, status: string | undefined): ImportWithFlowsResult {
  const catalog = projectCatalog(project, path, status);
  const imported = importFlowXml(text, { ...(apiName !== undefined ? { name: apiName } : {}), flows: catalog });
  if (!imported.ok) {
    return {
      ok: false,
      report: imported.problems.map((p) => ({
        file: path, severity: 'error', message: p.message,
        ...(p.line !== undefined ? { line: p.line, column: p.column ?? 1 } : {}),
        ...(p.path !== undefined ? { path: p.path } : {}),
      })),
    };
  }
  const doc = imported.doc;
  doc.flows = catalog.subflowsOf(doc.flows ?? []);
  const report: ProjectProblem[] = [
    ...catalog.problems,
    // before the conversion's notes: a field that does not exist changes what the run does
    ...projectProblemsOf(doc, project.objects, path),
    ...imported.warnings.map((w): ProjectProblem => ({ file: path, severity: 'warning', message: w.message, ...(w.path !== undefined ? { path: w.path } : {}) })),
  ];
  return { ok: true, doc, report, problems: imported.problems };
}
