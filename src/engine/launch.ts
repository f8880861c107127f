/**
 * Whether a record save launches a record-triggered orchestration, and why (or why not), in the
 * words of Flow Builder's start element:
 * - "Trigger the orchestration when": a record is created, updated, or created or updated (`when`;
 *   absent means created, as the exporter writes it);
 * - entry conditions: rows with and/or/custom logic, or a formula (evaluated with `formula`, when
 *   given; otherwise assumed met and said so);
 * - "only when a record is updated to meet the condition requirements": on an update, the record
 *   must not have met the conditions before the save.
 * Field names are case-insensitive, as in Salesforce; `IsChanged` compares with the values before
 * the save (never changed on a create).
 */
import type { FieldValue } from '../flows/org/simulatedOrg';
import { evaluateLogic, logicKind, parseLogic } from '../model/logic';
import type { RecordFilter, RecordTrigger, RightValue } from '../model/types';
import { compare, formatValue, inferType, NULL_VALUE, type TypedValue } from './values';

export type SaveOperation = 'create' | 'update';

/** The launch decision written to the trace (`run.launch`). */
export interface LaunchDecision {
  readonly launched: boolean;
  readonly reason: string;
}

/** The values of the triggering record around the save. */
export interface SavedRecord {
  readonly object: string;
  readonly after: Readonly<Record<string, FieldValue>>;
  /** Values before an update; null for a create. */
  readonly prior: Readonly<Record<string, FieldValue>> | null;
}

/** Evaluates an entry formula against the saved record; undefined when it cannot be evaluated. */
export type FormulaCheck = (formula: string, record: SavedRecord) => { value: boolean } | { error: string } | undefined;

const WHEN_WORDS: Readonly<Record<NonNullable<RecordTrigger['when']>, string>> = {
  create: 'is created', update: 'is updated', createAndUpdate: 'is created or updated',
};

function fieldOf(values: Readonly<Record<string, FieldValue>> | null, name: string): TypedValue {
  if (!values) return NULL_VALUE;
  const lower = name.toLowerCase();
  const key = Object.keys(values).find((k) => k.toLowerCase() === lower);
  const value = key === undefined ? null : (values[key] ?? null);
  return value === null ? NULL_VALUE : { type: inferType(value), value };
}

function rightOf(value: RightValue | undefined, record: SavedRecord): TypedValue {
  if (!value) return NULL_VALUE;
  if ('string' in value) return { type: 'Text', value: value.string };
  if ('number' in value) return { type: 'Number', value: value.number };
  if ('boolean' in value) return { type: 'Boolean', value: value.boolean };
  if ('date' in value) return { type: 'Date', value: value.date };
  if ('dateTime' in value) return { type: 'DateTime', value: value.dateTime };
  const [head, field] = value.ref.split('.');
  if (field === undefined) return NULL_VALUE;
  if (head === '$Record') return fieldOf(record.after, field);
  if (head === '$Record__Prior') return fieldOf(record.prior, field);
  return NULL_VALUE;
}

function same(a: TypedValue, b: TypedValue): boolean {
  return compare('EqualTo', a, b, false);
}

/** One entry-condition row on the values `values` (after the save, or before it). */
function filterHolds(filter: RecordFilter, values: Readonly<Record<string, FieldValue>> | null, record: SavedRecord): boolean {
  const left = fieldOf(values, filter.field);
  if (filter.operator === 'IsChanged') {
    const changed = record.prior !== null && !same(fieldOf(record.prior, filter.field), fieldOf(record.after, filter.field));
    const wanted = !(filter.value && 'boolean' in filter.value && !filter.value.boolean);
    return changed === wanted;
  }
  return compare(filter.operator, left, rightOf(filter.value, record), false);
}

function describeFilter(filter: RecordFilter, n: number, record: SavedRecord): string {
  if (filter.operator === 'IsChanged') {
    return `row ${n}: ${filter.field} ${record.prior === null ? 'is new (a created record has no earlier value)' : `was ${formatValue(fieldOf(record.prior, filter.field))} and is ${formatValue(fieldOf(record.after, filter.field))}`}, needs IsChanged ${filter.value && 'boolean' in filter.value ? String(filter.value.boolean) : 'true'}`;
  }
  return `row ${n}: ${filter.field} is ${formatValue(fieldOf(record.after, filter.field))}, needs ${filter.operator} ${formatValue(rightOf(filter.value, record))}`;
}

type ConditionResult = { met: boolean; detail: string } | { error: string };

/** Do the entry conditions hold on `values` (the record after the save, or before it)? */
function conditionsHold(trigger: RecordTrigger, values: Readonly<Record<string, FieldValue>> | null, record: SavedRecord, formula: FormulaCheck | undefined): ConditionResult {
  if (trigger.entryFormula !== undefined && trigger.entryFormula !== '') {
    const checked = formula?.(trigger.entryFormula, { ...record, after: values ?? {} });
    if (checked === undefined) return { met: true, detail: `its entry formula is not evaluated by the simulator, so it is taken as met` };
    if ('error' in checked) return { met: true, detail: `its entry formula cannot be evaluated (${checked.error}), so it is taken as met` };
    return { met: checked.value, detail: `its entry formula is ${checked.value ? 'true' : 'false'}` };
  }
  const filters = trigger.entryConditions?.filters ?? [];
  if (filters.length === 0) return { met: true, detail: 'it has no entry conditions' };
  const logic = trigger.entryConditions?.logic;
  const parsed = parseLogic(logic, filters.length);
  if (!parsed.ok) return { error: `its entry condition logic "${logic ?? ''}" is invalid: ${parsed.error.message}` };
  const holds = filters.map((f) => filterHolds(f, values, record));
  const met = evaluateLogic(parsed.ast, (n) => holds[n - 1] === true);
  const kind = logicKind(logic);
  const shown = kind === 'custom' ? filters.map((f, i) => `${describeFilter(f, i + 1, record)} (${holds[i] ? 'met' : 'not met'})`) : filters.map((f, i) => (met || !holds[i] ? describeFilter(f, i + 1, record) : '')).filter(Boolean);
  const logicWords = kind === 'and' ? 'all must hold' : kind === 'or' ? 'any must hold' : `logic "${logic ?? ''}"`;
  return { met, detail: `its entry conditions (${logicWords}) are ${met ? 'met' : 'not met'}: ${shown.join('; ')}` };
}

/** Decides whether saving `record` with `operation` launches an orchestration with `trigger`. */
export function decideLaunch(trigger: RecordTrigger, operation: SaveOperation, record: SavedRecord, formula?: FormulaCheck): LaunchDecision {
  const when = trigger.when ?? 'create';
  const saved = `the ${record.object} record was ${operation === 'create' ? 'created' : 'updated'}`;
  if ((when === 'create' && operation !== 'create') || (when === 'update' && operation !== 'update')) {
    return { launched: false, reason: `${saved}, but the orchestration starts only when a ${record.object} record ${WHEN_WORDS[when]}` };
  }
  const now = conditionsHold(trigger, record.after, record, formula);
  if ('error' in now) return { launched: false, reason: `${saved}, but ${now.error}` };
  if (!now.met) return { launched: false, reason: `${saved}, but ${now.detail}` };
  if (operation === 'update' && trigger.onlyWhenChangedToMeet === true) {
    const before = conditionsHold(trigger, record.prior, record, formula);
    if (!('error' in before) && before.met) {
      return { launched: false, reason: `${saved} and meets the entry conditions, but it already met them before the save, and the orchestration starts only when a record is updated to meet them` };
    }
  }
  return { launched: true, reason: `${saved} and ${now.detail}` };
}
