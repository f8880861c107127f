/** A plain labelled text input for a local draft (the catalog's flow form), with one error. */
import { useEffect, useId, useRef } from 'react';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';

export interface DraftInputProps {
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  mono?: boolean;
  /** Focus the input (text selected) when it appears. */
  autoFocus?: boolean | undefined;
}

export function DraftInput({ label, value, onChange, error, mono, autoFocus }: DraftInputProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  // Focus once, on mount (a flow just created for a step): its text selected, so typing replaces it.
  useEffect(() => {
    if (!autoFocus) return;
    input.current?.focus();
    input.current?.select();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const errors = error ? [error] : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input ref={input} id={id} type="text" value={value} className={`${controlClass} ${mono ? 'font-mono' : ''}`} onChange={(e) => onChange(e.target.value)} {...messageAttributes(`${id}-m`, undefined, errors)} />
      <FieldMessages id={`${id}-m`} errors={errors} />
    </div>
  );
}
