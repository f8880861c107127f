/**
 * A record Scenarios adds of an object no pass of the project's reading read gets that object's
 * stored Checkboxes, false (Salesforce never holds null in one), once its field files are read
 * (io/project/scenarioCheckboxes.ts through the project link's `checkboxesOf`): the command line's
 * run gives them to such a record, and the app's run gave none — a Checkbox the design tests read
 * null, and the admin could not see the fields to tick. The fields come after a read, so the record
 * is found again in the store by its object and Id, whichever scenario holds it by then.
 */
import { useAppStore } from '../../store/appStore';
import type { Scenario } from '../../model/types';

/** Asks the open project for `object`'s unread Checkboxes and gives them to the record `id`; nothing without a project. */
export function giveUnreadCheckboxes(object: string, id: string): Promise<void> {
  const ask = useAppStore.getState().projectFile?.checkboxesOf;
  if (!ask) return Promise.resolve();
  return ask(object).then((fields) => {
    if (fields.length > 0) addToRecord(object, id, fields);
  }, () => undefined); // a field file that cannot be read leaves its field out, as the reading does
}

function addToRecord(object: string, id: string, fields: readonly string[]): void {
  const state = useAppStore.getState();
  state.scenarios.forEach((scenario, index) => {
    const next = withCheckboxes(scenario, object, id, fields);
    if (next !== scenario) state.updateScenario(index, next);
  });
}

/** `scenario` with `fields` false on its record `id` of `object` where it has no such field (any case); itself when nothing changes. */
export function withCheckboxes(scenario: Scenario, object: string, id: string, fields: readonly string[]): Scenario {
  const records = scenario.records ?? {};
  const list = Object.prototype.hasOwnProperty.call(records, object) ? records[object]! : [];
  const at = list.findIndex((r) => r.Id === id);
  if (at < 0) return scenario;
  const record = list[at]!;
  const has = new Set(Object.keys(record).map((k) => k.toLowerCase()));
  const missing = fields.filter((f) => !has.has(f.toLowerCase()));
  if (missing.length === 0) return scenario;
  const updated = { ...record, ...Object.fromEntries(missing.map((f) => [f, false])) };
  return { ...scenario, records: { ...records, [object]: list.map((r, i) => (i === at ? updated : r)) } };
}
