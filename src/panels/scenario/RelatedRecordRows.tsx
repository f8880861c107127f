/**
 * The records a design reads through a record's relationships, one row each: linked to one of the
 * org's records, or one click from it (relatedRecords.ts). Used for the triggering record and for
 * a Record input the launcher passes.
 */
import { useId, useRef, useState, type MouseEvent } from 'react';
import type { Scenario } from '../../model/types';
import { button, input } from './fieldStyles';
import { isObjectName } from './objectNames';
import type { ProjectObjects } from '../../io/project/types';
import { giveRelatedRecord, guessObject, linkedRecord, missingFields, startingValue, type RecordHolder, type RelatedRead } from './relatedRecords';
import { focusNextFrame } from '../../ui/focusLater';
import { newUsername } from './newUsername';
import { giveUnreadCheckboxes } from './unreadCheckboxes';

/**
 * "Add the N fields the design reads": the record's own fields the design reads that `holder`'s
 * record lacks, added at once with their starting values (`false` for a Checkbox the project
 * declares, else empty text; a User's Username in email form, as Add the Owner gives one:
 * `curuser@example.com` for `curUser`); nothing when none is missing. `of` names an input's record.
 */
export function AddFieldsRead({ fields, holder, object, objects, scenario, onChange, of, given = {} }: {
  fields: readonly string[];
  holder: RecordHolder;
  object: string | undefined;
  objects: ProjectObjects | undefined;
  scenario: Scenario;
  onChange: (s: Scenario) => void;
  of?: string;
  /** Values the design itself gives the record (its `$Record` variable's): not missing, and never blanked by the scenario. */
  given?: Readonly<Record<string, unknown>>;
}) {
  const record = holder.get(scenario) ?? {};
  const has = (values: Readonly<Record<string, unknown>>, field: string) => Object.keys(values).some((key) => key.toLowerCase() === field.toLowerCase());
  const missing = fields.filter((field) => !has(record, field) && !has(given, field));
  if (missing.length === 0) return null;
  const add = (event: MouseEvent<HTMLButtonElement>) => {
    // the button goes with the click: focus goes to the first added field's value, which the admin
    // types next, not to the page (docs/editor.md, "The triggering record")
    const section = event.currentTarget.closest('fieldset');
    // a User's Username starts filled, as Add the Owner fills it (newUsername.ts): left empty, a work
    // item assigned to curUser.Username failed the run with 'has no value'
    const value = (field: string) => (object === 'User' && field.toLowerCase() === 'username' ? newUsername(scenario.records ?? {}, of ?? 'user') : startingValue(objects, object, field));
    onChange(holder.set(scenario, { ...record, ...Object.fromEntries(missing.map((field) => [field, value(field)])) }));
    focusNextFrame(() => valueControlOf(section, missing[0]!));
  };
  return (
    <button type="button" className={button} title={missing.join(', ')} onClick={add}>
      {`Add the ${missing.length === 1 ? 'field' : `${missing.length} fields`} the design reads${of ? ` of ${of}` : ''}`}
    </button>
  );
}

