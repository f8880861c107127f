import type { Orchestration, Position, Step } from '../model/types';
import { defineCommand } from './command';
import { mapStages, setLayout } from './edits';

export interface AddStepParams {
  stage: string;
  name: string;
  label: string;
  kind: Step['kind'];
  /** Position relative to the stage. */
  position?: Position;
}

/**
 * Whether the design's flows were read from a real project (a flow of the catalog has its file):
 * then the catalog holds the flows the orchestration already calls, and any other flow of the
 * project is as likely, so a new step's flow is the admin's choice (docs/editor.md, "A new step's
 * flow"). A hand-made catalog stands in for the org's flows, and its first of a kind runs at once.
 */
export function flowsFromProject(doc: Orchestration): boolean {
  return (doc.flows ?? []).some((f) => f.source !== undefined);
}

/**
 * The flow a new step of `kind` starts with: none in a design from a project (the Problems list
 * then says to choose it, as Flow Builder asks for it), else the catalog's first flow of the kind
 * (`active` only when asked: Step type's change takes an active one).
 */
export function firstFlowOfKind(doc: Orchestration, kind: Step['kind'], activeOnly = false): string | undefined {
  if (flowsFromProject(doc)) return undefined;
  const flowType = kind === 'background' ? 'autolaunched' : 'screen';
  return (doc.flows ?? []).find((f) => f.type === flowType && (!activeOnly || f.active !== false))?.name;
}

/**
 * A new step: background steps get the catalog's first autolaunched flow, interactive ones its
 * first screen flow — none when the flows come from a project (`firstFlowOfKind`).
 */
export function newStep(doc: Orchestration, p: Pick<AddStepParams, 'name' | 'label' | 'kind'>): Step {
  const flow = firstFlowOfKind(doc, p.kind);
  const step: Step = { name: p.name, label: p.label, kind: p.kind, start: { mode: 'stageStarts' } };
  if (flow) step.flow = flow;
  if (p.kind === 'background') step.runAs = { mode: 'default' };
  else step.complete = { mode: 'screenFlowFinished' };
  return step;
}

/** Adds a step at the end of a stage. */
export const addStep = defineCommand<AddStepParams>('step.add', 'Add step', (doc, p) => {
  if (!doc.stages.some((s) => s.name === p.stage)) return doc;
  const step = newStep(doc, p);
  let out = mapStages(doc, (s) => (s.name === p.stage ? { ...s, steps: [...s.steps, step] } : s));
  if (p.position) out = setLayout(out, { [p.name]: p.position });
  return out;
});
