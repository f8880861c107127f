/**
 * A scenario with a renamed element or flow renamed in it too: the names it uses (step overrides,
 * evaluation-flow results, work items, `set` targets, inputs, expectations) are API names of the
 * design it drives, so a rename in the design would otherwise leave them pointing at nothing. A
 * renamed outcome is renamed in the `decision` expectations of its decision.
 * Returns the same scenario when it does not use the name.
 */
import type { Expectation, Scenario, ScenarioEvent } from '../model/types';
import type { Rename } from './renamesBetween';
import { replaceReferenceHead } from './setApiName';

/** `record` with the key `from` renamed to `to`, in place (the key order kept); the same object when it has no `from`. */
function renameKey<V>(record: Record<string, V> | undefined, from: string, to: string): Record<string, V> | undefined {
  if (!record || !Object.hasOwn(record, from)) return record;
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k === from ? to : k, v]));
}

/** `list` with each item mapped; the same list when no item changes. */
function mapList<T>(list: readonly T[] | undefined, map: (item: T) => T): T[] | undefined {
  if (!list) return list;
  let changed = false;
  const out = list.map((item) => {
    const next = map(item);
    if (next !== item) changed = true;
    return next;
  });
  return changed ? out : (list as T[]);
}

/** `item` with `field` (a name) set to `map(value)`; the same item when that changes nothing. */
function withName<T extends object, K extends keyof T>(item: T, field: K, map: (name: string) => string): T {
  const value = item[field];
  if (typeof value !== 'string') return item;
  const next = map(value);
  return next === value ? item : { ...item, [field]: next };
}

function renameInEvent(event: ScenarioEvent, from: string, to: string): ScenarioEvent {
  const exact = (name: string) => (name === from ? to : name);
  if (event.type === 'completeWorkItem') return withName(event, 'step', exact);
  if (event.type === 'set') return withName(event, 'target', (t) => replaceReferenceHead(t, from, to));
  return event;
}

function renameInExpectation(expectation: Expectation, from: string, to: string): Expectation {
  const exact = (name: string) => (name === from ? to : name);
  const head = (name: string) => replaceReferenceHead(name, from, to);
  switch (expectation.kind) {
    case 'stepStatus':
    case 'runAs':
    case 'notStarted':
    case 'stepTime':
      return withName(expectation, 'step', exact);
    case 'stageStatus':
      return withName(expectation, 'stage', exact);
    case 'decision':
      return withName(expectation, 'decision', exact);
    case 'value':
      return withName(expectation, 'target', head);
    case 'order': {
      const first = withName(expectation.first, 'element', head);
      const then = withName(expectation.then, 'element', head);
      return first === expectation.first && then === expectation.then ? expectation : { ...expectation, first, then };
    }
    default:
      return expectation;
  }
}

/** `scenario` with `key` set to `value`; the same scenario when the value is the one it has. */
function withField<K extends keyof Scenario>(scenario: Scenario, key: K, value: Scenario[K]): Scenario {
  if (value === scenario[key]) return scenario;
  return { ...scenario, [key]: value };
}

/** A `decision` expectation of `decision` naming the outcome `from`, naming `to` instead. */
function renameOutcomeInExpectation(expectation: Expectation, decision: string, from: string, to: string): Expectation {
  if (expectation.kind !== 'decision' || expectation.decision !== decision || expectation.outcome !== from) return expectation;
  return { ...expectation, outcome: to };
}

export function renameInScenario(scenario: Scenario, rename: Rename): Scenario {
  const { from, to } = rename;
  if (rename.kind === 'outcome') {
    return withField(scenario, 'expectations', mapList(scenario.expectations, (e) => renameOutcomeInExpectation(e, rename.decision, from, to)));
  }
  if (rename.kind === 'flow') return withField(scenario, 'evaluationFlows', renameKey(scenario.evaluationFlows, from, to));
  let out = withField(scenario, 'steps', renameKey(scenario.steps, from, to));
  out = withField(out, 'inputs', renameKey(out.inputs, from, to));
  out = withField(out, 'events', mapList(out.events, (e) => renameInEvent(e, from, to)));
  return withField(out, 'expectations', mapList(out.expectations, (e) => renameInExpectation(e, from, to)));
}
