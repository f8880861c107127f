/**
 * An interactive step's "Related Record ID" (`ActionInput__RecordId`), as Salesforce's builder
 * shows it: the record the work item is about, which Salesforce requires before it activates the
 * orchestration (model/validateActivation.ts). It belongs to the step, not to its screen flow, so
 * it is its own field, kept when the flow changes, and not listed among the flow's inputs.
 */
import type { Edit } from '../fields/edit';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import { RELATED_RECORD_INPUT } from '../../model/engineInputs';
import { inputText, type InputValue } from '../../model/inputValue';
import { useResourceRefs } from '../conditions/useResourceRefs';

export interface RelatedRecordFieldProps {
  /** The step's inputs (the related record is one of them in the file). */
  inputs: Readonly<Record<string, InputValue>> | undefined;
  onChange: Edit<Record<string, InputValue>>;
  /** JSON path of the step's `inputs` object. */
  path: string;
  problems: ProblemIndex;
}

export function RelatedRecordField({ inputs = {}, onChange, path, problems }: RelatedRecordFieldProps) {
  const refs = useResourceRefs();
  return (
    <TextField
      label="Related Record ID"
      value={inputText(inputs[RELATED_RECORD_INPUT] ?? '')}
      suggestions={refs.filter((ref) => /(^|\.)Id$/.test(ref))}
      placeholder="$Record.Id or another record's Id"
      hint="The record the work item is about: its page shows the work item. Salesforce requires it before it activates the orchestration."
      errors={problems.at(`${path}.${RELATED_RECORD_INPUT}`)}
      problemPath={`${path}.${RELATED_RECORD_INPUT}`}
      onType={(text, gesture) => {
        const next = { ...inputs };
        if (text === '') delete next[RELATED_RECORD_INPUT];
        else next[RELATED_RECORD_INPUT] = text;
        onChange(next, gesture);
      }}
    />
  );
}

/** Only the related record of `inputs` (what a step keeps when its flow changes), or undefined. */
export function onlyRelatedRecord(inputs: Readonly<Record<string, InputValue>> | undefined): Record<string, InputValue> | undefined {
  const related = inputs?.[RELATED_RECORD_INPUT];
  return related === undefined || related === '' ? undefined : { [RELATED_RECORD_INPUT]: related };
}

