/**
 * "Another field of Case…" in a record-triggered design's Resource picker: the API name of a field
 * of the triggering record that the picker does not list yet, typed, then used as `$Record.Field`.
 * The picker lists only the fields the design already reads, the entry conditions test and the
 * scenario's record holds (a project seldom ships its objects' metadata, and never the standard
 * fields), so `$Record.Priority` could not be chosen for a requirement at all (docs/editor.md,
 * "A field of the triggering record"; *chosen*).
 */
import { useId, useRef, useState } from 'react';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';

export interface OtherRecordFieldProps {
  /** The triggering record's object, e.g. `Case`. */
  object: string;
  /** Field API names to offer while typing (the project's declared fields of the object). */
  suggestions: readonly string[];
  /** The field typed, without `$Record.` (`Priority`, `Account.Tier__c`); `byKey` when Enter used it (focus then goes back to the picker). */
  onUse(field: string, byKey: boolean): void;
  /** Escape: the row keeps its resource. */
  onCancel(): void;
}

/** A field's API name, or a path through relationships to one (`Account.Owner.Region__c`). */
const FIELD_PATH = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

export function OtherRecordField({ object, suggestions, onUse, onCancel }: OtherRecordFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Escape gives focus back to the picker, which blurs the input: that blur must not use the draft
  const cancelled = useRef(false);
  const hint = `Type its API name, then press Enter: it is read as $Record.${draft.trim().replace(/^\$Record\./, '') || 'Field'}`;
  const use = (byKey: boolean): boolean => {
    const field = draft.trim().replace(/^\$Record\./, '');
    if (field === '') return false;
    if (!FIELD_PATH.test(field)) {
      setError(`"${field}" is not a field's API name: letters, digits and _ (Priority, Tier__c), with a dot between relationship and field (Account.Name)`);
      return false;
    }
    onUse(field, byKey);
    return true;
  };
  return (
    <div className="mt-1 rounded border border-brand-100 bg-brand-50/60 p-2">
      <label htmlFor={id} className={labelClass}>
        {`Field of ${object}`}
      </label>
      <input
        id={id}
        className={controlClass}
        value={draft}
        placeholder="e.g. Priority"
        autoComplete="off"
        list={suggestions.length ? `${id}-fields` : undefined}
        onChange={(e) => {
          setDraft(e.target.value);
          setError(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            use(true);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            cancelled.current = true;
            onCancel();
          }
        }}
        onBlur={() => {
          if (!cancelled.current) use(false);
        }}
        {...messageAttributes(`${id}-messages`, hint, error ? [error] : undefined)}
      />
      {suggestions.length > 0 && (
        <datalist id={`${id}-fields`}>
          {suggestions.map((field) => (
            <option key={field} value={field} />
          ))}
        </datalist>
      )}
      <FieldMessages id={`${id}-messages`} hint={hint} errors={error ? [error] : undefined} />
    </div>
  );
}
