/**
 * Edits of a record-triggered orchestration's entry conditions, as the Start element of
 * Salesforce's builder offers them: a "Condition Requirements" choice (None, All, Any, Custom
 * logic, Formula) over filter rows `$Record.Field operator value`, or one formula. Pure: each
 * function returns the next trigger, so the form applies it as one undoable edit.
 */
import type { RecordFilter, RecordFilterOperator, RightValue, Trigger } from '../../model/types';
import { allRowsLogic, removeRowFromLogic } from '../requirements/logicEdit';
import { logicKind } from '../../model/logic';

export type RecordTrigger = Extract<Trigger, { type: 'recordTriggered' }>;

/** What the "Condition Requirements" choice is set to. */
export type EntryMode = 'none' | 'and' | 'or' | 'custom' | 'formula';

/** The modes in the order the builder lists them, with its words. */
export const ENTRY_MODES: readonly { value: EntryMode; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'and', label: 'All conditions are met (AND)' },
  { value: 'or', label: 'Any condition is met (OR)' },
  { value: 'custom', label: 'Custom condition logic is met' },
  { value: 'formula', label: 'Formula evaluates to true' },
];

/** A trigger's entry mode: a formula wins (the builder keeps one or the other), else by logic; no rows is None. */
export function entryModeOf(trigger: RecordTrigger): EntryMode {
  if (trigger.entryFormula !== undefined) return 'formula';
  const conditions = trigger.entryConditions;
  if (!conditions || conditions.filters.length === 0) return 'none';
  return logicKind(conditions.logic);
}

/** The first row a new set of conditions starts with. */
export function blankFilter(): RecordFilter {
  return { field: '', operator: 'EqualTo', value: { string: '' } };
}

function withoutEntry(trigger: RecordTrigger): RecordTrigger {
  const { entryConditions: _conditions, entryFormula: _formula, ...rest } = trigger;
  return rest;
}

/**
 * The trigger with the mode changed. Rows are kept across AND / OR / custom (custom starts as
 * "1 AND 2 …"); None drops rows and formula; Formula drops rows and starts with an empty formula;
 * leaving Formula for a row mode starts with one blank row.
 */
export function setEntryMode(trigger: RecordTrigger, mode: EntryMode): RecordTrigger {
  const rest = withoutEntry(trigger);
  if (mode === 'none') return rest;
  if (mode === 'formula') return { ...rest, entryFormula: trigger.entryFormula ?? '' };
  const filters = trigger.entryConditions?.filters.length ? trigger.entryConditions.filters : [blankFilter()];
  const logic = mode === 'custom' ? allRowsLogic(filters.length, logicKind(trigger.entryConditions?.logic) === 'or' ? 'OR' : 'AND') : mode;
  return { ...rest, entryConditions: { ...trigger.entryConditions, filters, logic } };
}

/** The trigger with row `index` replaced. */
export function setFilter(trigger: RecordTrigger, index: number, filter: RecordFilter): RecordTrigger {
  const conditions = trigger.entryConditions ?? { filters: [] };
  return { ...trigger, entryConditions: { ...conditions, filters: conditions.filters.map((f, i) => (i === index ? filter : f)) } };
}

/** The trigger with a blank row added at the end (custom logic becomes "(…) AND n"). */
export function addFilter(trigger: RecordTrigger): RecordTrigger {
  const conditions = trigger.entryConditions ?? { filters: [], logic: 'and' };
  const filters = [...conditions.filters, blankFilter()];
  const logic = logicKind(conditions.logic) === 'custom' ? `(${conditions.logic}) AND ${filters.length}` : conditions.logic;
  return { ...trigger, entryConditions: { ...conditions, filters, ...(logic !== undefined ? { logic } : {}) } };
}

/** The trigger without row `index` (custom logic renumbered); the last row gone means None. */
export function removeFilter(trigger: RecordTrigger, index: number): RecordTrigger {
  const conditions = trigger.entryConditions;
  if (!conditions) return trigger;
  const filters = conditions.filters.filter((_, i) => i !== index);
  if (filters.length === 0) return withoutEntry(trigger);
  const logic = logicKind(conditions.logic) === 'custom' ? removeRowFromLogic(conditions.logic ?? '', index + 1) || 'and' : conditions.logic;
  return { ...trigger, entryConditions: { ...conditions, filters, ...(logic !== undefined ? { logic } : {}) } };
}

/** Operators that test the field itself (their value is true or false, not a comparison value). */
export function isPresenceFilter(operator: RecordFilterOperator): boolean {
  return operator === 'IsNull' || operator === 'IsChanged';
}

/** The row with a new operator; the value becomes `true` for a presence operator and a blank text when leaving one. */
export function withOperator(filter: RecordFilter, operator: RecordFilterOperator): RecordFilter {
  if (isPresenceFilter(operator)) return { ...filter, operator, value: { boolean: true } };
  const value: RightValue | undefined = isPresenceFilter(filter.operator) ? { string: '' } : filter.value;
  return { ...filter, operator, ...(value !== undefined ? { value } : {}) };
}
