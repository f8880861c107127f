/**
 * The records a run starts with: the simulated org built from the scenario's `records` (and the
 * project's custom metadata records, queues, groups and record types the scenario does not give), plus the
 * triggering record of a record-triggered orchestration (the document's `$Record` field values,
 * overridden by the scenario's `record`), stored under the trigger's object with its given Id or a
 * generated one. `$Record` is bound to that org record; `$Record__Prior` holds the values before the
 * scenario's save (null for a create, or when the run does not start with a save).
 */
import { SimulatedOrg, type FieldValue } from '../flows/org/simulatedOrg';
import { addCustomMetadataRecords } from '../flows/org/deployedCustomMetadata';
import { addDeployedGroups, addDeployedNotificationTypes, addDeployedRecordTypes } from '../flows/org/deployedSetupRecords';
import { addDeployedGroupMembers } from '../flows/org/deployedGroupMembers';
import { resolveRecordTypeNames, withRecordTypeIdResolved } from '../flows/org/recordTypeNames';
import { untickOmittedCheckboxes } from '../flows/org/omittedCheckboxes';
import type { FlowDefinition } from '../flows/definition';
import { RECORD_VARIABLE } from '../model/names';
import { RECORD_PRIOR } from '../model/references';
import type { Orchestration, Scenario } from '../model/types';
import type { VariableStore } from './variables';

/** Object name used for the triggering record when the document names none (chosen). */
const UNNAMED_OBJECT = 'Record';

export interface TriggerRecord {
  readonly object: string;
  readonly id: string;
}

/**
 * The scenario's records as an org (records without an Id get a deterministic one), with the
 * project's custom metadata records, queues and groups, and record types the flows carry
 * (`customMetadata`, `groups`, `recordTypes`, `notificationTypes` of their definitions, io/project) that the scenario does
 * not give (deployedCustomMetadata.ts, deployedSetupRecords.ts), and the GroupMembers of the members
 * its queues declare that these records resolve (`groupMembers`, deployedGroupMembers.ts).
 */
export function orgOf(scenario: Scenario | undefined, definitions: readonly FlowDefinition[] = []): SimulatedOrg {
  const org = SimulatedOrg.from(scenario?.records);
  for (const definition of definitions) {
    if (definition.customMetadata) addCustomMetadataRecords(org, definition.customMetadata);
    if (definition.groups) addDeployedGroups(org, definition.groups);
    if (definition.recordTypes) addDeployedRecordTypes(org, definition.recordTypes);
    if (definition.notificationTypes) addDeployedNotificationTypes(org, definition.notificationTypes);
  }
  // the queues' members once every queue is in: a member belongs to its queue's Id
  for (const definition of definitions) if (definition.groupMembers) addDeployedGroupMembers(org, definition.groupMembers);
  return org;
}

/** The triggering record's object: the trigger's, else the `$Record` variable's. */
export function triggerObject(doc: Orchestration): string {
  const trigger = doc.trigger;
  const declared = (doc.variables ?? []).find((v) => v.name === RECORD_VARIABLE);
  const fromVariable = declared?.type === 'Record' ? declared.object : undefined;
  return (trigger?.type === 'recordTriggered' && trigger.object) || fromVariable || UNNAMED_OBJECT;
}

/** The field values of the triggering record after the save: the document's `$Record` values, then the scenario's `record`. */
export function triggerFields(doc: Orchestration, scenario: Scenario | undefined): Record<string, FieldValue> {
  const declared = (doc.variables ?? []).find((v) => v.name === RECORD_VARIABLE);
  const fromDoc = declared?.type === 'Record' && declared.value ? declared.value : {};
  return { ...fromDoc, ...(scenario?.record ?? {}) };
}

/**
 * Stores the triggering record in `org` (a record-triggered orchestration only): when its Id is
 * already a record of the org (the scenario listed it in `records`), that record is updated with
 * the values; otherwise it is inserted. Returns where it is, or null when there is no trigger record.
 */
/**
 * The org a run starts with and where its triggering record is: orgOf, storeTriggerRecord, the
 * project's Checkbox fields a record omits set to false (flows/org/omittedCheckboxes.ts), then each
 * record's RecordTypeId given by the record type's DeveloperName resolved to its Id, once every record
 * and record type is in (flows/org/recordTypeNames.ts; the scenario check, validateScenarioData.ts,
 * says what names none).
 */
export function startingRecords(doc: Orchestration, scenario: Scenario | undefined, definitions: readonly FlowDefinition[]): { org: SimulatedOrg; trigger: TriggerRecord | null } {
  const org = orgOf(scenario, definitions);
  const trigger = storeTriggerRecord(doc, scenario, org);
  // a Checkbox the project declares, omitted from a record (the triggering one too), is false, as `stageflow flow` reads it
  // every project flow carries the same fields: the org is gone over once, not once a flow
  untickOmittedCheckboxes(org, definitions.flatMap((d) => (d.checkboxes ? [d.checkboxes] : [])));
  resolveRecordTypeNames(org);
  return { org, trigger };
}

export function storeTriggerRecord(doc: Orchestration, scenario: Scenario | undefined, org: SimulatedOrg): TriggerRecord | null {
  if (doc.trigger?.type !== 'recordTriggered') return null;
  const object = triggerObject(doc);
  const fields = triggerFields(doc, scenario);
  const givenId = Object.keys(fields).find((key) => key.toLowerCase() === 'id');
  const id = givenId === undefined ? undefined : fields[givenId];
  const existing = typeof id === 'string' ? org.get(id) : undefined;
  if (existing) {
    org.update(existing.fields.Id as string, fields);
    return { object: existing.object, id: existing.fields.Id as string };
  }
  return { object, id: org.insert(object, fields) };
}

/**
 * `$Record__Prior`: the record's values before the scenario's update — the values after the save
 * with the scenario's `prior` values over them (a field `prior` does not list did not change).
 * Null for a create, and when the run does not start with a save.
 */
export function priorValues(org: SimulatedOrg, trigger: TriggerRecord, scenario: Scenario | undefined): Record<string, FieldValue> | null {
  const save = scenario?.save;
  if (save?.operation !== 'update') return null;
  const after = org.get(trigger.id)?.fields ?? {};
  const prior: Record<string, FieldValue> = { ...after };
  for (const [name, value] of Object.entries(save.prior ?? {})) {
    if (name.toLowerCase() === 'id') continue;
    const key = Object.keys(prior).find((k) => k.toLowerCase() === name.toLowerCase()) ?? name;
    prior[key] = value;
  }
  return { ...withRecordTypeIdResolved(org, trigger.object, prior) };
}

/** Binds `$Record` and `$Record__Prior`, and sets the input variables the launcher passed. */
export function bindRunVariables(vars: VariableStore, doc: Orchestration, scenario: Scenario | undefined, trigger: TriggerRecord | null): void {
  if (trigger) {
    vars.bindRecord(RECORD_VARIABLE, trigger.id);
    vars.initialise(RECORD_PRIOR, priorValues(vars.org, trigger, scenario), 'Record');
  }
  const inputs = scenario?.inputs ?? {};
  for (const variable of doc.variables ?? []) {
    // only a variable available for input takes a value from the launcher, as in Salesforce
    if (variable.input !== true || !Object.hasOwn(inputs, variable.name)) continue;
    vars.initialise(variable.name, inputs[variable.name] ?? null, variable.type);
  }
}
