/** The orchestration's variables: add, edit, remove. */
import { addVariable } from '../../commands/addVariable';
import { takenNames } from '../../commands/queries';
import { uniqueName } from '../../model/names';
import type { Orchestration } from '../../model/types';
import { buttonClass } from '../../ui/fields/styles';
import type { ProblemIndex } from '../../store/problems';
import { VariableEditor } from './VariableEditor';
import { useAppStore } from '../../store/appStore';
import { useRef } from 'react';
import { focusAddedRow, focusAfterRemovedRow, type RowList } from '../fields/rowFocus';

export function VariablesEditor({ doc, problems }: { doc: Orchestration; problems: ProblemIndex }) {
  const dispatch = useAppStore((s) => s.dispatch);
  const variables = doc.variables ?? [];
  const listRef = useRef<HTMLUListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const rows: RowList = { list: () => listRef.current, add: () => addRef.current };
  const add = () => {
    dispatch(addVariable, { variable: { name: uniqueName('newVariable', takenNames(doc)), type: 'Text' } });
    focusAddedRow(rows, variables.length);
  };
  return (
    <div className="space-y-2">
      {variables.length === 0 && <p className="text-xs text-ink-600">No variables yet.</p>}
      <ul ref={listRef} className="space-y-2">
        {variables.map((v, i) => (
          <li key={i}>
            <VariableEditor variable={v} index={i} problems={problems} onRemoved={() => focusAfterRemovedRow(rows, i)} />
          </li>
        ))}
      </ul>
      <button ref={addRef} type="button" className={buttonClass} onClick={add}>
        + Add variable
      </button>
    </div>
  );
}
