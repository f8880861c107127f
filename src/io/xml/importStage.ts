/** One `<orchestratedStages>` element → a Stage (steps, exit condition, connectors, position). */
import type { ExitCondition, Position, Stage, Step } from '../../model/types';
import { importPosition } from './position';
import { importConditionMode, logicAbsentMark, unreadConditions } from './conditionModes';
import { goToMark, importConnector } from './connectors';
import { XML_DEFAULT_API_VERSION } from '../../model/apiVersion';
import { appendAll, keptEntries, type XmlExtension } from './extensions';
import { Children, type ImportContext } from './importContext';
import { importStep } from './importStep';
import { inKeyOrder, STAGE_KEYS } from './keyOrder';
import { kindOf } from './stepKinds';
import { childText, hasText, type XmlNode } from './xmlNode';

function exitFrom(children: Children, ctx: ImportContext, name: string, path: string): ExitCondition | undefined {
  const mode = importConditionMode(children, 'exit', ctx.apiVersion ?? XML_DEFAULT_API_VERSION, ctx.names);
  const unread = unreadConditions(children, 'exit');
  if (unread) ctx.warn(`${path}.exit`, `the exit conditions of stage ${name} use ${unread} that Stageflow cannot simulate: they are kept verbatim, and the simulation completes the stage when all its steps are completed`);
  if (!mode) return undefined;
  return mode.mode === 'plain' ? { mode: 'allStepsCompleted' } : mode;
}

function describeStep(node: XmlNode): string {
  const name = childText(node, 'name') ?? '(unnamed)';
  const type = childText(node, 'actionType') ?? childText(node, 'stepSubtype') ?? 'no actionType';
  return `step ${name} (${type}) cannot be simulated; kept verbatim in extensions`;
}

/** Maps a stage at `stages[index]`; its position goes to `layout`. Undefined when it has no name. */
export function importStage(node: XmlNode, ctx: ImportContext, index: number, layout: Record<string, Position>): Stage | undefined {
  const children = new Children(node);
  const name = children.text('name');
  if (!name || node.attributes !== undefined || hasText(node)) return undefined;
  const path = `stages[${index}]`;
  children.use(children.first('name'));
  const stage: Stage = { name, steps: [] };
  const extensions: XmlExtension[] = [];
  const label = children.text('label');
  if (label) {
    stage.label = label;
    children.use(children.first('label'));
  }
  const position = importPosition(children);
  if (position) layout[name] = position;
  const next = importConnector(children.first('connector'));
  if (next && children.all('connector').length === 1) {
    stage.next = next.target;
    extensions.push(...goToMark('connector', next));
    children.use(children.first('connector'));
  }
  const fault = importConnector(children.first('faultConnector'));
  if (fault && children.all('faultConnector').length === 1) {
    stage.faultNext = fault.target;
    extensions.push(...goToMark('faultConnector', fault));
    children.use(children.first('faultConnector'));
  }
  extensions.push(...logicAbsentMark(children, 'exit'));
  const exit = exitFrom(children, ctx, name, path);
  if (exit) stage.exit = exit;

  const stepNodes = children.all('stageSteps');
  const modelled = stepNodes.filter((step) => childText(step, 'name') && kindOf(childText(step, 'actionType'), childText(step, 'stepSubtype')));
  const stepNames = new Set(modelled.map((step) => childText(step, 'name')!));
  for (const stepNode of stepNodes) {
    const self = childText(stepNode, 'name') ?? '';
    const siblings = new Set([...stepNames].filter((other) => other !== self));
    const step: Step | undefined = importStep(stepNode, ctx, `${path}.steps[${stage.steps.length}]`, siblings);
    if (step) {
      stage.steps.push(step);
      children.use(stepNode);
    } else {
      ctx.warn(`${path}.extensions`, describeStep(stepNode));
    }
  }
  const kept = children.rest();
  const unknownSteps = kept.filter((k) => k.element.tag === 'stageSteps');
  const others = kept.filter((k) => k.element.tag !== 'stageSteps');
  appendAll(extensions, ctx.keep(path, others));
  appendAll(extensions, keptEntries(unknownSteps));
  if (extensions.length > 0) stage.extensions = extensions;
  return inKeyOrder(stage, STAGE_KEYS);
}
