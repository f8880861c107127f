/** One orchestration variable: name, type and starting value (record fields for a Record). */
import { useId } from 'react';
import { removeVariable } from '../../commands/removeVariable';
import { updateVariable } from '../../commands/updateVariable';
import { VARIABLE_TYPES } from '../../model/schemaConstants';
import type { Variable } from '../../model/types';
import { ApiNameField } from '../fields/ApiNameField';
import { commandEdit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import { iconButtonClass } from '../../ui/fields/styles';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import { RecordFieldsEditor } from './RecordFieldsEditor';
import { VariableValueInput } from './VariableValueInput';
import { useAppStore } from '../../store/appStore';

export interface VariableEditorProps {
  variable: Variable;
  index: number;
  problems: ProblemIndex;
  /** Called once the variable is removed (to put focus where its row was). */
  onRemoved?: () => void;
}

function retyped(variable: Variable, type: Variable['type']): Variable {
  if (type === 'Record') return { name: variable.name, type, object: '', value: {} };
  return { name: variable.name, type };
}

export function VariableEditor({ variable, index, problems, onRemoved }: VariableEditorProps) {
  const path = `variables[${index}]`;
  const edit = commandEdit(updateVariable, (v: Variable) => ({ name: variable.name, variable: v }));
  const dispatch = useAppStore((s) => s.dispatch);
  const legendId = useId();
  return (
    <fieldset className="space-y-2 rounded border border-ink-400/30 bg-white p-2">
      <legend id={legendId} className="px-1 text-xs font-semibold text-ink-600">Variable {variable.name}</legend>
      <div className="grid grid-cols-[1fr_7rem_auto] items-start gap-2">
        <ApiNameField label="Variable name" name={variable.name} errors={problems.at(`${path}.name`)} />
        <SelectField
          label="Data type"
          value={variable.type}
          options={VARIABLE_TYPES.map((t) => ({ value: t, label: t === 'DateTime' ? 'Date/Time' : t }))}
          onChange={(t) => edit(retyped(variable, t as Variable['type']))}
        />
        <button type="button" className={`${iconButtonClass} mt-5`} aria-label="Remove variable" aria-describedby={legendId} data-row-control="remove" onClick={() => { dispatch(removeVariable, { name: variable.name }); onRemoved?.(); }}>
          ✕
        </button>
      </div>
      {variable.type === 'Record' ? (
        <>
          <TextField
            label="Record object"
            value={variable.object ?? ''}
            placeholder="e.g. Contact"
            onType={(object, g) => edit({ ...variable, object }, g)}
          />
          <RecordFieldsEditor variable={variable.name} value={variable.value ?? {}} onChange={(value, g) => edit({ ...variable, value }, g)} />
        </>
      ) : (
        <VariableValueInput
          type={variable.type}
          value={variable.value}
          errors={problems.under(`${path}.value`).map((p) => p.message)}
          onChange={(value, g) => edit({ ...variable, value } as Variable, g)}
        />
      )}
    </fieldset>
  );
}
