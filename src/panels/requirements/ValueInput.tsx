/**
 * The right-hand value of a requirement row, with an input that fits the resource's type: a number
 * field, a date or date-time picker, a status picklist, true/false, or text; or another resource.
 */
import { useRef } from 'react';
import { STATUS_VALUES } from '../../model/schemaConstants';
import type { Operator, RightValue } from '../../model/types';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import type { Edit } from '../fields/edit';
import { NumberInput } from '../../ui/fields/NumberInput';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { DateInput } from './DateInput';
import { isPresenceOperator } from './operators';
import { ResourcePicker } from './ResourcePicker';
import type { ResourceOption, ResourceType } from './resourceTypes';
import { defaultRight } from './rightValues';
import { problemPathProps } from '../../ui/problemField';

export interface ValueInputProps {
  type: ResourceType;
  operator: Operator;
  right: RightValue | undefined;
  onChange: Edit<RightValue>;
  options: readonly ResourceOption[];
  errors?: readonly string[];
  /** Values to offer for a text value (a picklist's values, from the project's object metadata). */
  suggestions?: readonly string[];
  /** The JSON path of the row's value, for the Problems list's "Show it": its first control takes focus (ui/problemField.ts). */
  problemPath?: string | undefined;
}

const TRUE_FALSE = [
  { value: 'true', label: 'True' },
  { value: 'false', label: 'False' },
];

/**
 * The type a literal is edited as: the resource's, except where that says nothing of the value — a
 * resource of unknown type, or text known only from the empty text "Add the fields the design reads"
 * gives a field without the project's metadata — where a true/false or a date is edited as such. A
 * `true` showed as the text "true" there, and typing over it made it text, which the run compares as
 * text (as the entry conditions' rows do, EntryConditionsEditor.tsx). A number keeps the text box,
 * which keeps it a number.
 */
function literalType(type: ResourceType, right: RightValue | undefined): ResourceType {
  if ((type !== 'Unknown' && type !== 'Text') || !right) return type;
  if ('boolean' in right) return 'Boolean';
  if ('date' in right) return 'Date';
  if ('dateTime' in right) return 'DateTime';
  return type;
}

function LiteralInput({ type: resourceType, operator, right, onChange, errors, suggestions }: Omit<ValueInputProps, 'options'>) {
  const type = literalType(resourceType, right);
  if (isPresenceOperator(operator) || type === 'Boolean') {
    const value = right && 'boolean' in right ? String(right.boolean) : 'true';
    return <SelectField label="Value" value={value} options={TRUE_FALSE} errors={errors} onChange={(v) => onChange({ boolean: v === 'true' })} />;
  }
  if (type === 'Number') {
    const value = right && 'number' in right ? right.number : null;
    return <NumberInput label="Value" value={value} errors={errors} onType={(n, g) => n !== null && onChange({ number: n }, g)} />;
  }
  if (type === 'Date' || type === 'DateTime') {
    return <DateInput withTime={type === 'DateTime'} right={right} onChange={onChange} errors={errors} />;
  }
  if (type === 'Status') {
    const value = right && 'string' in right ? right.string : '';
    const options = STATUS_VALUES.map((s) => ({ value: s, label: s }));
    return <SelectField label="Value" value={value} options={options} errors={errors} onChange={(v) => onChange({ string: v })} />;
  }
  // a text resource, or one whose type is not known ("Any type"): the value as written, whatever
  // its kind — an Any-type row holding 80 showed an empty box — and a number stays a number
  const text = literalText(right);
  const keepsNumber = !!right && 'number' in right;
  return (
    <TextField
      label="Value"
      value={text}
      errors={errors}
      {...(suggestions ? { suggestions } : {})}
      onType={(v, g) => onChange(keepsNumber && v.trim() !== '' && Number.isFinite(Number(v)) ? { number: Number(v) } : { string: v }, g)}
    />
  );
}

/** A literal right-hand value as text (a reference has none). */
function literalText(right: RightValue | undefined): string {
  if (!right) return '';
  if ('string' in right) return right.string;
  if ('number' in right) return String(right.number);
  if ('boolean' in right) return String(right.boolean);
  if ('date' in right) return right.date;
  if ('dateTime' in right) return right.dateTime;
  return '';
}

/** The resource a new reference starts at: the first of the left side's type (a Number compared with a Number), else the first. */
export function firstReferenceFor(type: ResourceType, options: readonly ResourceOption[]): string {
  const textual = (t: ResourceType) => t === 'Text' || t === 'Status';
  const fits = (t: ResourceType) => type === null || t === type || (textual(t) && textual(type));
  return (options.find((o) => o.type !== null && fits(o.type)) ?? options[0])?.ref ?? '';
}

export function ValueInput(props: ValueInputProps) {
  const { type, operator, right, onChange, options, errors, suggestions, problemPath } = props;
  const isRef = !!right && 'ref' in right;
  // the value typed before "Use a reference" was ticked comes back when it is unticked
  const lastLiteral = useRef<RightValue | undefined>(undefined);
  return (
    <div className="min-w-0 space-y-1" {...problemPathProps(problemPath)}>
      {isRef ? (
        <ResourcePicker label="Value" value={right.ref} options={options} errors={errors} onChange={(ref) => onChange({ ref })} />
      ) : (
        <LiteralInput type={type} operator={operator} right={right} onChange={onChange} errors={errors} {...(suggestions ? { suggestions } : {})} />
      )}
      {!isPresenceOperator(operator) && (
        <CheckboxField
          label="Use a reference"
          checked={isRef}
          onChange={(on) => {
            if (on) {
              if (right && !('ref' in right)) lastLiteral.current = right;
              onChange({ ref: firstReferenceFor(type, options) });
            } else onChange(lastLiteral.current ?? defaultRight(type, operator));
          }}
        />
      )}
    </div>
  );
}
