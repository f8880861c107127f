/** The starting value of a Text, Number, Boolean, Date or DateTime variable, fitted to its type. */
import type { Variable } from '../../model/types';
import type { Edit } from '../fields/edit';
import { NumberInput } from '../../ui/fields/NumberInput';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import { controlClass, labelClass } from '../../ui/fields/styles';
import { useId } from 'react';

type Scalar = string | number | boolean | null;

export interface VariableValueInputProps {
  type: Exclude<Variable['type'], 'Record'>;
  value: Scalar | undefined;
  onChange: Edit<Scalar>;
  label?: string;
  errors?: readonly string[];
}

export function VariableValueInput({ type, value, onChange, label = 'Starting value', errors }: VariableValueInputProps) {
  const id = useId();
  if (type === 'Number') {
    return <NumberInput label={label} value={typeof value === 'number' ? value : null} allowEmpty errors={errors} onType={(n, g) => onChange(n, g)} />;
  }
  if (type === 'Boolean') {
    const options = [
      { value: 'true', label: 'True' },
      { value: 'false', label: 'False' },
    ];
    return (
      <SelectField label={label} value={typeof value === 'boolean' ? String(value) : ''} placeholder="(empty)" options={options} errors={errors} onChange={(v) => onChange(v === '' ? null : v === 'true')} />
    );
  }
  if (type === 'Date' || type === 'DateTime') {
    const text = typeof value === 'string' ? value.slice(0, type === 'Date' ? 10 : 16) : '';
    return (
      <div className="min-w-0">
        <label htmlFor={id} className={labelClass}>
          {label}
          {type === 'DateTime' ? ' (UTC)' : ''}
        </label>
        <input
          id={id}
          type={type === 'Date' ? 'date' : 'datetime-local'}
          value={text}
          className={controlClass}
          onChange={(e) => {
            const v = e.target.value;
            onChange(v === '' ? null : type === 'Date' ? v : `${v.slice(0, 16)}:00Z`);
          }}
        />
      </div>
    );
  }
  return <TextField label={label} value={typeof value === 'string' ? value : ''} errors={errors} onType={(t, g) => onChange(t, g)} />;
}
