/** A plain labelled text input for a local draft (the catalog's flow form), with one error. */
import { useId } from 'react';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';

export interface DraftInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  mono?: boolean;
  autoFocus?: boolean | undefined;
}

export function DraftInput({ label, value, onChange, error, mono, autoFocus }: DraftInputProps) {
  const id = useId();
  const errors = error ? [error] : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input id={id} type="text" value={value} autoFocus={autoFocus} className={`${controlClass} ${mono ? 'font-mono' : ''}`} onChange={(e) => onChange(e.target.value)} {...messageAttributes(`${id}-m`, undefined, errors)} />
      <FieldMessages id={`${id}-m`} errors={errors} />
    </div>
  );
}
