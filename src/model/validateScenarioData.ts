/**
 * The scenario's data for real projects: the triggering record (`record`), the other records of
 * the simulated org (`records`), the record save the run may start with (`save`) and the values
 * the launcher passes to input variables (`inputs`), and the instant the run starts (`startAt`). Each
 * problem at its path, in an admin's words.
 */
import { childPath } from './jsonPath';
import { RECORD_VARIABLE } from './names';
import type { Scenario, Variable } from './types';
import { calendarProblem } from './calendarDate';
import type { ValidationContext } from './validateContext';
import { validateRecordTypeIds } from './validateRecordTypeIds';

const OBJECT_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

type Fields = Readonly<Record<string, unknown>>;

function idOf(fields: Fields): { key: string; value: unknown } | undefined {
  const key = Object.keys(fields).find((k) => k.toLowerCase() === 'id');
  return key === undefined ? undefined : { key, value: fields[key] };
}

/** A record of `records`, where the message names it: the object and its place in the list. */
interface Listed {
  object: string;
  index: number;
}

/**
 * 'User 1 (records.User[0])': a record named as the scenario editor's box titles it, with its path
 * for the command line, whose `<file>: <path>:` is the address of the other record (*chosen*,
 * docs/scenarios.md). The message read 'already used by records.User[0]', a JSON path alone.
 */
function recordInWords(record: Listed): string {
  return `${record.object} ${record.index + 1} (${childPath(childPath('records', record.object), record.index)})`;
}

function checkId(ctx: ValidationContext, fields: Fields, path: string, record: Listed, seen: Map<string, Listed>): void {
  const id = idOf(fields);
  if (!id || id.value === null) return;
  const idPath = childPath(path, id.key);
  if (typeof id.value !== 'string' || id.value.trim() === '') {
    ctx.error(idPath, 'a record Id is text, such as "500000000000001AAA"');
    return;
  }
  const earlier = seen.get(id.value);
  if (earlier !== undefined) ctx.error(idPath, `the Id "${id.value}" is already used by ${recordInWords(earlier)}: Ids are unique across the whole org`);
  else seen.set(id.value, record);
}

function checkRecords(ctx: ValidationContext, scenario: Scenario, seen: Map<string, Listed>): void {
  for (const [object, list] of Object.entries(scenario.records ?? {})) {
    const objectPath = childPath('records', object);
    if (!OBJECT_NAME.test(object)) ctx.error(objectPath, `"${object}" is not an object's API name (such as Case or Invoice__c)`);
    list.forEach((fields, index) => checkId(ctx, fields, childPath(objectPath, index), { object, index }, seen));
  }
}

function checkTriggerRecord(ctx: ValidationContext, scenario: Scenario, seen: Map<string, Listed>): void {
  const recordTriggered = ctx.doc.trigger?.type === 'recordTriggered';
  if (scenario.record !== undefined) {
    if (!recordTriggered) {
      ctx.error('record', `this orchestration is not record-triggered, so it has no triggering record (${RECORD_VARIABLE}); put records it reads in "records"`);
    } else {
      const id = idOf(scenario.record);
      const listed = typeof id?.value === 'string' ? seen.get(id.value) : undefined;
      if (id && typeof id.value !== 'string' && id.value !== null) ctx.error(childPath('record', id.key), 'a record Id is text, such as "500000000000001AAA"');
      const object = ctx.doc.trigger?.type === 'recordTriggered' ? ctx.doc.trigger.object : undefined;
      if (listed !== undefined && object && listed.object !== object) {
        ctx.error(childPath('record', id!.key), `the triggering record is a ${object}, but the Id "${String(id!.value)}" belongs to ${recordInWords(listed)}`);
      }
    }
  }
  const save = scenario.save;
  if (save === undefined) return;
  if (!recordTriggered) {
    ctx.error('save', 'only a record-triggered orchestration starts with a record save; this one is launched directly');
    return;
  }
  if (save.operation === 'create' && save.prior !== undefined) {
    ctx.error(childPath('save', 'prior'), 'a created record has no values before the save: remove "prior" or make the save an update');
  }
}

function fits(variable: Variable, value: unknown): boolean {
  if (value === null) return true;
  switch (variable.type) {
    case 'Text': return typeof value === 'string';
    case 'Number': return typeof value === 'number';
    case 'Boolean': return typeof value === 'boolean';
    case 'Date': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    case 'DateTime': return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value);
    case 'Record': return typeof value === 'object' && !Array.isArray(value);
  }
}

const EXPECTED: Readonly<Record<Variable['type'], string>> = {
  Text: 'text', Number: 'a number', Boolean: 'true or false', Date: 'a date (YYYY-MM-DD)',
  DateTime: 'a date-time (ISO 8601 UTC)', Record: 'a record: an object of field values',
};

function checkInputs(ctx: ValidationContext, scenario: Scenario): void {
  const inputs = scenario.inputs;
  if (inputs === undefined) return;
  const available = [...ctx.variables.values()].filter((v) => v.input === true);
  for (const [name, value] of Object.entries(inputs)) {
    const path = childPath('inputs', name);
    const variable = ctx.variables.get(name);
    if (!variable || variable.input !== true) {
      const list = available.map((v) => v.name).join(', ') || 'none';
      ctx.error(path, `"${name}" is not an input variable of this orchestration (available for input: ${list})`);
      continue;
    }
    if (!fits(variable, value)) ctx.error(path, `${name} is a ${variable.type} variable: give ${EXPECTED[variable.type]}, not ${JSON.stringify(value)}`);
    else if ((variable.type === 'Date' || variable.type === 'DateTime') && typeof value === 'string') {
      const day = calendarProblem(value);
      if (day) ctx.error(path, day);
    }
  }
}

/** Checks `record`, `records` (their RecordTypeId too), `save`, `inputs` and `startAt` of a scenario against its orchestration. */
export function validateScenarioData(ctx: ValidationContext, scenario: Scenario): void {
  // a day that does not exist (2025-02-30T09:00:00Z) has the schema's shape; the run would start on 2 March
  const start = scenario.startAt === undefined ? null : calendarProblem(scenario.startAt);
  if (start) ctx.error('startAt', start);
  const seen = new Map<string, Listed>();
  checkRecords(ctx, scenario, seen);
  checkTriggerRecord(ctx, scenario, seen);
  validateRecordTypeIds(ctx, scenario);
  checkInputs(ctx, scenario);
}
