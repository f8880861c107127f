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
import { selectProjectObjects } from '../../store/selectors';
import { objectChoices, objectsTheFlowsUse } from './objectNames';
import { AddFieldsRead, RelatedRecords } from './RelatedRecordRows';
import { inputRecord, variableFieldsRead, variableRelatedReads } from './relatedRecords';

export function RecordInputReads({ doc, variable, scenario, onChange }: { doc: Orchestration; variable: Variable; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const objects = useAppStore(selectProjectObjects);
  const object = variable.type === 'Record' ? variable.object : undefined;
  const { fields, reads, used } = useMemo(() => ({
    fields: variableFieldsRead(doc, variable.name),
    reads: variableRelatedReads(doc, variable.name, object, objects),
    used: objectsTheFlowsUse(doc),
  }), [doc, variable.name, object, objects]);
  const holder = useMemo(() => inputRecord(variable.name), [variable.name]);
  return (
    <>
      <AddFieldsRead fields={fields} holder={holder} object={object} objects={objects} scenario={scenario} onChange={onChange} of={variable.name} />
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
