/**
 * A record-triggered orchestration's triggering record in a scenario (`record`, `$Record`): the
 * field values the saved record has when the run starts. Fields the design reads can be added in
 * one go, so a design opened from a project is not run against an empty record by accident.
 */
import type { Orchestration, Scenario } from '../../model/types';
import { RecordFieldsEditor } from '../orchestration/RecordFieldsEditor';
import { triggeringRecordOptions } from '../requirements/resourceTypes';
import { button } from './fieldStyles';

const PREFIX = '$Record.';

/**
 * The triggering object's own fields the design reads or tests (entry conditions, conditions,
 * inputs, assignees), in name order. A path through a relationship (`$Record.Account.Rating`)
 * reads another record (the scenario's `records`), so it is left out, and so is `Id`: the simulated
 * org gives the record one when the scenario does not.
 */
export function fieldsTheDesignReads(doc: Orchestration): string[] {
  return triggeringRecordOptions(doc, undefined)
    .filter((o) => o.ref.startsWith(PREFIX))
    .map((o) => o.ref.slice(PREFIX.length))
    .filter((field) => !field.includes('.') && field.toLowerCase() !== 'id');
}

export function TriggeringRecordEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const trigger = doc.trigger;
  if (trigger?.type !== 'recordTriggered') return null;
  const record = scenario.record ?? {};
  const missing = fieldsTheDesignReads(doc).filter((field) => !(field in record));
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
          onClick={() => onChange({ ...scenario, record: { ...record, ...Object.fromEntries(missing.map((field) => [field, ''])) } })}
        >
          {`Add the ${missing.length === 1 ? 'field' : `${missing.length} fields`} the design reads`}
        </button>
      )}
    </fieldset>
  );
}
