/**
 * Maps a flow's inputs to resource references or literal values (R50): one text field per input,
 * suggesting the orchestration's resources. A flow read from a project declares its inputs' types
 * (`parameters`): each row says it (`Number`, `Account record`, `String collection`).
 */
import { useId } from 'react';
import type { Edit } from '../fields/edit';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import type { FlowParameter } from '../../model/types';
import { inputText, type InputValue } from '../../model/inputValue';
import { parameterType } from './parameterType';
import { useResourceRefs } from './useResourceRefs';
import { own } from '../../model/ownKey';
import { problemPathProps } from '../../ui/problemField';

export interface InputMappingFieldsProps {
  title: string;
  inputs: readonly string[];
  /** Text, or a number or boolean literal a file gave (shown as text; an edit stores text). */
  value: Readonly<Record<string, InputValue>> | undefined;
  onChange: Edit<Record<string, InputValue>>;
  /** JSON path of the `inputs` object. */
  path: string;
  problems: ProblemIndex;
  /** The flow's declared variables (a flow read from a project), for the inputs' types. */
  parameters?: readonly FlowParameter[] | undefined;
  /** Keys of `value` another field shows (an interactive step's related record): not listed, kept as they are. */
  shownElsewhere?: readonly string[];
}

export function InputMappingFields({ title, inputs, value = {}, onChange, path, problems, parameters, shownElsewhere = [] }: InputMappingFieldsProps) {
  const listId = useId();
  const refs = useResourceRefs();
  const extra = Object.keys(value).filter((k) => !inputs.includes(k) && !shownElsewhere.includes(k));
  if (inputs.length === 0 && extra.length === 0) return <p className="text-xs text-ink-600">{title}: the flow has no inputs.</p>;
  const set = (key: string, text: string, gesture: Parameters<Edit<Record<string, InputValue>>>[1]) => {
    const next = { ...value };
    if (text === '') delete next[key];
    else next[key] = text;
    onChange(next, gesture);
  };
  return (
    <fieldset className="space-y-2" {...problemPathProps(path)}>
      <legend className="text-xs font-semibold text-ink-600">{title}</legend>
      <datalist id={listId}>
        {refs.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      {[...inputs, ...extra].map((input) => (
        <TextField
          key={input}
          label={inputs.includes(input) ? input : `${input} (not an input of this flow)`}
          value={inputText(own(value, input) ?? '')}
          list={listId}
          placeholder="Resource (e.g. hire.Id) or a value"
          errors={problems.at(`${path}.${input}`)}
          problemPath={`${path}.${input}`}
          hint={typeHint(parameters, input)}
          onType={(text, gesture) => set(input, text, gesture)}
        />
      ))}
    </fieldset>
  );
}

function typeHint(parameters: readonly FlowParameter[] | undefined, input: string): string | undefined {
  const parameter = parameters?.find((p) => p.name === input && p.direction !== 'output');
  return parameter ? `Type: ${parameterType(parameter)}` : undefined;
}
