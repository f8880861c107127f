/** The step changes that turn a step into the other kind (each kind has its own properties). */
import type { StepChanges } from '../../commands/updateStep';
import type { Orchestration, Step } from '../../model/types';

export function kindChange(doc: Orchestration, kind: Step['kind']): StepChanges {
  const flowType = kind === 'background' ? 'autolaunched' : 'screen';
  const flow = (doc.flows ?? []).find((f) => f.type === flowType && f.active !== false)?.name;
  const common: StepChanges = { kind, flow, inputs: undefined, outputs: undefined };
  return kind === 'background'
    ? { ...common, runAs: { mode: 'default' }, assignee: undefined, complete: undefined }
    : { ...common, runAs: undefined, requiresAsync: undefined, complete: { mode: 'screenFlowFinished' } };
}
