/**
 * A labelled number input that keeps what the admin types (even "1." or "") and only writes a
 * number into the document when the text is one; otherwise it says what is wrong.
 */
import { useId, useState } from 'react';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { controlClass, labelClass } from './styles';
import { useTypingGesture, type TypingGesture } from './useTypingGesture';

export interface NumberInputProps {
  label: string;
  value: number | null | undefined;
  onType(value: number | null, gesture: TypingGesture): void;
  errors?: readonly string[];
  /** Allow an empty field (writes null). */
  allowEmpty?: boolean;
  min?: number;
  max?: number;
}

export function NumberInput({ label, value, onType, errors = [], allowEmpty, min, max }: NumberInputProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const gesture = useTypingGesture();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? (value === null || value === undefined ? '' : String(value));
  const local = draft !== null && draft.trim() === '' && !allowEmpty ? 'Enter a number' : draft !== null && draft.trim() !== '' && !Number.isFinite(Number(draft)) ? 'Enter a number' : null;
  const shown = local ? [local, ...errors] : errors;
  return (
    <div className="min-w-0">
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step="any"
        className={controlClass}
        onChange={(e) => {
          const t = e.target.value;
          setDraft(t);
          if (t.trim() === '') {
            if (allowEmpty) onType(null, gesture);
          } else if (Number.isFinite(Number(t))) onType(Number(t), gesture);
        }}
        onBlur={() => {
          gesture.commit();
          if (!local) setDraft(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            gesture.cancel();
            setDraft(null);
          }
        }}
        {...messageAttributes(messagesId, undefined, shown)}
      />
      <FieldMessages id={messagesId} errors={shown} />
    </div>
  );
}