/** The control labelled "<field> value" in `section` (RecordFieldsEditor's row of the field), else its first control. */
function valueControlOf(section: Element | null, field: string): HTMLElement | null {
  if (!section) return null;
  const controls = [...section.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  const named = controls.find((control) => [...(control.labels ?? [])].some((label) => label.textContent?.trim().startsWith(`${field} value`)));
  return named ?? controls[0] ?? null;
}

/** "a User record", "an Invoice__c record" (a User: the letter U is said "you"). */
const aRecordOf = (object: string) => `${/^[AEIO]/i.test(object) ? 'an' : 'a'} ${object} record`;

/** "User 1": how Other records of the org names a record (object and place). */
const recordName = (object: string, index: number) => `${object} ${index + 1}`;

/**
 * The records the design reads through a record's relationships (the triggering record's, or a
 * Record input's: `holder`), each either linked (the lookup field holds the Id of one of the org's
 * records) or one click from it.
 */
export function RelatedRecords({ reads, choices, holder, scenario, onChange, label = 'Records the design reads through the record\'s relationships' }: {
  reads: readonly RelatedRead[];
  choices: readonly string[];
  holder: RecordHolder;
  scenario: Scenario;
  onChange: (s: Scenario) => void;
  label?: string;
}) {
  const listId = useId();
  if (reads.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm">{label}</p>
      <ul className="space-y-1">
        {reads.map((read) => <RelatedRow key={read.relationship} read={read} choices={choices} listId={listId} holder={holder} scenario={scenario} onChange={onChange} />)}
      </ul>
      <datalist id={listId}>
        {choices.map((object) => <option key={object} value={object} />)}
      </datalist>
    </div>
  );
}

interface RowProps {
  read: RelatedRead;
  /** objects offered for a relationship whose name does not say its object (objectChoices) */
  choices: readonly string[];
  /** the datalist of those objects */
  listId: string;
  /** the record whose lookup field links the related record */
  holder: RecordHolder;
  scenario: Scenario;
  onChange: (s: Scenario) => void;
}

function RelatedRow({ read, choices, listId, holder, scenario, onChange }: RowProps) {
  const row = useRef<HTMLLIElement>(null);
  // a custom relationship (`Invoice__r`) does not say its object: the admin names it, from a first guess
  const [chosen, setChosen] = useState(() => guessObject(read, choices));
  const linked = linkedRecord(scenario, read, holder);
  const missing = missingFields(scenario, read, holder);
  const reads = read.fields.length > 0 ? `${read.relationship} (${read.fields.join(', ')})` : read.relationship;
  // `Owner:User` is the Owner, read only when a User: its name for the admin is Owner
  const name = read.relationship.split(':')[0]!;
  let state: string;
  let action: string | null = null;
  const typed = holder.get(scenario)?.[read.lookupField];
  const typedId = typeof typed === 'string' && typed !== '' ? typed : null;
  if (linked) {
    state = `${read.lookupField} points to ${recordName(linked.object, linked.index)} of the org's records`;
    if (missing.length > 0) action = `Add ${missing.join(', ')} to ${recordName(linked.object, linked.index)}`;
  } else if (read.object) {
    state = typedId
      ? `${read.lookupField} holds ${typedId}, which is none of the org's records: ${name} reads null`
      : `no ${read.object} yet: ${name} reads null`;
    // a custom relationship's name does not say its object: say where it came from
    if (read.objectFromProject) state += ` (in the project, ${read.lookupField} looks up ${read.object})`;
    action = `Add the ${name} (${aRecordOf(read.object)})`;
  } else {
    state = typedId
      ? `${read.lookupField} holds ${typedId}, which is none of the org's records: ${name} reads null. Its name does not say its object; name it to add the record`
      : `no record yet: ${name} reads null. Its name does not say its object; name it to add the record`;
  }
  const custom = !linked && !read.object;
  const object = chosen.trim();
  // the button goes once the record is linked: the row keeps the focus and says what changed —
  // unless the user has put focus elsewhere before that frame (ui/focusLater.ts)
  const give = () => {
    const next = giveRelatedRecord(scenario, read, custom ? object : read.object, holder);
    onChange(next);
    // a record of an object no pass of the project's reading read gets its Checkboxes once read
    const linked = linkedRecord(next, read, holder);
    if (linked && !linkedRecord(scenario, read, holder)) void giveUnreadCheckboxes(linked.object, String(linked.fields.Id));
    focusNextFrame(() => (row.current && !row.current.contains(document.activeElement) ? row.current : null));
  };
  return (
    <li ref={row} tabIndex={-1} className="flex flex-wrap items-center gap-2 text-xs focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500">
      <span className="font-mono">{reads}</span>{' '}
      <span className="text-ink-600">{`— ${state}`}</span>
      {action && (
        <button type="button" className={button} onClick={give}>
          {action}
        </button>
      )}
      {custom && (
        <>
          <input
            className={input}
            aria-label={`Object of the ${name} record`}
            aria-invalid={object !== '' && !isObjectName(object)}
            list={listId}
            placeholder="Object, e.g. Invoice__c"
            spellCheck={false}
            value={chosen}
            onChange={(e) => setChosen(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && isObjectName(object)) { e.preventDefault(); give(); } }}
          />
          <button type="button" className={button} disabled={!isObjectName(object)} onClick={give}>
            {isObjectName(object) ? `Add the ${name} (${aRecordOf(object)})` : `Add the ${name} record`}
          </button>
        </>
      )}
    </li>
  );
}
