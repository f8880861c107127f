/**
 * What a record-triggered orchestration's entry conditions are, as its Start element says them:
 * the rows with their logic, or the formula, and "only when updated to meet them". Shown read-only:
 * they come with the orchestration's file (the scenario's `save` is checked against them).
 */
import type { Trigger } from '../../model/types';

type RecordTrigger = Extract<Trigger, { type: 'recordTriggered' }>;
type Filter = NonNullable<RecordTrigger['entryConditions']>['filters'][number];

const OPERATORS: Readonly<Record<string, string>> = {
  EqualTo: 'Equals', NotEqualTo: 'Does not equal', GreaterThan: 'Greater than', GreaterThanOrEqualTo: 'Greater than or equal',
  LessThan: 'Less than', LessThanOrEqualTo: 'Less than or equal', Contains: 'Contains', StartsWith: 'Starts with',
  EndsWith: 'Ends with', IsNull: 'Is null', IsChanged: 'Is changed',
};

function valueText(value: Filter['value']): string {
  if (value === undefined) return '';
  const [kind, v] = Object.entries(value)[0] ?? ['', ''];
  return kind === 'ref' ? `{!${String(v)}}` : kind === 'string' ? `"${String(v)}"` : String(v);
}

function logicText(logic: string | undefined): string {
  if (logic === undefined || logic === 'and') return 'All conditions are met (AND)';
  if (logic === 'or') return 'Any condition is met (OR)';
  return `Custom logic: ${logic}`;
}

export function EntryConditionsSummary({ trigger }: { trigger: RecordTrigger }) {
  const filters = trigger.entryConditions?.filters ?? [];
  return (
    <div aria-label="Entry conditions" role="group" className="rounded border border-ink-400/30 bg-gray-50 p-2 text-xs text-ink-800">
      <p className="font-semibold text-ink-600">Entry conditions</p>
      {trigger.entryFormula !== undefined ? (
        <p>Formula evaluates to true: <code className="break-all">{trigger.entryFormula}</code></p>
      ) : filters.length === 0 ? (
        <p>None: every save of the record starts it.</p>
      ) : (
        <>
          <p>{logicText(trigger.entryConditions?.logic)}</p>
          <ol className="list-decimal pl-5">
            {filters.map((f, i) => (
              <li key={i}>
                <code>$Record.{f.field}</code> {OPERATORS[f.operator] ?? f.operator} {valueText(f.value)}
              </li>
            ))}
          </ol>
        </>
      )}
      {trigger.onlyWhenChangedToMeet && <p>Only when a record is updated to meet the conditions.</p>}
    </div>
  );
}
