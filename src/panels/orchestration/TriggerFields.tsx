/** How the orchestration starts: autolaunched (launched by, run context) or record-triggered (object, when, entry conditions). */
import type { Orchestration, Trigger } from '../../model/types';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import { apiVersionOf } from '../../model/apiVersion';
import { EntryConditionsEditor } from './EntryConditionsEditor';

export interface TriggerFieldsProps {
  doc: Orchestration;
  onChange: Edit<Trigger>;
  problems: ProblemIndex;
}

const TYPES = [
  { value: 'autolaunched', label: 'Autolaunched orchestration' },
  { value: 'recordTriggered', label: 'Record-triggered orchestration' },
];

const WHEN = [
  { value: 'create', label: 'A record is created' },
  { value: 'update', label: 'A record is updated' },
  { value: 'createAndUpdate', label: 'A record is created or updated' },
];

const CONTEXTS = [
  { value: 'user', label: 'User context (the launching user’s access)' },
  { value: 'system', label: 'System context' },
];

export function TriggerFields({ doc, onChange, problems }: TriggerFieldsProps) {
  const trigger: Trigger = doc.trigger ?? { type: 'autolaunched' };
  const users = (doc.users ?? []).map((u) => ({ value: u.username, label: `${u.name ?? u.username} (${u.username})${u.active === false ? ' — inactive' : ''}` }));
  const api = apiVersionOf(doc);
  return (
    <div className="space-y-2">
      <SelectField
        label="Orchestration type"
        problemPath="trigger"
        value={trigger.type}
        options={TYPES}
        onChange={(t) =>
          onChange(t === 'autolaunched' ? { type: 'autolaunched', launchedBy: users[0]?.value, runContext: 'user' } : { type: 'recordTriggered', object: '', triggeredBy: users[0]?.value })
        }
      />
      {trigger.type === 'autolaunched' ? (
        <>
          <SelectField
            label="Launched by"
            value={trigger.launchedBy ?? ''}
            options={users}
            placeholder="Choose a user…"
            errors={problems.at('trigger.launchedBy')}
            problemPath="trigger.launchedBy"
            onChange={(launchedBy) => onChange({ ...trigger, launchedBy: launchedBy || undefined })}
          />
          <SelectField
            label="How to run the orchestration"
            value={trigger.runContext ?? 'user'}
            options={CONTEXTS}
            disabled={api >= 60}
            // said "Read only under API 59 and earlier" of a field that is read-only from API 60: the opposite
            hint={api >= 60 ? 'Set by the API version: from API 60 an orchestration runs as the Automated Process User. This choice applies only under API 59 and earlier.' : undefined}
            onChange={(runContext) => onChange({ ...trigger, runContext: runContext as 'user' | 'system' })}
          />
        </>
      ) : (
        <>
          <TextField
            label="Object"
            value={trigger.object ?? ''}
            placeholder="e.g. Order"
            errors={problems.at('trigger.object')}
            problemPath="trigger.object"
            onType={(object, g) => onChange({ ...trigger, object }, g)}
          />
          <SelectField
            label="Trigger the orchestration when"
            value={trigger.when ?? 'create'}
            options={WHEN}
            onChange={(when) => onChange({ ...trigger, when: when as 'create' | 'update' | 'createAndUpdate' })}
          />
          <EntryConditionsEditor trigger={trigger} problems={problems} onChange={onChange} />
          <SelectField
            label="Triggered by"
            value={trigger.triggeredBy ?? ''}
            options={users}
            placeholder="Choose a user…"
            errors={problems.at('trigger.triggeredBy')}
            problemPath="trigger.triggeredBy"
            onChange={(triggeredBy) => onChange({ ...trigger, triggeredBy: triggeredBy || undefined })}
          />
        </>
      )}
    </div>
  );
}
