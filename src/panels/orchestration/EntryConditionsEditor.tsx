/**
 * The record trigger's entry conditions, edited as on the Start element of Salesforce's builder:
 * "Condition Requirements" (None / All / Any / Custom logic / Formula), rows of `$Record` field →
 * operator → value, the custom logic, or the formula; and, for updates, "When to run". Fields are
 * typed by the name the admin knows; the ones the design and the scenario's record already use are
 * suggested, and a field's type (from the scenario's record) picks the value input.
 */
import { useId } from 'react';
import { RECORD_FILTER_OPERATORS } from '../../model/schemaConstants';
import type { RecordFilter, RecordFilterOperator } from '../../model/types';
import { OPERATOR_LABELS } from '../../model/glossary';
import type { Edit } from '../fields/edit';
import { declaredField } from '../../io/project/objectFields';
import type { ProblemIndex } from '../../store/problems';
import { useAppStore } from '../../store/appStore';
import { selectDoc, selectProjectObjects } from '../../store/selectors';
import { selectScenarioRecord } from '../conditions/useResourceRefs';
import { ownRecordField, triggeringRecordOptions, typeOfResource, type ResourceType } from '../requirements/resourceTypes';
import { LogicField } from '../requirements/LogicField';
import { DateInput } from '../requirements/DateInput';
import { problemPathProps } from '../../ui/problemField';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { useChoiceGesture } from '../../ui/fields/useChoiceGesture';
import { NumberInput } from '../../ui/fields/NumberInput';
import { buttonClass, iconButtonClass, labelClass } from '../../ui/fields/styles';
import {
  addFilter, ENTRY_MODES, entryModeOf, isPresenceFilter, removeFilter, setEntryMode, setFilter, withOperator,
  type EntryMode, type RecordTrigger,
} from './entryConditionsEdit';

export interface EntryConditionsEditorProps {
  trigger: RecordTrigger;
  onChange: Edit<RecordTrigger>;
  problems: ProblemIndex;
}

const PATH = 'trigger.entryConditions';

const WHEN_TO_RUN = [
  { value: 'every', label: 'Every time a record is updated and meets the condition requirements' },
  { value: 'changed', label: 'Only when a record is updated to meet the condition requirements' },
] as const;

const TRUE_FALSE = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
];

/** "Is changed" reads the record before the save, so it is offered only when updates start the orchestration. */
function operatorOptions(trigger: RecordTrigger, current: RecordFilterOperator) {
  const updates = trigger.when === 'update' || trigger.when === 'createAndUpdate';
  return RECORD_FILTER_OPERATORS.filter((op) => op !== 'IsChanged' || updates || current === 'IsChanged').map((op) => ({
    value: op,
    label: OPERATOR_LABELS[op],
  }));
}

interface FilterValueProps {
  filter: RecordFilter;
  type: ResourceType;
  errors: readonly string[];
  onChange: Edit<RecordFilter>;
  /** The values the project lists for the field, when it is a picklist (suggested, not imposed). */
  suggestions: readonly string[];
}

/**
 * The type a filter's value is edited as: the field's, else (unknown, or text) the value's own kind. The project's
 * `Reassignment_Requested__c EqualTo true` (a Checkbox of a User no scenario gives yet) showed an
 * empty text box, hiding the `true` the run uses, and typing there made it text.
 */
function valueType(fieldType: ResourceType, value: RecordFilter['value']): ResourceType {
  // a field typed only by the empty text "Add the fields the design reads" gave it counts as unknown
  if ((fieldType !== 'Unknown' && fieldType !== 'Text') || !value) return fieldType;
  if ('boolean' in value) return 'Boolean';
  if ('number' in value) return 'Number';
  if ('date' in value) return 'Date';
  if ('dateTime' in value) return 'DateTime';
  return fieldType;
}

/** The value of one row, with the input its field's type (else its value's kind) calls for. */
function FilterValue({ filter, type: fieldType, errors, onChange, suggestions }: FilterValueProps) {
  const value = filter.value;
  const type = valueType(fieldType, value);
  if (isPresenceFilter(filter.operator) || type === 'Boolean') {
    const shown = value && 'boolean' in value ? String(value.boolean) : 'true';
    return <SelectField label="Value" value={shown} options={TRUE_FALSE} errors={errors} onChange={(v) => onChange({ ...filter, value: { boolean: v === 'true' } })} />;
  }
  if (type === 'Number') {
    const shown = value && 'number' in value ? value.number : null;
    return <NumberInput label="Value" value={shown} errors={errors} onType={(n, g) => n !== null && onChange({ ...filter, value: { number: n } }, g)} />;
  }
  if (type === 'Date' || type === 'DateTime') {
    return <DateInput withTime={type === 'DateTime'} right={value} errors={errors} onChange={(right, g) => onChange({ ...filter, value: right }, g)} />;
  }
  const text = value && 'string' in value ? value.string : value && 'number' in value ? String(value.number) : '';
  return <TextField label="Value" value={text} errors={errors} suggestions={suggestions} onType={(v, g) => onChange({ ...filter, value: { string: v } }, g)} />;
}


