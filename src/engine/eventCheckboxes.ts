/**
 * What a scenario `set` event (and the app's same intervention, applyScenarioEvent) stores in a
 * record of the run's org: a stored Checkbox the project declares, set to null, holds `false`, as
 * Salesforce never stores null in a Checkbox (*chosen*, docs/projects.md). The run's starting
 * records get this when they omit the field (runRecords.ts, flows/org/omittedCheckboxes.ts); a
 * record changed mid-run gets the same, so a requirement `Skip__c EqualTo false` reads it alike; so
 * does empty text, as a flow's write of it does (flows/org/omittedCheckboxes.ts).
 * Scenario events add no records (`set` writes one value), so a change is the only case.
 */
import type { Stored } from './variables';
import type { Engine } from './engine';

/** `value`, or false when it is null or empty text and `target` (`$Record.Skip__c`) is a declared Checkbox of an org record. */
export function valueStoredByEvent(engine: Engine, target: string, value: Stored): Stored {
  if (value !== null && value !== '') return value;
  const dot = target.indexOf('.');
  if (dot < 0) return value;
  const name = target.slice(0, dot);
  const record = engine.vars.recordOf(name);
  // a Record variable of its own (not bound to an org record) is the design's value, not a stored record
  if (!record || record.fields.Id === undefined || !engine.vars.namesBoundTo(String(record.fields.Id)).includes(name)) return value;
  // the org's own rule, told the project's Checkboxes once when the run started (runRecords.ts): the trace says what it stores
  return engine.vars.org.storedValue(record.object, target.slice(dot + 1), value);
}
