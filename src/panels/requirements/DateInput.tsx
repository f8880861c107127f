/** A date (YYYY-MM-DD) or date-time (stored as ISO 8601 UTC) picker for a requirement value. */
import { useId } from 'react';
import type { RightValue } from '../../model/types';
import type { Edit } from '../fields/edit';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';

export interface DateInputProps {
  withTime: boolean;
  right: RightValue | undefined;
  onChange: Edit<RightValue>;
  errors?: readonly string[] | undefined;
}

export function DateInput({ withTime, right, onChange, errors }: DateInputProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const stored = right && 'dateTime' in right ? right.dateTime : right && 'date' in right ? right.date : '';
  const value = withTime ? stored.slice(0, 16) : stored.slice(0, 10);
  const hint = withTime ? 'Date and time in UTC' : undefined;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        Value
      </label>
      <input
        id={id}
        type={withTime ? 'datetime-local' : 'date'}
        value={value}
        className={controlClass}
        onChange={(e) => {
          const v = e.target.value;
          if (!v) return;
          onChange(withTime ? { dateTime: `${v.slice(0, 16)}:00Z` } : { date: v });
        }}
        {...messageAttributes(messagesId, hint, errors)}
      />
      <FieldMessages id={messagesId} hint={hint} errors={errors} />
    </div>
  );
}
