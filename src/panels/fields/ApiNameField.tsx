/**
 * The API Name of a stage, step, decision or variable. Checked as the admin types (format and
 * uniqueness across the one namespace); applied on blur or Enter as one edit that renames every
 * reference; Escape restores the current name.
 */
import { useId, useState } from 'react';
import { useDocumentStore } from '../../store/documentStore';
import { setApiName } from '../../commands/setApiName';
import { apiNameChangeProblem } from './apiNames';
import { FieldMessages, messageAttributes } from './FieldMessages';
import { controlClass, labelClass } from './styles';

export interface ApiNameFieldProps {
  name: string;
  /** Problems the validator reports at this name. */
  errors?: readonly string[];
  /** Called after a successful rename, with the new name. */
  onRenamed?(to: string): void;
  label?: string;
}

export function ApiNameField({ name, errors = [], onRenamed, label = 'API Name' }: ApiNameFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const doc = useDocumentStore((s) => s.doc);
  const [draft, setDraft] = useState<{ for: string; text: string } | null>(null);
  const text = draft && draft.for === name ? draft.text : name;
  const localProblem = text === name ? null : apiNameChangeProblem(doc, name, text);
  const shown = localProblem ? [localProblem] : text === name ? errors : [];

  const apply = () => {
    if (text === name || localProblem) return;
    useDocumentStore.getState().dispatch(setApiName, { from: name, to: text });
    setDraft(null);
    onRenamed?.(text);
  };

  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        className={`${controlClass} font-mono`}
        onChange={(e) => setDraft({ for: name, text: e.target.value })}
        onBlur={apply}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply();
          if (e.key === 'Escape') setDraft(null);
        }}
        {...messageAttributes(messagesId, undefined, shown)}
      />
      <FieldMessages id={messagesId} errors={shown} />
    </div>
  );
}
