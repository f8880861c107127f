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

/** A new step: background steps get the catalog's first autolaunched flow, interactive ones its first screen flow. */
export function newStep(doc: Orchestration, p: Pick<AddStepParams, 'name' | 'label' | 'kind'>): Step {
  const flowType = p.kind === 'background' ? 'autolaunched' : 'screen';
  const flow = (doc.flows ?? []).find((f) => f.type === flowType)?.name;
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
