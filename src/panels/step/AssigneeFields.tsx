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
  // A user is named by username — one of the simulated org's users, offered as suggestions — or by
  // a resource that holds one (a real project's $Record.OwnerId, $Record.Owner.ManagerId): a list of
  // the org's users alone left a project with no users unable to assign anyone, and showed such a
  // reference as "not available".
  const suggestions = [
    ...(doc.users ?? []).filter((u) => u.active !== false).map((u) => u.username),
    ...(doc.trigger?.type === 'recordTriggered' ? ['$Record.OwnerId'] : []),
  ];
  const errors = [...problems.at(`${path}.assignee`), ...problems.at(`${path}.assignee.name`)];
  return (
    <div className="grid grid-cols-[7rem_1fr] gap-2">
      <SelectField
        label="Assign to"
        value={type}
        options={TYPES}
        onChange={(t) => onChange({ type: t as Assignee['type'], name: t === type ? name : '' })}
      />
      <TextField
        label="Assignee"
        value={name}
        placeholder={type === 'user' ? 'Username' : type === 'group' ? 'Group API name' : 'Queue API name'}
        // what a user field takes is said under it: as the placeholder, "Username, or a resource
        // ($Record.OwnerId)" was cut after "($Rec" in the field's width at 1280 and 1440 px
        hint={type === 'user' ? 'A username, or a resource that holds one, such as $Record.OwnerId' : undefined}
        suggestions={type === 'user' ? suggestions : undefined}
        errors={errors}
        // `….assignee.name` finds this field through its enclosing path (ui/problemField.ts)
        problemPath={`${path}.assignee`}
        onType={(n, gesture) => onChange({ type, name: n }, gesture)}
      />
    </div>
  );
}
