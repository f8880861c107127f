/**
 * `flow.save`: adds a flow to the simulated org's catalog or replaces one (`original` names the
 * flow being edited). Renaming a flow updates the steps and conditions that call it. A flow read
 * from a project (it has a `source` file) is read-only: it is edited in its project, so saving over
 * it changes nothing (docs/projects.md).
 */
import type { Flow, Orchestration } from '../model/types';
import { defineCommand } from './command';

export interface SaveFlowParams {
  flow: Flow;
  /** Name of the flow being replaced; absent for a new flow. */
  original?: string;
}

type FlowRef = { mode: string; flow?: string };

function renameFlowIn<C extends FlowRef | undefined>(cond: C, from: string, to: string): C {
  return cond && cond.mode === 'evaluationFlow' && cond.flow === from ? { ...cond, flow: to } : cond;
}

function renameFlowEverywhere(doc: Orchestration, from: string, to: string): Orchestration {
  return {
    ...doc,
    stages: doc.stages.map((stage) => ({
      ...stage,
      exit: renameFlowIn(stage.exit, from, to),
      steps: stage.steps.map((step) => ({
        ...step,
        ...(step.flow === from ? { flow: to } : {}),
        ...(step.start ? { start: renameFlowIn(step.start, from, to) } : {}),
        ...(step.complete ? { complete: renameFlowIn(step.complete, from, to) } : {}),
      })),
    })).map((s) => (s.exit === undefined ? (({ exit: _e, ...rest }) => rest)(s) : s)),
  };
}

export const saveFlow = defineCommand<SaveFlowParams>('flow.save', 'Save flow', (doc, { flow, original }) => {
  const flows = doc.flows ?? [];
  const index = original === undefined ? -1 : flows.findIndex((f) => f.name === original);
  const clash = flows.findIndex((f) => f.name === flow.name);
  if (clash >= 0 && clash !== index) return doc;
  if (index >= 0 && flows[index]!.source !== undefined) return doc;
  if (index < 0) return { ...doc, flows: [...flows, flow] };
  const next = flows.slice();
  next[index] = flow;
  const withFlows = { ...doc, flows: next };
  return original !== undefined && original !== flow.name ? renameFlowEverywhere(withFlows, original, flow.name) : withFlows;
});
