/** Picks what a requirement row reads, grouped by kind, each option with its type icon. */
import { useId, useRef, useState } from 'react';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { controlClass, labelClass } from '../../ui/fields/styles';
import type { ResourceGroup, ResourceOption } from './resourceTypes';
import { TYPE_ICONS, TYPE_NAMES } from './typeIcons';
import { typeOfResource } from './resourceTypes';
import { OtherRecordField } from './OtherRecordField';
import { problemPathProps } from '../../ui/problemField';

/** A record-triggered design's triggering object, and its fields to suggest, for "Another field of …". */
export interface OtherFieldChoice {
  object: string;
  suggestions: readonly string[];
}

// the option that opens the field name input: a space cannot be in a reference
const ANOTHER_FIELD = ' another field';

export interface ResourcePickerProps {
  value: string;
  options: readonly ResourceOption[];
  onChange(ref: string): void;
  errors?: readonly string[];
  label?: string;
  /** Offers "Another field of <object>…": any field of the triggering record, typed by its API name. */
  otherField?: OtherFieldChoice | undefined;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

/**
 * Said when the list has nothing to offer: a new admin's first step, in a design with no other step,
 * stage or variable, got an empty picker and "choose a resource" with no way to. *Chosen* (docs/decisions.md).
 */
export const NOTHING_TO_READ = 'Nothing to choose yet: add another step or stage, or a variable in the orchestration’s properties, and it is listed here';

const GROUP_ORDER: ResourceGroup[] = ['Flow inputs', 'Variables', 'Triggering record', 'Record fields', 'Step statuses', 'Stage statuses', 'Step outputs'];

export function ResourcePicker({ value, options, onChange, errors, label = 'Resource', otherField, problemPath }: ResourcePickerProps) {
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const [typingField, setTypingField] = useState(false);
  const typing = typingField && otherField !== undefined;
  const messagesId = `${id}-messages`;
  const known = options.some((o) => o.ref === value);
  const type = typeOfResource(options, value);
  const hint = options.length === 0 && !otherField && value === '' ? NOTHING_TO_READ : undefined;
  return (
    <div className="min-w-0">
      <div className="flex items-baseline justify-between gap-1">
        <label htmlFor={id} className={labelClass}>
          {label}
        </label>
        {value && (
          <span className="rounded bg-brand-100 px-1 text-[11px] font-semibold text-brand-700" data-testid="resource-type">
            <span aria-hidden="true">{TYPE_ICONS[type]} </span>
            {TYPE_NAMES[type]}
          </span>
        )}
      </div>
      <div>
        <select
          ref={selectRef}
          id={id}
          value={typing ? ANOTHER_FIELD : value}
          className={controlClass}
          {...problemPathProps(problemPath)}
          onChange={(e) => {
            setTypingField(e.target.value === ANOTHER_FIELD);
            if (e.target.value !== ANOTHER_FIELD) onChange(e.target.value);
          }}
          {...messageAttributes(messagesId, hint, errors)}
        >
          <option value="">Choose a resource…</option>
          {!known && value !== '' && <option value={value}>{`${TYPE_ICONS.Unknown}  ${value} (not found)`}</option>}
          {GROUP_ORDER.map((group) => {
            const inGroup = options.filter((o) => o.group === group);
            if (inGroup.length === 0) return null;
            return (
              <optgroup key={group} label={group}>
                {inGroup.map((o) => (
                  <option key={o.ref} value={o.ref} title={TYPE_NAMES[o.type]}>
                    {`${TYPE_ICONS[o.type]}  ${o.ref}`}
                  </option>
                ))}
              </optgroup>
            );
          })}
          {otherField && (
            <optgroup label={`Other fields of ${otherField.object}`}>
              <option value={ANOTHER_FIELD}>{`Another field of ${otherField.object}…`}</option>
            </optgroup>
          )}
        </select>
      </div>
      {typing && (
        <OtherRecordField
          object={otherField.object}
          suggestions={otherField.suggestions}
          onUse={(field, byKey) => {
            setTypingField(false);
            onChange(`$Record.${field}`);
            // the input goes away with the choice: focus goes back to the picker, now showing the field
            if (byKey) selectRef.current?.focus();
          }}
          onCancel={() => {
            setTypingField(false);
            selectRef.current?.focus();
          }}
        />
      )}
      <FieldMessages id={messagesId} hint={hint} errors={errors} />
    </div>
  );
}
