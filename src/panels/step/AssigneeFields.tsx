/** Who an interactive step's work item goes to: a user, a group or a queue. */
import type { Assignee, Orchestration } from '../../model/types';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';

export interface AssigneeFieldsProps {
  doc: Orchestration;
  assignee: Assignee | undefined;
  onChange: Edit<Assignee>;
  path: string;
  problems: ProblemIndex;
}

const TYPES = [
  { value: 'user', label: 'User' },
  { value: 'group', label: 'Group' },
  { value: 'queue', label: 'Queue' },
];

export function AssigneeFields({ doc, assignee, onChange, path, problems }: AssigneeFieldsProps) {
  const type = assignee?.type ?? 'user';
  const name = assignee?.name ?? '';
  const users = (doc.users ?? []).map((u) => ({
    value: u.username,
    label: `${u.name ?? u.username} (${u.username})${u.active === false ? ' — inactive' : ''}`,
    disabled: u.active === false,
  }));
  const errors = [...problems.at(`${path}.assignee`), ...problems.at(`${path}.assignee.name`)];
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <SelectField
        label="Assign to"
        value={type}
        options={TYPES}
        onChange={(t) => onChange({ type: t as Assignee['type'], name: t === type ? name : '' })}
      />
      {type === 'user' ? (
        <SelectField label="Assignee" value={name} options={users} placeholder="Choose a user…" errors={errors} onChange={(n) => onChange({ type, name: n })} />
      ) : (
        <TextField
          label="Assignee"
          value={name}
          placeholder={type === 'group' ? 'Group API name' : 'Queue API name'}
          errors={errors}
          onType={(n, gesture) => onChange({ type, name: n }, gesture)}
        />
      )}
    </div>
  );
}
