/** The fields of a Record variable (`hire.Department`): name, type and current value. */
import { runStartDateTime, runStartDay } from '../fields/runStart';
import type { Edit } from '../fields/edit';
import { DraftTextField } from '../../ui/fields/DraftTextField';
import { SelectField, type SelectOption } from '../../ui/fields/SelectField';
import { buttonClass, iconButtonClass } from '../../ui/fields/styles';
import { typeOfValue } from '../requirements/resourceTypes';
import { VariableValueInput } from './VariableValueInput';
import { useRef } from 'react';
import { focusAddedRow, focusAfterRemovedRow, type RowList } from '../fields/rowFocus';

type Scalar = string | number | boolean | null;
type Fields = Record<string, Scalar>;
type FieldType = 'Text' | 'Number' | 'Boolean' | 'Date' | 'DateTime' | 'Empty';

const TYPES: { value: FieldType; label: string }[] = [
  { value: 'Text', label: 'Text' },
  { value: 'Number', label: 'Number' },
  { value: 'Boolean', label: 'Boolean' },
  { value: 'Date', label: 'Date' },
  { value: 'DateTime', label: 'Date/Time' },
  { value: 'Empty', label: 'Empty (null)' },
];

function fieldType(value: Scalar): FieldType {
  const t = typeOfValue(value);
  return t === 'Unknown' || t === 'Status' || t === 'Record' ? 'Empty' : t;
}

function defaultOf(type: FieldType): Scalar {
  switch (type) {
    case 'Number': return 0;
    case 'Boolean': return false;
    case 'Date': return runStartDay();
    case 'DateTime': return runStartDateTime();
    case 'Text': return '';
    case 'Empty': return null;
  }
}

function renameKey(fields: Fields, from: string, to: string): Fields {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k === from ? to : k, v]));
}

/** What a text field's value is usually chosen from (a RecordTypeId: the object's record types), else undefined. */
export type FieldChoices = (field: string) => readonly SelectOption[] | undefined;

/** The option a text value is (ignoring case), else '' (typed in the text field). */
const chosen = (choices: readonly SelectOption[], v: Scalar): string => (typeof v === 'string' ? choices.find((c) => c.value.toLowerCase() === v.toLowerCase())?.value ?? '' : '');

export function RecordFieldsEditor({ variable, value, onChange, choicesFor }: { variable: string; value: Fields; onChange: Edit<Fields>; choicesFor?: FieldChoices }) {
  const entries = Object.entries(value);
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const rows: RowList = { list: () => listRef.current, add: () => addRef.current };
  const add = () => {
    let n = entries.length + 1;
    while (`Field${n}` in value) n++;
    onChange({ ...value, [`Field${n}`]: '' });
    focusAddedRow(rows, entries.length);
  };
  return (
    <div className="space-y-2">
      <ul ref={listRef} className="space-y-2">
        {entries.map(([field, v], i) => {
          const type = fieldType(v);
          const choices = type === 'Text' ? choicesFor?.(field) : undefined;
          return (
            <li key={field} className="grid grid-cols-[1fr_6rem_auto] items-end gap-1 rounded border border-ink-400/20 p-1">
              <DraftTextField
                label="Field"
                value={field}
                mono
                check={(t) => (!/^[A-Za-z][A-Za-z0-9_]*$/.test(t) ? 'A field name is a letter then letters, digits or underscores' : Object.prototype.hasOwnProperty.call(value, t) ? `${variable} already has a field ${t}` : null)}
                apply={(to) => onChange(renameKey(value, field, to))}
              />
              <SelectField label="Field type" value={type} options={TYPES} onChange={(t) => onChange({ ...value, [field]: defaultOf(t as FieldType) })} />
              <button
                type="button"
                className={iconButtonClass}
                aria-label={`Remove field ${field}`}
                data-row-control="remove"
                onClick={() => { onChange(Object.fromEntries(entries.filter(([k]) => k !== field))); focusAfterRemovedRow(rows, i); }}
              >
                ✕
              </button>
              {type !== 'Empty' && (
                <div className="col-span-3">
                  <VariableValueInput type={type} label={`${field} value`} value={v} onChange={(nv, g) => onChange({ ...value, [field]: nv }, g)} />
                </div>
              )}
              {choices && choices.length > 0 && (
                // a value is still typed freely above; this offers the usual ones
                <div className="col-span-3">
                  <SelectField label={`${field} from the list`} value={chosen(choices, v)} options={[{ value: '', label: 'Typed above' }, ...choices]} onChange={(c) => { if (c !== '') onChange({ ...value, [field]: c }); }} />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <button ref={addRef} type="button" className={buttonClass} onClick={add}>
        + Add field
      </button>
    </div>
  );
}
