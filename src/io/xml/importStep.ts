/** One `<stageSteps>` element → a Step (or undefined when its kind is not modelled). */
import type { CompletionCondition, StartCondition, Step } from '../../model/types';
import { predecessorOf } from './conditions';
import { importConditionMode, logicAbsentMark, unreadConditions, type ConditionMode } from './conditionModes';
import type { XmlExtension } from './extensions';
import { XML_DEFAULT_API_VERSION } from '../../model/apiVersion';
import { Children, type ImportContext } from './importContext';
import { inKeyOrder, STEP_KEYS } from './keyOrder';
import { importOutputs, importParameters } from './parameters';
import { importAssignee, importRequiresAsync, importRunAs } from './stepPeople';
import { actionTypeFor, kindOf, subtypeFor } from './stepKinds';
import { STEP_SUBTYPE_SINCE } from './exportContext';
import { hasText, type XmlNode } from './xmlNode';

function startFrom(mode: ConditionMode | undefined, self: string, siblings: ReadonlySet<string>): StartCondition | undefined {
  if (!mode) return undefined;
  if (mode.mode === 'plain') return { mode: 'stageStarts' };
  if (mode.mode === 'evaluationFlow') return mode;
  const predecessor = predecessorOf(mode.requirements);
  if (predecessor && predecessor !== self && siblings.has(predecessor) && (mode.logic ?? 'and') === 'and') {
    return { mode: 'stepCompleted', step: predecessor };
  }
  return mode;
}

function completionFrom(mode: ConditionMode | undefined): CompletionCondition | undefined {
  if (!mode) return undefined;
  return mode.mode === 'plain' ? { mode: 'screenFlowFinished' } : mode;
}

/**
 * Maps a step. `siblings`: names of the other modelled steps of the same stage (a lone
 * `<Step>.Status EqualTo "Completed"` entry condition on one of them reads as `stepCompleted`).
 */
export function importStep(node: XmlNode, ctx: ImportContext, path: string, siblings: ReadonlySet<string>): Step | undefined {
  const children = new Children(node);
  const apiVersion = ctx.apiVersion ?? XML_DEFAULT_API_VERSION;
  const name = children.text('name');
  const kind = kindOf(children.text('actionType'), children.text('stepSubtype'));
  if (!name || !kind || node.attributes !== undefined || hasText(node)) return undefined;
  children.use(children.first('name'));
  children.useIf('actionType', actionTypeFor(kind, apiVersion));
  const subtype = subtypeFor(kind, apiVersion);
  if (subtype) children.useIf('stepSubtype', subtype);
  // a retrieve newer than the flow's API version writes the subtype too (survey 28): read, and marked to be written back
  const retrievedSubtype = !subtype && children.text('stepSubtype') === subtypeFor(kind, STEP_SUBTYPE_SINCE);
  if (retrievedSubtype) children.use(children.first('stepSubtype'));

  const step: Step = { name, kind };
  const label = children.text('label');
  if (label) {
    step.label = label;
    children.use(children.first('label'));
  }
  const flow = children.text('actionName');
  if (flow) {
    step.flow = flow;
    children.use(children.first('actionName'));
  }
  const marks: XmlExtension[] = [...logicAbsentMark(children, 'entry'), ...(retrievedSubtype ? [{ kind: 'xmlStepSubtype' as const }] : [])];
  const start = startFrom(importConditionMode(children, 'entry', apiVersion, ctx.names), name, siblings);
  if (start) step.start = start;
  const unreadEntry = unreadConditions(children, 'entry');
  if (unreadEntry) ctx.warn(`${path}.start`, `the entry conditions of step ${name} use ${unreadEntry} that Stageflow cannot simulate: they are kept verbatim, and the simulation starts the step when its stage starts`);
  const runAs = importRunAs(children);
  if (runAs) step.runAs = runAs;
  const requiresAsync = importRequiresAsync(children);
  if (requiresAsync !== undefined) step.requiresAsync = requiresAsync;
  const inputs = importParameters(children, 'inputParameters', ctx.names);
  if (inputs) step.inputs = inputs;
  const outputs = importOutputs(children);
  if (outputs) step.outputs = outputs;
  if (kind === 'interactive') {
    const assignee = importAssignee(children, ctx.names);
    if (assignee) step.assignee = assignee;
    marks.push(...logicAbsentMark(children, 'exit'));
    const complete = completionFrom(importConditionMode(children, 'exit', apiVersion, ctx.names));
    if (complete) step.complete = complete;
    const unreadExit = unreadConditions(children, 'exit');
    if (unreadExit) ctx.warn(`${path}.complete`, `the completion conditions of step ${name} use ${unreadExit} that Stageflow cannot simulate: they are kept verbatim, and the simulation completes the step when its screen flow finishes`);
  }
  const kept = children.rest();
  const extensions = [...(kept.length > 0 ? ctx.keep(path, kept) : []), ...marks];
  if (extensions.length > 0) step.extensions = extensions;
  return inKeyOrder(step, STEP_KEYS);
}
