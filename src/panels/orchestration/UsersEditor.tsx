/** The simulated org's users: add, rename, deactivate, remove (run-as and assignees read them). */
import { addUser } from '../../commands/addUser';
import { removeUser } from '../../commands/removeUser';
import { updateUser } from '../../commands/updateUser';
import type { Orchestration } from '../../model/types';
import { CheckboxField } from '../../ui/fields/CheckboxField';
import { DraftTextField } from '../../ui/fields/DraftTextField';
import { buttonClass, iconButtonClass } from '../../ui/fields/styles';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import { useAppStore } from '../../store/appStore';
import { useId, useRef } from 'react';
import { focusAddedRow, focusAfterRemovedRow, type RowList } from '../fields/rowFocus';

export function UsersEditor({ doc, problems }: { doc: Orchestration; problems: ProblemIndex }) {
  const users = doc.users ?? [];
  const dispatch = useAppStore((s) => s.dispatch);
  const listRef = useRef<HTMLUListElement>(null);
  const rowsId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const rows: RowList = { list: () => listRef.current, add: () => addRef.current };
  const add = () => {
    const taken = new Set(users.map((u) => u.username));
    let n = users.length + 1;
    while (taken.has(`user${n}`)) n++;
    dispatch(addUser, { user: { username: `user${n}`, name: `User ${n}`, active: true } });
    focusAddedRow(rows, users.length);
  };
  return (
    <div className="space-y-2">
      <ul ref={listRef} className="space-y-2">
        {users.map((u, i) => (
          <li key={i}>
            <fieldset className="rounded border border-ink-400/30 bg-white p-2">
              <legend id={`${rowsId}-${i}`} className="px-1 text-xs font-semibold text-ink-600">
                User {u.name ?? u.username}
                {u.active === false ? ' (inactive)' : ''}
              </legend>
              <div className="grid grid-cols-[1fr_1fr_auto] items-end gap-2">
                <DraftTextField
                  label="Username"
                  value={u.username}
                  mono
                  errors={problems.at(`users[${i}].username`)}
                  check={(t) => (t.trim() === '' ? 'A username is required' : users.some((x) => x.username === t) ? `"${t}" is already a user` : null)}
                  apply={(username) => dispatch(updateUser, { username: u.username, changes: { username } })}
                />
                <TextField
                  label="Full name"
                  value={u.name ?? ''}
                  onType={(name, g) => g.type(updateUser, { username: u.username, changes: { name } })}
                />
                <button type="button" className={iconButtonClass} aria-label="Remove user" aria-describedby={`${rowsId}-${i}`} data-row-control="remove" onClick={() => { dispatch(removeUser, { username: u.username }); focusAfterRemovedRow(rows, i); }}>
                  ✕
                </button>
              </div>
              <div className="mt-1">
                <CheckboxField label="Active" checked={u.active !== false} onChange={(active) => dispatch(updateUser, { username: u.username, changes: { active } })} />
              </div>
            </fieldset>
          </li>
        ))}
      </ul>
      <button ref={addRef} type="button" className={buttonClass} onClick={add}>
        + Add user
      </button>
    </div>
  );
}
