/** A Stage → one `<orchestratedStages>` element, with what its `extensions` kept merged back. */
import type { ExitCondition, Position, Stage } from '../../model/types';
import { exportConditionMode, type ConditionMode } from './conditionModes';
import { exportConnector } from './connectors';
import { inSalesforceOrder } from './elementOrder';
import type { ExportContext } from './exportContext';
import { mergeKept, readKept } from './extensions';
import { exportStep } from './exportStep';
import { exportPosition } from './position';
import { leaf, type XmlNode } from './xmlNode';

function exitMode(exit: ExitCondition | undefined): ConditionMode | undefined {
  if (!exit) return undefined;
  if (exit.mode === 'allStepsCompleted') return { mode: 'plain' };
  if (exit.mode === 'requirements') return { mode: 'requirements', requirements: exit.requirements, logic: exit.logic };
  return { mode: 'evaluationFlow', flow: exit.flow, inputs: exit.inputs ?? {} };
}

export function exportStage(stage: Stage, position: Position, ctx: ExportContext): XmlNode {
  const { apiVersion, names, isGoTo } = ctx;
  const goTo = (via: 'connector' | 'faultConnector', target: string | null | undefined) =>
    exportConnector(via, target, !!target && isGoTo(stage.name, via, target, stage.extensions, via));
  const generated: (XmlNode | undefined)[] = [
    leaf('name', stage.name),
    leaf('label', stage.label ?? stage.name),
    ...exportPosition(position),
    goTo('connector', stage.next),
    goTo('faultConnector', stage.faultNext),
    ...exportConditionMode('exit', exitMode(stage.exit), apiVersion, names, stage.extensions),
    ...stage.steps.map((step) => exportStep(step, ctx)),
  ];
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), readKept(stage.extensions));
  return { tag: 'orchestratedStages', children: inSalesforceOrder(children, 'node') };
}
