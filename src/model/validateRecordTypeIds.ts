/**
 * A scenario's records may give `RecordTypeId` by the record type's DeveloperName (`"RecordTypeId":
 * "Support_Case"`), resolved when the run starts (recordTypeByName.ts). A value that names no record
 * type the run will hold — the scenario's RecordType records and the project's, which a flow reading
 * RecordType carries in its definition (`recordTypes`) — is a warning at its path, naming the value and
 * the object's record types, so a typo is not a silent null: the run keeps the value as given.
 */
import { childPath } from './jsonPath';
import { RECORD_VARIABLE } from './names';
import { fieldOf, recordTypeIdProblem, type RecordTypeFields } from './recordTypeByName';
import type { Orchestration, Scenario } from './types';
import type { ValidationContext } from './validateContext';

const isFields = (value: unknown): value is RecordTypeFields => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The record types a run of `doc` under `scenario` will hold: the scenario's first (they win over the project's of the same name), then those the flows carry. */
export function runRecordTypes(doc: Orchestration, scenario: Scenario): RecordTypeFields[] {
  const given = Object.entries(scenario.records ?? {}).filter(([object]) => object.toLowerCase() === 'recordtype').flatMap(([, list]) => list);
  // the definitions are the project's, stored in the document: untrusted, so only objects are taken
  const carried = (doc.flows ?? []).flatMap((flow) => {
    const definition = flow.definition;
    const list = isFields(definition) ? definition.recordTypes : undefined;
    return Array.isArray(list) ? list.filter(isFields) : [];
  });
  return [...given, ...carried];
}

/** The triggering record's object, when the orchestration names one. */
function triggerObject(ctx: ValidationContext): string | undefined {
  const trigger = ctx.doc.trigger;
  if (trigger?.type === 'recordTriggered' && trigger.object) return trigger.object;
  const declared = ctx.variables.get(RECORD_VARIABLE);
  return declared?.type === 'Record' ? declared.object : undefined;
}

/** Warns of each `RecordTypeId` of the scenario's `record` and `records` that names no record type the run will hold. */
export function validateRecordTypeIds(ctx: ValidationContext, scenario: Scenario): void {
  let recordTypes: RecordTypeFields[] | undefined;
  const check = (fields: Readonly<Record<string, unknown>>, object: string, path: string, what: string) => {
    const given = fieldOf(fields, 'RecordTypeId');
    if (!given) return;
    recordTypes ??= runRecordTypes(ctx.doc, scenario);
    const message = recordTypeIdProblem(what, given.value, object, recordTypes);
    if (message) ctx.warn(childPath(path, given.key), message);
  };
  for (const [object, list] of Object.entries(scenario.records ?? {})) {
    list.forEach((fields, i) => check(fields, object, childPath(childPath('records', object), i), `this ${object} record`));
  }
  const object = triggerObject(ctx);
  if (scenario.record && object) check(scenario.record, object, 'record', `the triggering ${object}`);
}
