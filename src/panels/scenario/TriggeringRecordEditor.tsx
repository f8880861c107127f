/**
 * A record-triggered orchestration's triggering record in a scenario (`record`, `$Record`): the
 * field values the saved record has when the run starts. Fields the design reads can be added in
 * one go, so a design opened from a project is not run against an empty record by accident.
 */
import { useMemo } from 'react';
import { RECORD_VARIABLE } from '../../model/names';
import { recordTypeChoices } from '../../model/recordTypeByName';
import { runRecordTypes } from '../../model/validateRecordTypeIds';
import type { Orchestration, Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { selectProjectObjects } from '../../store/selectors';
import { RecordFieldsEditor, type FieldChoices } from '../orchestration/RecordFieldsEditor';
import { ownRecordField, triggeringRecordOptions } from '../requirements/resourceTypes';
import { input } from './fieldStyles';
import { withField } from './scenarioFields';
import { objectChoices, objectsTheFlowsUse } from './objectNames';
import { AddFieldsRead, RelatedRecords } from './RelatedRecordRows';
import { relatedReads, TRIGGERING_RECORD } from './relatedRecords';

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

export function TriggeringRecordEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  // the project's object metadata, while the design is the orchestration opened from it
  const objects = useAppStore(selectProjectObjects);
  // what the design reads of $Record, walked once per design, not on every keystroke in the dialog
  const { fields, reads, used } = useMemo(() => {
    const options = triggeringRecordOptions(doc, undefined);
    return { fields: fieldsTheDesignReads(doc, options), reads: relatedReads(doc, options, objects), used: objectsTheFlowsUse(doc) };
  }, [doc, objects]);
  // RecordTypeId is given by the record type's DeveloperName (resolved when the run starts): the
  // record types the run will hold — the project's the flows carry, the scenario's — are offered
  const triggerObject = doc.trigger?.type === 'recordTriggered' ? doc.trigger.object ?? '' : '';
  const recordTypes = useMemo(() => recordTypeChoices(triggerObject, runRecordTypes(doc, scenario)), [doc, scenario, triggerObject]);
  const choicesFor: FieldChoices | undefined = recordTypes.length > 0 ? (field) => (field.toLowerCase() === 'recordtypeid' ? recordTypes : undefined) : undefined;
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return null;
  const record = scenario.record ?? {};
  const object = trigger.object || 'record';
  // the design's own $Record values, which the run starts from (engine/runRecords.ts triggerFields)
  const declared = (doc.variables ?? []).find((v) => v.name === RECORD_VARIABLE);
  const designValues = declared?.type === 'Record' && declared.value ? declared.value : {};
  const designFields = Object.keys(designValues);
  return (
    <fieldset className="space-y-1">
      <legend className="font-semibold">Triggering record ($Record)</legend>
      <p className="text-xs text-ink-600">
        The {object} whose save starts the run, as it is after the save.{' '}
        {designFields.length
          ? `A field not given here keeps the design's own value for $Record (${designFields.join(', ')}), else is empty (null); `
          : 'A field not given here is empty (null); '}
        the record gets an Id unless you give one.
      </p>
      <RecordFieldsEditor variable="$Record" value={record} onChange={(value) => onChange({ ...scenario, record: value })} {...(choicesFor ? { choicesFor } : {})} />
      <AddFieldsRead fields={fields} holder={TRIGGERING_RECORD} object={trigger.object} objects={objects} scenario={scenario} onChange={onChange} given={designValues} />
      <RelatedRecords reads={reads} choices={objectChoices(doc, scenario, used)} holder={TRIGGERING_RECORD} scenario={scenario} onChange={onChange} />
      <SaveEditor scenario={scenario} onChange={onChange} {...(choicesFor ? { choicesFor } : {})} />
    </fieldset>
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
function SaveEditor({ scenario, onChange, choicesFor }: { scenario: Scenario; onChange: (s: Scenario) => void; choicesFor?: FieldChoices }) {
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
          <RecordFieldsEditor variable="$Record__Prior" value={save.prior ?? {}} onChange={(prior) => setSave({ ...save, prior })} {...(choicesFor ? { choicesFor } : {})} />
        </fieldset>
      )}
    </div>
  );
}
