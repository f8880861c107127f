/**
 * The project's flows an orchestration opened from it does not call yet, offered in the Flow
 * pickers so that a new step or condition can be linked to a real flow of the project
 * (docs/projects.md, "Linking a step to another flow of the project"). Only the list is made when
 * the orchestration opens (from the project's index: name, label, type, status); a flow's file is
 * read when it is picked, with the subflows it calls, as opening reads the flows already called.
 */
import type { Flow, FlowType } from '../../model/types';
import { projectCatalog } from './projectCatalog';
import type { Project, ProjectFlow } from './types';

/** A flow of the project a step or condition could call. */
export interface OfferedFlow {
  name: string;
  label?: string;
  type: FlowType;
  /** Its file's `<status>` is Active (a Draft must be activated before an orchestration may call it). */
  active: boolean;
  /** Its file's `<status>` as written (`Draft`, `Obsolete`, `InvalidDraft`…), which the pickers show. */
  status?: string;
  /** Its file in the project. */
  path: string;
}

export type FlowLink = { ok: true; flows: Flow[]; warnings: string[] } | { ok: false; message: string };

export interface ProjectFlowOffer {
  /** The project's name (the folder or archive). */
  project: string;
  /** Every flow of the project with a type a step or condition uses, by label. */
  flows: readonly OfferedFlow[];
  /**
   * What linking `name` adds to the design's flow catalog: the flow read from its file, then the
   * subflows it calls (transitively), less those the catalog `have` holds already — or why its file
   * cannot be used.
   */
  link(name: string, have: readonly Flow[]): FlowLink;
}

/**
 * Whether a step or condition can call the flow: it has a catalog type, and no trigger starts it.
 * A record-triggered, scheduled or platform-event flow runs when its trigger fires: Salesforce lets
 * no step or subflow call it, so it is not offered (Gusto/sfdc: 139 of its 198 autolaunched flows
 * were listed under "More flows", most of the list).
 */
export function isCallableFlow(flow: ProjectFlow): boolean {
  return flow.type !== undefined && flow.triggerType === undefined;
}

/** The offer of `project` (named `projectName`) to the orchestration read from `orchestrationPath`. */
export function projectFlowOffer(project: Project, projectName: string, orchestrationPath: string): ProjectFlowOffer {
  const flows: OfferedFlow[] = [];
  for (const f of project.flows) {
    if (!isCallableFlow(f) || !f.type) continue;
    flows.push({ name: f.apiName, ...(f.label !== undefined ? { label: f.label } : {}), type: f.type, active: f.status === 'Active', ...(f.status !== undefined ? { status: f.status } : {}), path: f.path });
  }
  flows.sort((a, b) => (a.label ?? a.name).localeCompare(b.label ?? b.name));
  return {
    project: projectName,
    flows,
    link(name, have) {
      // A flow linked now is not one Salesforce accepted with the orchestration's activation: its
      // file's own status says whether it is active (the resolver is given no orchestration status).
      const catalog = projectCatalog(project, orchestrationPath, undefined);
      const flow = catalog.flow(name);
      if (!flow) {
        const why = catalog.problems.find((p) => p.severity === 'error')?.message ?? `flow ${name} is ${catalog.missing(name, flows.find((f) => f.name === name)?.type ?? 'autolaunched')}`;
        return { ok: false, message: why };
      }
      const known = new Set(have.map((f) => f.name));
      const added = catalog.subflowsOf([flow]).filter((f) => !known.has(f.name));
      const warnings = catalog.problems.map((p) => p.message);
      return { ok: true, flows: added, warnings };
    },
  };
}
