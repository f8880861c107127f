/**
 * The other check a project's object metadata makes possible: a condition that compares a picklist
 * of the triggering record (or of a Record variable, or of a record reached through a
 * relationship) with a value the project does not list (`$Record.Priority__c = "Hihg"`): a custom
 * picklist's own values, or those of the global or standard value set the project holds for it
 * (valueSets.ts). Such a step never starts (or always does, with "not
 * equal"), and the admin learns it only in the org. Checked: requirement rows and the trigger's
 * entry conditions, "equal" and "not equal" against a text value.
 */
import { childPath } from '../../model/jsonPath';
import type { Operator, Orchestration, RightValue } from '../../model/types';
import { conditionSites } from '../../model/validateSites';
import { designRecords } from './designRecords';
import { declaredField } from './objectFields';
import { fieldReadBy } from './relationships';
import type { ProjectObjects, ProjectProblem } from './types';

/** One empty list, so a store selector that finds no values returns the same answer each time. */
const NO_VALUES: readonly string[] = [];

/**
 * The values the project lists for the picklist a requirement reads (`$Record.Tier__c`,
 * `$Record__Prior.Tier__c`, `curUser.Region__c`, through relationships `$Record.Account.Type`), to
 * offer as the row's value; empty otherwise. `records`: the design's records and their objects
 * (designRecords.ts).
 */
export function picklistValuesOf(objects: ProjectObjects | undefined, records: ReadonlyMap<string, string>, left: string): readonly string[] {
  const end = fieldReadBy(left, records, objects);
  return (end && declaredField(objects, end.object, end.field)?.values) ?? NO_VALUES;
}

const COMPARED = new Set<string>(['EqualTo', 'NotEqualTo']);

/** At most ten values, for a message. */
function listed(values: readonly string[]): string {
  return values.length <= 10 ? values.join(', ') : `${values.slice(0, 10).join(', ')}, …`;
}

/** Warnings, at the orchestration's file, for picklist comparisons with values the project does not list. */
export function unknownPicklistValueProblems(doc: Orchestration, objects: ProjectObjects | undefined, file: string): ProjectProblem[] {
  if (!objects) return [];
  const problems: ProjectProblem[] = [];
  const check = (object: string, field: string, operator: Operator | string, right: RightValue | undefined, what: string, path: string) => {
    const declared = declaredField(objects, object, field);
    if (!declared?.values || !COMPARED.has(operator) || !right || !('string' in right)) return;
    if (declared.values.includes(right.string)) return;
    const outcome = operator === 'EqualTo' ? 'the condition can never be met' : 'the condition is always met';
    problems.push({
      file, path, severity: 'warning',
      message: `${what}: "${right.string}" is not one of the values the project lists for ${object}.${declared.name} (${listed(declared.values)}), so ${outcome}; check the spelling`,
    });
  };
  const trigger = doc.trigger;
  if (trigger?.type === 'recordTriggered' && trigger.object) {
    const object = trigger.object;
    (trigger.entryConditions?.filters ?? []).forEach((filter, i) => {
      const path = childPath(childPath(childPath(childPath('trigger', 'entryConditions'), 'filters'), i), 'value');
      check(object, filter.field, filter.operator, filter.value, `the entry condition on ${filter.field}`, childPath(path, 'string'));
    });
  }
  const records = designRecords(doc);
  for (const { list, path } of conditionSites(doc).requirementLists) {
    list.requirements.forEach((row, i) => {
      const end = fieldReadBy(row.left, records, objects);
      if (end === null) return;
      check(end.object, end.field, row.operator, row.right, row.left, childPath(childPath(childPath(childPath(path, 'requirements'), i), 'right'), 'string'));
    });
  }
  return problems;
}
