/**
 * A text field that keeps what the admin types as a draft, checks it as they type, and applies it
 * on blur or Enter only when it is valid (Escape restores the current value). For keys that other
 * things refer to, such as usernames, where every intermediate keystroke must not be applied.
 */
import { useId, useState } from 'react';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { controlClass, labelClass } from './styles';
import { problemPathProps } from '../problemField';

export interface DraftTextFieldProps {
  label: string;
  value: string;
  /** Why the draft cannot be applied, or null. */
  check(draft: string): string | null;
  apply(value: string): void;
  errors?: readonly string[];
  mono?: boolean;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function DraftTextField({ label, value, check, apply, errors = [], mono, problemPath }: DraftTextFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const [draft, setDraft] = useState<{ for: string; text: string } | null>(null);
  const text = draft && draft.for === value ? draft.text : value;
  const local = text === value ? null : check(text);
  const shown = local ? [local] : text === value ? errors : [];
  const commit = () => {
    if (text === value || local) return;
    apply(text);
    setDraft(null);
  };
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        {...problemPathProps(problemPath)}
        className={`${controlClass} ${mono ? 'font-mono' : ''}`}
        onChange={(e) => setDraft({ for: value, text: e.target.value })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(null);
        }}
        {...messageAttributes(messagesId, undefined, shown)}
      />
      <FieldMessages id={messagesId} errors={shown} />
    </div>
  );
}
