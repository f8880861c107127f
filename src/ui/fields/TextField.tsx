/**
 * A labelled text input (or textarea) whose typing is one undo entry. `onType` receives each new
 * value and applies it through `gesture.type(command, params)`.
 */
import { useId } from 'react';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { controlClass, labelClass } from './styles';
import { problemPathProps } from '../problemField';
import { useTypingGesture, type TypingGesture } from './useTypingGesture';

export interface TextFieldProps {
  label: string;
  value: string;
  /** Called on every keystroke with the gesture to apply the edit through. */
  onType(value: string, gesture: TypingGesture): void;
  errors?: readonly string[] | undefined;
  hint?: string | undefined;
  multiline?: boolean;
  placeholder?: string;
  required?: boolean;
  list?: string;
  /** Values offered while typing (a datalist of the field's own; any text may still be typed). */
  suggestions?: readonly string[];
  className?: string;
  /** Called on blur before the typing is committed: a last edit joins the same undo entry. */
  onBeforeCommit?(gesture: TypingGesture): void;
  /** Called after the typing is committed (blur). */
  onCommitted?(): void;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

export function TextField(props: TextFieldProps) {
  const { label, value, onType, errors, hint, multiline, placeholder, required, list, suggestions, className, onBeforeCommit, onCommitted, problemPath } = props;
  const id = useId();
  const offered = suggestions !== undefined && suggestions.length > 0;
  const messagesId = `${id}-messages`;
  const gesture = useTypingGesture();
  const common = {
    id,
    value,
    placeholder,
    required,
    className: controlClass,
    ...problemPathProps(problemPath),
    ...messageAttributes(messagesId, hint, errors),
    onChange: (e: { target: { value: string } }) => onType(e.target.value, gesture),
    onBlur: () => {
      onBeforeCommit?.(gesture);
      gesture.commit();
      onCommitted?.();
    },
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Escape') gesture.cancel();
    },
  };
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" list={offered ? `${id}-suggestions` : list} {...common} />}
      {offered && !multiline && (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((s) => <option key={s} value={s} />)}
        </datalist>
      )}
      <FieldMessages id={messagesId} hint={hint} errors={errors} />
    </div>
  );
}
