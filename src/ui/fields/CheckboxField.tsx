/** A labelled checkbox with an optional hint. */
import { useId } from 'react';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { problemPathProps } from '../problemField';

export interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  disabled?: boolean;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function CheckboxField({ label, checked, onChange, hint, errors, disabled, problemPath }: CheckboxFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          {...problemPathProps(problemPath)}
          onChange={(e) => onChange(e.target.checked)}
          className="h-4 w-4 accent-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
          {...messageAttributes(messagesId, hint, errors)}
        />
        <label htmlFor={id} className="text-sm text-ink-800">
          {label}
        </label>
      </div>
      <FieldMessages id={messagesId} hint={hint} errors={errors} />
    </div>
  );
}
