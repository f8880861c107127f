/** A Step → one `<stageSteps>` element, with what its `extensions` kept merged back. */
import type { CompletionCondition, StartCondition, Step } from '../../model/types';
import { stepCompletedRow } from './conditions';
import { exportConditionMode, type ConditionMode } from './conditionModes';
import { inSalesforceOrder } from './elementOrder';
import { STEP_SUBTYPE_SINCE, type ExportContext } from './exportContext';
import { hasSubtypeWrittenMark, mergeKept, readKept } from './extensions';
import { exportOutputs, exportParameters } from './parameters';
import { exportAssignee, exportRunAs } from './stepPeople';
import { actionTypeFor, subtypeFor } from './stepKinds';
import { leaf, type XmlNode } from './xmlNode';

function startMode(start: StartCondition | undefined): ConditionMode {
  if (!start || start.mode === 'stageStarts') return { mode: 'plain' };
  if (start.mode === 'stepCompleted') return { mode: 'requirements', requirements: [stepCompletedRow(start.step)], logic: 'and' };
  if (start.mode === 'requirements') return { mode: 'requirements', requirements: start.requirements, logic: start.logic };
  return { mode: 'evaluationFlow', flow: start.flow, inputs: start.inputs ?? {} };
}

function completionMode(complete: CompletionCondition | undefined): ConditionMode | undefined {
  if (!complete) return undefined;
  if (complete.mode === 'screenFlowFinished') return { mode: 'plain' };
  if (complete.mode === 'requirements') return { mode: 'requirements', requirements: complete.requirements, logic: complete.logic };
  return { mode: 'evaluationFlow', flow: complete.flow, inputs: complete.inputs ?? {} };
}

export function exportStep(step: Step, ctx: ExportContext): XmlNode {
  const { apiVersion, names } = ctx;
  // a file retrieved with a newer API than its own wrote the subtype: it follows the step's kind (SubtypeWrittenMark)
  const subtype = subtypeFor(step.kind, hasSubtypeWrittenMark(step.extensions) ? Math.max(apiVersion, STEP_SUBTYPE_SINCE) : apiVersion);
  const generated: (XmlNode | undefined)[] = [
    leaf('name', step.name),
    leaf('label', step.label ?? step.name),
    step.flow ? leaf('actionName', step.flow) : undefined,
    leaf('actionType', actionTypeFor(step.kind, apiVersion)),
    ...(step.kind === 'interactive' ? [exportAssignee(step.assignee, names)] : []),
    ...exportConditionMode('entry', startMode(step.start), apiVersion, names, step.extensions),
    ...(step.kind === 'interactive' ? exportConditionMode('exit', completionMode(step.complete), apiVersion, names, step.extensions) : []),
    ...exportParameters('inputParameters', step.inputs, names),
    ...exportOutputs(step.outputs),
    step.requiresAsync === undefined ? undefined : leaf('requiresAsyncProcessing', String(step.requiresAsync)),
    ...exportRunAs(step.runAs),
    subtype ? leaf('stepSubtype', subtype) : undefined,
  ];
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), readKept(step.extensions));
  return { tag: 'stageSteps', children: inSalesforceOrder(children, 'element') };
}
