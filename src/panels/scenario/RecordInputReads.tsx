/**
 * What the design reads of a Record input the launcher passes (`curUser.Username`,
 * `curUser.Manager.Username`): its own fields one click away, and the records it reads through the
 * input's relationships, as the triggering record offers them (TriggeringRecordEditor.tsx). Without
 * them an autolaunched orchestration's run starts with an empty record, and a work item assigned to
 * `curUser.Manager.Username` fails for want of a value.
 */
import { useMemo } from 'react';
import type { Orchestration, Scenario, Variable } from '../../model/types';
import { useAppStore } from '../../store/appStore';
import { button } from './fieldStyles';
import { objectChoices, objectsTheFlowsUse } from './objectNames';
import { RelatedRecords } from './RelatedRecordRows';
import { inputRecord, startingValue, variableFieldsRead, variableRelatedReads } from './relatedRecords';

export function RecordInputReads({ doc, variable, scenario, onChange }: { doc: Orchestration; variable: Variable; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const objects = useAppStore((s) => (s.projectFile?.apiName === doc.name ? s.projectFile.objects : undefined));
  const object = variable.type === 'Record' ? variable.object : undefined;
  const { fields, reads, used } = useMemo(() => ({
    fields: variableFieldsRead(doc, variable.name),
    reads: variableRelatedReads(doc, variable.name, object, objects),
    used: objectsTheFlowsUse(doc),
  }), [doc, variable.name, object, objects]);
  const holder = useMemo(() => inputRecord(variable.name), [variable.name]);
  const record = holder.get(scenario) ?? {};
  const missing = fields.filter((field) => !Object.prototype.hasOwnProperty.call(record, field));
  return (
    <>
      {missing.length > 0 && (
        <button
          type="button"
          className={button}
          title={missing.join(', ')}
          onClick={() => onChange(holder.set(scenario, { ...record, ...Object.fromEntries(missing.map((field) => [field, startingValue(objects, object, field)])) }))}
        >
          {`Add the ${missing.length === 1 ? 'field' : `${missing.length} fields`} the design reads of ${variable.name}`}
        </button>
      )}
      <RelatedRecords
        reads={reads}
        choices={objectChoices(doc, scenario, used)}
        holder={holder}
        scenario={scenario}
        onChange={onChange}
        label={`Records the design reads through ${variable.name}'s relationships`}
      />
    </>
  );
}
