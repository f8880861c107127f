/**
 * A record-triggered orchestration's triggering record in a scenario (`record`, `$Record`): the
 * field values the saved record has when the run starts. Fields the design reads can be added in
 * one go, so a design opened from a project is not run against an empty record by accident.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { ProjectObjects } from '../../io/project/types';
import type { Orchestration, Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { RecordFieldsEditor } from '../orchestration/RecordFieldsEditor';
import { ownRecordField, triggeringRecordOptions } from '../requirements/resourceTypes';
import { button, input } from './fieldStyles';
import { withField } from './scenarioFields';
import { isObjectName, objectChoices, objectsTheFlowsUse } from './objectNames';
import { giveRelatedRecord, guessObject, linkedRecord, missingFields, relatedReads, type RelatedRead } from './relatedRecords';

/**
 * The triggering object's own fields the design reads or tests (entry conditions, conditions,
 * inputs, assignees), in name order. A path through a relationship (`$Record.Account.Rating`)
 * reads another record (the scenario's `records`), so it is left out, and so is `Id`: the simulated
 * org gives the record one when the scenario does not.
 */
export function fieldsTheDesignReads(doc: Orchestration, options = triggeringRecordOptions(doc, undefined)): string[] {
  return options
    .map(ownRecordField)
    .filter((field): field is string => field !== null && field.toLowerCase() !== 'id');
}

/**
 * The value a field the design reads starts with when added: `false` for a field the project
 * declares a Checkbox (Salesforce never holds null in one), else empty text to fill in.
 */
export function startingValue(objects: ProjectObjects | undefined, object: string | undefined, field: string): string | boolean {
  return object && objects?.get(object)?.get(field)?.type === 'Checkbox' ? false : '';
}

export function TriggeringRecordEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  // the project's object metadata, while the design is the orchestration opened from it
  const objects = useAppStore((s) => (s.projectFile?.apiName === doc.name ? s.projectFile.objects : undefined));
  // what the design reads of $Record, walked once per design, not on every keystroke in the dialog
  const { fields, reads, used } = useMemo(() => {
    const options = triggeringRecordOptions(doc, undefined);
    return { fields: fieldsTheDesignReads(doc, options), reads: relatedReads(doc, options, objects), used: objectsTheFlowsUse(doc) };
  }, [doc, objects]);
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return null;
  const record = scenario.record ?? {};
  const missing = fields.filter((field) => !Object.prototype.hasOwnProperty.call(record, field));
  const object = trigger.object || 'record';
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Triggering record ($Record)</legend>
      <p className="text-xs text-ink-600">
        The {object} whose save starts the run, as it is after the save. A field not given here is empty (null); the record gets an Id unless you give one.
      </p>
      <RecordFieldsEditor variable="$Record" value={record} onChange={(value) => onChange({ ...scenario, record: value })} />
      {missing.length > 0 && (
        <button
          type="button"
          className={button}
          title={missing.join(', ')}
          onClick={() => onChange({ ...scenario, record: { ...record, ...Object.fromEntries(missing.map((field) => [field, startingValue(objects, trigger.object, field)])) } })}
        >
          {`Add the ${missing.length === 1 ? 'field' : `${missing.length} fields`} the design reads`}
        </button>
      )}
      <RelatedRecords reads={reads} choices={objectChoices(doc, scenario, used)} scenario={scenario} onChange={onChange} />
      <SaveEditor scenario={scenario} onChange={onChange} />
    </fieldset>
  );
}

/** "a User record", "an Invoice__c record" (a User: the letter U is said "you"). */
const aRecordOf = (object: string) => `${/^[AEIO]/i.test(object) ? 'an' : 'a'} ${object} record`;

/** "User 1": how Other records of the org names a record (object and place). */
const recordName = (object: string, index: number) => `${object} ${index + 1}`;

/**
 * The records the design reads through the triggering record's relationships, each either linked
 * (the lookup field holds the Id of one of the org's records) or one click from it.
 */
function RelatedRecords({ reads, choices, scenario, onChange }: { reads: readonly RelatedRead[]; choices: readonly string[]; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const listId = useId();
  if (reads.length === 0) return null;
  return (
    <div className="space-y-1">
      <p className="text-sm">Records the design reads through the record&apos;s relationships</p>
      <ul className="space-y-1">
        {reads.map((read) => <RelatedRow key={read.relationship} read={read} choices={choices} listId={listId} scenario={scenario} onChange={onChange} />)}
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
  scenario: Scenario;
  onChange: (s: Scenario) => void;
}

function RelatedRow({ read, choices, listId, scenario, onChange }: RowProps) {
  const row = useRef<HTMLLIElement>(null);
  // a custom relationship (`Invoice__r`) does not say its object: the admin names it, from a first guess
  const [chosen, setChosen] = useState(() => guessObject(read, choices));
  const linked = linkedRecord(scenario, read);
  const missing = missingFields(scenario, read);
  const reads = read.fields.length > 0 ? `${read.relationship} (${read.fields.join(', ')})` : read.relationship;
  // `Owner:User` is the Owner, read only when a User: its name for the admin is Owner
  const name = read.relationship.split(':')[0]!;
  let state: string;
  let action: string | null = null;
  const typed = scenario.record?.[read.lookupField];
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
  // the button goes once the record is linked: the row keeps the focus and says what changed
  const give = () => {
    onChange(giveRelatedRecord(scenario, read, custom ? object : read.object));
    requestAnimationFrame(() => { if (row.current && !row.current.contains(document.activeElement)) row.current.focus(); });
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

type Save = NonNullable<Scenario['save']>;

const STARTS: { value: '' | Save['operation']; label: string }[] = [
  { value: '', label: 'Launched as it is (no save)' },
  { value: 'create', label: 'A save that creates the record' },
  { value: 'update', label: 'A save that updates the record' },
];

/**
 * How the run starts (`save`): launched as it is, or by a save that creates or updates the record —
 * then the trigger's "when" and entry conditions decide whether it launches at all (trace
 * `run.launch`), and an update has the values before it (`$Record__Prior`, `save.prior`).
 */
function SaveEditor({ scenario, onChange }: { scenario: Scenario; onChange: (s: Scenario) => void }) {
  const save = scenario.save;
  const setSave = (next: Save | null) => onChange(withField(scenario, 'save', next ?? undefined));
  return (
    <div className="space-y-1">
      <label className="flex flex-wrap items-center gap-2 text-sm">
        The run starts with
        <select
          aria-label="The run starts with"
          className={input}
          value={save?.operation ?? ''}
          onChange={(e) => {
            const operation = e.target.value as '' | Save['operation'];
            // a create has nothing before it; switching to update keeps values typed earlier
            setSave(operation === '' ? null : operation === 'create' ? { operation } : { ...save, operation });
          }}
        >
          {STARTS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      {save?.operation === 'update' && (
        <fieldset className="space-y-1 rounded border border-ink-400/20 p-1">
          <legend className="px-1 text-xs font-semibold text-ink-600">Before the update ($Record__Prior)</legend>
          <p className="text-xs text-ink-600">The fields the update changed, with their values before it; a field not listed here did not change.</p>
          <RecordFieldsEditor variable="$Record__Prior" value={save.prior ?? {}} onChange={(prior) => setSave({ ...save, prior })} />
        </fieldset>
      )}
    </div>
  );
}
