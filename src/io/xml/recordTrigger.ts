/**
 * The record-triggered start (`<start>` with `<triggerType>RecordAfterSave</triggerType>`) ↔ the
 * model's `trigger`: `recordTriggerType` ↔ `when` (`Create`/`Update`/`CreateAndUpdate`), `filters` +
 * `filterLogic` ↔ `entryConditions`, `filterFormula` ↔ `entryFormula`,
 * `doesRequireRecordChangedToMeetCriteria` ↔ `onlyWhenChangedToMeet`. What does not map (a filter with
 * an operator or value kind the model lacks, filters without logic, a Delete trigger) stays verbatim
 * in the orchestration's `extensions` (parent `start`).
 *
 * A trigger without `when` is written as `Create` (chosen, docs/projects.md): a design never starts
 * a run on every save of every record unless the admin asked for it.
 */
import { RECORD_FILTER_OPERATORS } from '../../model/schemaConstants';
import type { RecordFilter, RecordFilterOperator, RecordTrigger } from '../../model/types';
import type { Children } from './importContext';
import { exportRightValue, importRightValue } from './values';
import { childrenOf, element, isLeaf, leaf, type XmlNode } from './xmlNode';

const WHEN_BY_XML: Readonly<Record<string, NonNullable<RecordTrigger['when']>>> = {
  Create: 'create', Update: 'update', CreateAndUpdate: 'createAndUpdate',
};
const XML_BY_WHEN: Readonly<Record<NonNullable<RecordTrigger['when']>, string>> = {
  create: 'Create', update: 'Update', createAndUpdate: 'CreateAndUpdate',
};
/** What an absent `when` means and is written as (chosen). */
export const DEFAULT_WHEN: NonNullable<RecordTrigger['when']> = 'create';

const FILTER_OPERATORS: ReadonlySet<string> = new Set(RECORD_FILTER_OPERATORS);

function importFilter(node: XmlNode): RecordFilter | undefined {
  const kids = childrenOf(node);
  if (node.attributes !== undefined) return undefined;
  const field = kids.find((kid) => kid.tag === 'field');
  const operator = kids.find((kid) => kid.tag === 'operator');
  const value = kids.find((kid) => kid.tag === 'value');
  if (kids.length !== (value ? 3 : 2) || !field || !operator || !isLeaf(field) || !isLeaf(operator)) return undefined;
  const fieldName = field.text ?? '';
  const op = operator.text ?? '';
  if (fieldName === '' || !FILTER_OPERATORS.has(op)) return undefined;
  if (!value) return { field: fieldName, operator: op as RecordFilterOperator };
  const right = importRightValue(value);
  return right ? { field: fieldName, operator: op as RecordFilterOperator, value: right } : undefined;
}

/** Reads the record-triggered fields of `<start>` into `trigger`, marking what maps as used. */
export function importRecordTrigger(children: Children, trigger: RecordTrigger): void {
  const when = children.text('recordTriggerType');
  if (when !== undefined && Object.hasOwn(WHEN_BY_XML, when)) {
    trigger.when = WHEN_BY_XML[when]!;
    children.use(children.first('recordTriggerType'));
  }
  const changed = children.text('doesRequireRecordChangedToMeetCriteria');
  if (changed === 'true' || changed === 'false') {
    trigger.onlyWhenChangedToMeet = changed === 'true';
    children.use(children.first('doesRequireRecordChangedToMeetCriteria'));
  }
  const logic = children.text('filterLogic');
  const nodes = children.all('filters');
  const filters = nodes.map(importFilter);
  if (logic !== undefined && logic !== '' && nodes.length > 0 && filters.every((f): f is RecordFilter => f !== undefined)) {
    trigger.entryConditions = { filters, logic };
    children.use(children.first('filterLogic'), ...nodes);
  }
  const formula = children.text('filterFormula');
  if (formula !== undefined && formula !== '') {
    trigger.entryFormula = formula;
    children.use(children.first('filterFormula'));
  }
}

/** The record-triggered fields of `<start>` for `trigger` (order is applied by the caller). */
export function exportRecordTrigger(trigger: RecordTrigger): XmlNode[] {
  const nodes: XmlNode[] = [];
  if (trigger.onlyWhenChangedToMeet !== undefined) nodes.push(leaf('doesRequireRecordChangedToMeetCriteria', String(trigger.onlyWhenChangedToMeet)));
  if (trigger.entryFormula !== undefined && trigger.entryFormula !== '') nodes.push(leaf('filterFormula', trigger.entryFormula));
  const conditions = trigger.entryConditions;
  if (conditions && conditions.filters.length > 0) {
    nodes.push(leaf('filterLogic', conditions.logic ?? 'and'));
    for (const filter of conditions.filters) {
      nodes.push(element('filters', [
        leaf('field', filter.field),
        leaf('operator', filter.operator),
        filter.value ? exportRightValue('value', filter.value) : undefined,
      ]));
    }
  }
  if (trigger.object) nodes.push(leaf('object', trigger.object));
  nodes.push(leaf('recordTriggerType', XML_BY_WHEN[trigger.when ?? DEFAULT_WHEN]));
  return nodes;
}
