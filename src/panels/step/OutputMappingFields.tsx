/** Stores a flow's outputs in orchestration variables (R24). */
import type { Orchestration } from '../../model/types';
import type { Edit } from '../fields/edit';
import { SelectField } from '../../ui/fields/SelectField';
import type { ProblemIndex } from '../../store/problems';
import { own } from '../../model/ownKey';
import { problemPathProps } from '../../ui/problemField';

export interface OutputMappingFieldsProps {
  doc: Orchestration;
  outputs: readonly string[];
  value: Record<string, string> | undefined;
  onChange: Edit<Record<string, string>>;
  path: string;
  problems: ProblemIndex;
}

export function OutputMappingFields({ doc, outputs, value = {}, onChange, path, problems }: OutputMappingFieldsProps) {
  if (outputs.length === 0) return <p className="text-xs text-ink-600">Flow outputs: the flow has no outputs.</p>;
  const variables = (doc.variables ?? []).filter((v) => v.type !== 'Record').map((v) => ({ value: v.name, label: `${v.name} (${v.type})` }));
  return (
    <fieldset className="space-y-2" {...problemPathProps(path)}>
      <legend className="text-xs font-semibold text-ink-600">Flow outputs → orchestration variables</legend>
      {outputs.map((output) => (
        <SelectField
          key={output}
          label={`Store ${output} in`}
          value={own(value, output) ?? ''}
          options={variables}
          placeholder="Don’t store (still readable as a step output)"
          errors={problems.at(`${path}.${output}`)}
          problemPath={`${path}.${output}`}
          onChange={(variable) => {
            const next = { ...value };
            if (variable) next[output] = variable;
            else delete next[output];
            onChange(next);
          }}
        />
      ))}
    </fieldset>
  );
}
