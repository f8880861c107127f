/**
 * Fields a scenario does not have. The format lets documents carry fields of their own (forward
 * compatibility), so an unknown field is never an error — but a hand-written scenario's typo
 * (`evnts`, `outcom`) would be silently ignored and a test pass by accident, so each is a warning
 * that names the field it most likely meant.
 */
import { closestName } from './closestName';
import { childPath } from './jsonPath';
import { EventRef, Expectation, Scenario as ScenarioSchema, ScenarioEvent, StepOverride } from './scenarioSchema';
import type { Scenario } from './types';
import type { ValidationContext } from './validateContext';

/**
 * The fields of each part, read from the schema when first needed — not as this module loads: the
 * command line's bundle may load it before the schema's chunk has run (vite.cli.config.ts).
 */
let known: { scenario: string[]; step: string[]; events: Map<string, string[]>; expectations: Map<string, string[]>; eventRef: string[] } | null = null;
function knownKeys() {
  known ??= {
    scenario: Object.keys(ScenarioSchema.shape),
    step: Object.keys(StepOverride.shape),
    events: new Map(ScenarioEvent.options.map((o) => [String(o.shape.type.value), Object.keys(o.shape)])),
    expectations: new Map(Expectation.options.map((o) => [String(o.shape.kind.value), Object.keys(o.shape)])),
    eventRef: Object.keys(EventRef.shape),
  };
  return known;
}

/**
 * An order event names what it is about `element`, where the other expectations say `step`, `stage`
 * or `decision`: written so, the name was ignored and the event matched any of its type, with no
 * spelling close enough to suggest "element".
 */
const EVENT_REF_WORDS: Readonly<Record<string, string>> = { step: 'element', stage: 'element', decision: 'element', target: 'element' };

function checkKeys(ctx: ValidationContext, value: unknown, known: readonly string[], path: string, what: string, words: Readonly<Record<string, string>> = {}): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const meant = Object.hasOwn(words, key) ? words[key] : closestName(key, known);
    ctx.warn(childPath(path, key), `${what} has no field "${key}"; it is ignored${meant ? `: did you mean "${meant}"?` : ''}`);
  }
}

/** Warns about every field of `scenario` (its step overrides, events and expectations included) the format does not know. */
export function validateScenarioKeys(ctx: ValidationContext, scenario: Scenario): void {
  const keys = knownKeys();
  checkKeys(ctx, scenario, keys.scenario, '', 'a scenario');
  for (const [name, override] of Object.entries(scenario.steps ?? {})) checkKeys(ctx, override, keys.step, childPath('steps', name), 'a step override');
  (scenario.events ?? []).forEach((event, i) => {
    const eventKeys = keys.events.get(event.type);
    if (eventKeys) checkKeys(ctx, event, eventKeys, childPath('events', i), `a "${event.type}" event`);
  });
  // an expectation's optional field mistyped (`bymS`, `endedby`) would check less than it says and
  // pass by accident, the case this file exists for
  (scenario.expectations ?? []).forEach((expectation, i) => {
    const path = childPath('expectations', i);
    const expectationKeys = keys.expectations.get(expectation.kind);
    if (expectationKeys) checkKeys(ctx, expectation, expectationKeys, path, `a "${expectation.kind}" expectation`);
    if (expectation.kind !== 'order') return;
    checkKeys(ctx, expectation.first, keys.eventRef, childPath(path, 'first'), 'an event of an "order" expectation', EVENT_REF_WORDS);
    checkKeys(ctx, expectation.then, keys.eventRef, childPath(path, 'then'), 'an event of an "order" expectation', EVENT_REF_WORDS);
  });
}