export function EntryConditionsEditor({ trigger, onChange, problems }: EntryConditionsEditorProps) {
  const listId = useId();
  // arrow keys through "When to run the orchestration" are one undo entry (ui/fields/useChoiceGesture.ts)
  const choice = useChoiceGesture();
  const doc = useAppStore(selectDoc);
  const record = useAppStore(selectScenarioRecord);
  // entry conditions test the record's own fields, not fields reached through a relationship
  const options = triggeringRecordOptions(doc, record).filter((o) => ownRecordField(o) !== null);
  // the fields the project declares on the trigger object, while the design is the one opened from it
  const objects = useAppStore(selectProjectObjects);
  const declared = trigger.object ? objects?.get(trigger.object) : undefined;
  const offered = [...new Set([...options.map((o) => ownRecordField(o)!), ...(declared?.keys() ?? [])])].sort((a, b) => a.localeCompare(b));
  const mode = entryModeOf(trigger);
  const filters = trigger.entryConditions?.filters ?? [];
  const updates = trigger.when === 'update' || trigger.when === 'createAndUpdate';
  return (
    <section aria-label="Entry conditions" className="space-y-2 rounded border border-brand-100 bg-brand-50/60 p-2">
      <h4 className="text-xs font-semibold text-brand-900">Entry conditions</h4>
      <SelectField
        label="Condition requirements"
        value={mode}
        options={ENTRY_MODES}
        hint={mode === 'none' ? 'Every save of the record that fits "Trigger the orchestration when" starts it.' : undefined}
        onChange={(m) => onChange(setEntryMode(trigger, m as EntryMode))}
      />
      {mode === 'formula' ? (
        <TextField
          label="Formula"
          multiline
          value={trigger.entryFormula ?? ''}
          placeholder="e.g. ISPICKVAL({!$Record.Status}, 'Escalated')"
          hint="The orchestration starts when the formula is true for the saved record."
          errors={problems.at('trigger.entryFormula')}
          problemPath="trigger.entryFormula"
          onType={(entryFormula, g) => onChange({ ...trigger, entryFormula }, g)}
        />
      ) : mode !== 'none' ? (
        <>
          <datalist id={listId}>
            {offered.map((field) => (
              <option key={field} value={field} />
            ))}
          </datalist>
          <ol className="space-y-2">
            {filters.map((filter, i) => {
              const path = `${PATH}.filters[${i}]`;
              const type = typeOfResource(options, `$Record.${filter.field}`);
              const edit: Edit<RecordFilter> = (next, g) => onChange(setFilter(trigger, i, next), g);
              return (
                <li key={i}>
                  {/* the row carries its path: a problem of its value lands in the row (its first field) */}
                  <fieldset className="rounded border border-ink-400/30 bg-white p-2" data-row={i + 1} {...problemPathProps(path)}>
                    <legend className="px-1 text-xs font-semibold text-ink-600">Condition {i + 1}</legend>
                    <div className="-mt-3 mb-1 flex justify-end">
                      <button type="button" className={iconButtonClass} aria-label={`Remove condition ${i + 1}`} onClick={() => onChange(removeFilter(trigger, i))}>
                        ✕
                      </button>
                    </div>
                    <div className="space-y-2">
                      <TextField
                        label={`Field of ${trigger.object || 'the record'}`}
                        value={filter.field}
                        list={listId}
                        placeholder="e.g. Status"
                        errors={problems.at(`${path}.field`)}
                        problemPath={`${path}.field`}
                        onType={(field, g) => edit({ ...filter, field: field.replace(/^\$Record\./, '') }, g)}
                      />
                      <div className="grid grid-cols-2 gap-2">
                        <SelectField
                          label="Operator"
                          value={filter.operator}
                          options={operatorOptions(trigger, filter.operator)}
                          errors={problems.at(`${path}.operator`)}
                          problemPath={`${path}.operator`}
                          onChange={(op) => edit(withOperator(filter, op as RecordFilterOperator))}
                        />
                        <FilterValue
                          filter={filter}
                          type={type}
                          errors={problems.under(`${path}.value`).map((p) => p.message)}
                          onChange={edit}
                          suggestions={declaredField(objects, trigger.object, filter.field)?.values ?? []}
                        />
                      </div>
                    </div>
                  </fieldset>
                </li>
              );
            })}
          </ol>
          <button type="button" className={buttonClass} onClick={() => onChange(addFilter(trigger))}>
            + Add condition
          </button>
          <LogicField
            showChoices={false}
            logic={trigger.entryConditions?.logic}
            rowCount={filters.length}
            errors={problems.at(`${PATH}.logic`)}
            problemPath={`${PATH}.logic`}
            onChange={(logic, g) => onChange({ ...trigger, entryConditions: { ...trigger.entryConditions, filters, logic } }, g)}
          />
        </>
      ) : null}
      {updates && mode !== 'none' && (
        <fieldset onKeyDown={choice.onKeyDown} onBlur={choice.onBlur}>
          <legend className={labelClass}>When to run the orchestration</legend>
          {WHEN_TO_RUN.map((choice) => (
            <label key={choice.value} className="flex items-start gap-2 text-sm text-ink-800">
              <input
                type="radio"
                name={`${listId}-when`}
                value={choice.value}
                checked={(trigger.onlyWhenChangedToMeet ? 'changed' : 'every') === choice.value}
                className="mt-1 accent-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                onChange={() => onChange({ ...trigger, onlyWhenChangedToMeet: choice.value === 'changed' })}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
      )}
    </section>
  );
}
