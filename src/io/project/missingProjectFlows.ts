/**
 * The flows an orchestration opened from a project calls that the project does not have: a
 * mistyped `<actionName>` (`Recruiter_Phone_Scren`), a flow deleted or renamed since, one made in
 * Stageflow with "New … flow…". Opening turns each into a placeholder and its report says so once;
 * after the report is closed nothing did, and a run quietly used the placeholder's stand-in. These
 * warnings keep saying it where the admin looks — the card's marker and the step's Flow picker —
 * with the project's flow of a name within two edits (docs/projects.md, *chosen*).
 */
import { closestName } from '../../model/closestName';
import type { Flow, FlowType, Orchestration, Problem } from '../../model/types';
import type { OfferedFlow } from './projectFlowOffer';

/** What the warnings need of the project: its name and the flows a step or condition can call. */
export interface ProjectFlows {
  project: string;
  flows: readonly OfferedFlow[];
}

/**
 * Whether `name` is a flow of the project: its file is among the project's flows, the design's copy
 * was read from the project (`source`), or it is a managed package's (never a project file).
 */
function inProject(project: ProjectFlows, name: string, flow: Flow | undefined): boolean {
  return project.flows.some((f) => f.name === name) || flow?.source !== undefined || flow?.package !== undefined;
}

/**
 * The words for a flow the project lacks: what is missing, what a run does instead, and the
 * project's flow of the same type whose name is within two edits, if one is.
 */
export function missingFlowWords(project: ProjectFlows, name: string, type: FlowType): string {
  const near = closestName(name, project.flows.filter((f) => f.type === type).map((f) => f.name));
  const offered = near ? project.flows.find((f) => f.name === near) : undefined;
  const hint = offered ? ` Did you mean ${offered.label ? `${offered.label} (${offered.name})` : offered.name}?` : '';
  return `The project ${project.project} has no flow ${name}: a run uses a stand-in for it, not a real flow.${hint}`;
}

/** The warning for the flow `name` a step or condition calls, or null when the project has it (or no flow is chosen). */
export function missingFlowNote(project: ProjectFlows | undefined, flows: readonly Flow[] | undefined, name: string, type: FlowType): string | null {
  if (!project || name === '') return null;
  const flow = flows?.find((f) => f.name === name);
  return inProject(project, name, flow) ? null : missingFlowWords(project, name, type);
}

/** A warning at each step, condition and stage exit of `doc` that calls a flow the project lacks. */
export function missingProjectFlows(doc: Orchestration, project: ProjectFlows): Problem[] {
  const problems: Problem[] = [];
  const check = (name: string | undefined, type: FlowType, path: string) => {
    const message = name === undefined ? null : missingFlowNote(project, doc.flows, name, type);
    if (message) problems.push({ path, message, severity: 'warning' });
  };
  doc.stages.forEach((stage, i) => {
    stage.steps.forEach((step, j) => {
      const at = `stages[${i}].steps[${j}]`;
      check(step.flow, step.kind === 'background' ? 'autolaunched' : 'screen', `${at}.flow`);
      if (step.start?.mode === 'evaluationFlow') check(step.start.flow, 'evaluation', `${at}.start.flow`);
      if (step.complete?.mode === 'evaluationFlow') check(step.complete.flow, 'evaluation', `${at}.complete.flow`);
    });
    if (stage.exit?.mode === 'evaluationFlow') check(stage.exit.flow, 'evaluation', `stages[${i}].exit.flow`);
  });
  return problems;
}
