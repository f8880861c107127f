/**
 * The actions (`actionCalls`: an email, a Chatter post, Apex…) that the design's project flows
 * call, for the scenario's stand-ins (`actions`, docs/flows.md): nothing leaves the simulator, so an
 * action succeeds with empty outputs unless the scenario gives its outputs or makes it fail.
 * A stand-in is keyed by the element's name, or by the action's name for every element calling it.
 */
import { definedElements } from '../../flows/definition';
import type { Orchestration, Scenario } from '../../model/types';
import { withEntry, withField } from './scenarioFields';

/** A value a stand-in gives an output: text, a number, true/false or null. */
type OutputValue = string | number | boolean | null;

/** One action element, merged over the flows that have an element of that name. */
export interface ActionSite {
  element: string;
  actionName: string;
  actionType: string;
  /** the output parameters the flow reads, by name */
  outputs: string[];
  /** the catalog flows whose definition has it */
  flows: string[];
  /** whether a failure takes the element's fault path (else the flow faults) */
  hasFaultPath: boolean;
}

export type StandIn = NonNullable<Scenario['actions']>[string];

/** The action elements of the catalog's flow definitions, by element name in name order. */
export function actionSites(doc: Orchestration): ActionSite[] {
  const sites = new Map<string, ActionSite>();
  for (const { flow, element } of definedElements(doc.flows ?? [])) {
    if (element.kind !== 'actionCall') continue;
    const site = sites.get(element.name);
    const outputs = element.outputParameters.map((p) => p.name);
    if (site) {
      site.flows.push(flow);
      site.outputs = [...new Set([...site.outputs, ...outputs])];
      site.hasFaultPath ||= element.faultConnector !== undefined;
    } else {
      sites.set(element.name, {
        element: element.name, actionName: element.actionName, actionType: element.actionType,
        outputs, flows: [flow], hasFaultPath: element.faultConnector !== undefined,
      });
    }
  }
  return [...sites.values()].sort((a, b) => a.element.localeCompare(b.element));
}

/**
 * What the row says of an element: its action, then the flows it is in. A standard action's type
 * and name are often the same word (emailSimple emailSimple), which is said once.
 */
export function siteWords(site: ActionSite): string {
  const action = site.actionType === site.actionName ? site.actionName : `${site.actionType} ${site.actionName}`;
  return `${action}, in ${site.flows.join(', ')}`;
}

/**
 * An output value as typed: a number or true/false reads as one (a flow's decision compares
 * `score > 40`), anything else as text. Empty text is no value (null).
 */
export function readOutput(text: string): OutputValue {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (trimmed === 'true' || trimmed === 'false') return trimmed === 'true';
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return text;
}

/** An output value as the field shows it. */
export function showOutput(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The scenario with `key`'s stand-in replaced (null: removed; no stand-in left: no `actions`). */
export function withStandIn(scenario: Scenario, key: string, standIn: StandIn | null): Scenario {
  return withField(scenario, 'actions', withEntry<StandIn>(scenario.actions ?? {}, key, standIn ?? undefined));
}

/** `outputs` with one output's value set, or removed when null (no value). */
export function withOutput(outputs: Readonly<Record<string, unknown>>, name: string, value: unknown): Record<string, unknown> {
  return withEntry(outputs, name, value === null ? undefined : value);
}
