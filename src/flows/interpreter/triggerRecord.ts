/**
 * The variables holding a run's triggering record and the record before the save, which ISNEW,
 * ISCHANGED and PRIORVALUE read. A Process Builder process (processType `Workflow`) has them as
 * `myVariable_current` and `myVariable_old` (the names Process Builder always gives them, in its
 * `ObjectVariable` / `OldObjectVariable` metadata); any other flow as `$Record` / `$Record__Prior`,
 * and a flow triggered only on update always has a prior record.
 */
import type { FlowDefinition } from '../definition';
import type { TriggerRecordVariables } from '../formula';

const PROCESS_BUILDER: TriggerRecordVariables = { current: 'myVariable_current', prior: 'myVariable_old' };
const RECORD_TRIGGERED: TriggerRecordVariables = { current: '$Record', prior: '$Record__Prior' };
const UPDATE_TRIGGERED: TriggerRecordVariables = { ...RECORD_TRIGGERED, updateOnly: true };

export function triggerRecordVariables(definition: FlowDefinition): TriggerRecordVariables {
  if (definition.processType === 'Workflow') return PROCESS_BUILDER;
  const { triggerType, recordTriggerType } = definition.start;
  return /^Record/i.test(triggerType ?? '') && recordTriggerType === 'Update' ? UPDATE_TRIGGERED : RECORD_TRIGGERED;
}
