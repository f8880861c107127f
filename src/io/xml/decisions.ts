/**
 * `<decisions>` ↔ Decision. Rules become outcomes (`conditions` + `conditionLogic` + `connector`),
 * `defaultConnector` becomes `defaultNext`. `defaultConnectorLabel` other than Flow Builder's
 * "Default Outcome", rules whose conditions cannot be represented, and unknown children stay
 * verbatim in the decision's (or outcome's) `extensions`.
 */
import type { Decision, DecisionOutcome, Position } from '../../model/types';
import { exportRows, importRows } from './conditions';
import { exportConnector, goToMark, importConnector } from './connectors';
import { inSalesforceOrder } from './elementOrder';
import type { ExportContext } from './exportContext';
import { appendAll, keptEntries, mergeKept, readKept, type XmlExtension } from './extensions';
import { Children, type ImportContext } from './importContext';
import { DECISION_KEYS, inKeyOrder, OUTCOME_KEYS } from './keyOrder';
import { exportPosition, importPosition } from './position';
import { childText, hasText, leaf, type XmlNode } from './xmlNode';

export const DEFAULT_OUTCOME_LABEL = 'Default Outcome';

function importOutcome(node: XmlNode, ctx: ImportContext, path: string): DecisionOutcome | undefined {
  const children = new Children(node);
  const name = children.text('name');
  const requirements = importRows(children.all('conditions'));
  if (!name || !requirements || node.attributes !== undefined || hasText(node)) return undefined;
  children.use(children.first('name'), ...children.all('conditions'));
  const outcome: DecisionOutcome = { name, requirements };
  const extensions: XmlExtension[] = [];
  const label = children.text('label');
  if (label) {
    outcome.label = label;
    children.use(children.first('label'));
  }
  const logic = children.text('conditionLogic');
  if (logic) {
    outcome.logic = logic;
    children.use(children.first('conditionLogic'));
  }
  const next = importConnector(children.first('connector'));
  if (next && children.all('connector').length === 1) {
    outcome.next = next.target;
    extensions.push(...goToMark('connector', next));
    children.use(children.first('connector'));
  }
  appendAll(extensions, ctx.keep(path, children.rest()));
  if (extensions.length > 0) outcome.extensions = extensions;
  return inKeyOrder(outcome, OUTCOME_KEYS);
}

/** Maps a decision at `decisions[index]`; its position goes to `layout`. Undefined when it has no name. */
export function importDecision(node: XmlNode, ctx: ImportContext, index: number, layout: Record<string, Position>): Decision | undefined {
  const children = new Children(node);
  const name = children.text('name');
  if (!name || node.attributes !== undefined || hasText(node)) return undefined;
  const path = `decisions[${index}]`;
  children.use(children.first('name'));
  const decision: Decision = { name, outcomes: [] };
  const extensions: XmlExtension[] = [];
  const label = children.text('label');
  if (label) {
    decision.label = label;
    children.use(children.first('label'));
  }
  const position = importPosition(children);
  if (position) layout[name] = position;
  const fallback = importConnector(children.first('defaultConnector'));
  if (fallback && children.all('defaultConnector').length === 1) {
    decision.defaultNext = fallback.target;
    extensions.push(...goToMark('defaultConnector', fallback));
    children.use(children.first('defaultConnector'));
  }
  children.useIf('defaultConnectorLabel', DEFAULT_OUTCOME_LABEL);
  for (const rule of children.all('rules')) {
    const outcome = importOutcome(rule, ctx, `${path}.outcomes[${decision.outcomes.length}].extensions`);
    if (outcome) {
      decision.outcomes.push(outcome);
      children.use(rule);
    } else {
      ctx.warn(`${path}.extensions`, `outcome ${childText(rule, 'name') ?? '(unnamed)'} has a condition the model cannot hold; kept verbatim in extensions (not simulated)`);
    }
  }
  const kept = children.rest();
  appendAll(extensions, ctx.keep(`${path}.extensions`, kept.filter((k) => k.element.tag !== 'rules')));
  appendAll(extensions, keptEntries(kept.filter((k) => k.element.tag === 'rules')));
  if (extensions.length > 0) decision.extensions = extensions;
  return inKeyOrder(decision, DECISION_KEYS);
}

function exportOutcome(decision: Decision, outcome: DecisionOutcome, ctx: ExportContext): XmlNode {
  const target = outcome.next;
  const generated: (XmlNode | undefined)[] = [
    leaf('name', outcome.name),
    leaf('conditionLogic', outcome.logic ?? 'and'),
    ...exportRows('conditions', outcome.requirements),
    exportConnector('connector', target, !!target && ctx.isGoTo(decision.name, `rule:${outcome.name}`, target, outcome.extensions, 'connector')),
    leaf('label', outcome.label ?? outcome.name),
  ];
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), readKept(outcome.extensions));
  return { tag: 'rules', children: inSalesforceOrder(children, 'element') };
}

export function exportDecision(decision: Decision, position: Position, ctx: ExportContext): XmlNode {
  const target = decision.defaultNext;
  const generated: (XmlNode | undefined)[] = [
    leaf('name', decision.name),
    leaf('label', decision.label ?? decision.name),
    ...exportPosition(position),
    exportConnector('defaultConnector', target, !!target && ctx.isGoTo(decision.name, 'defaultConnector', target, decision.extensions, 'defaultConnector')),
    leaf('defaultConnectorLabel', DEFAULT_OUTCOME_LABEL),
    ...decision.outcomes.map((outcome) => exportOutcome(decision, outcome, ctx)),
  ];
  const children = mergeKept(generated.filter((node): node is XmlNode => node !== undefined), readKept(decision.extensions));
  return { tag: 'decisions', children: inSalesforceOrder(children, 'node') };
}
