/** One outcome of a decision: its label, API name, requirements and where it leads. */
import { useId } from 'react';
import type { DecisionOutcome, Orchestration } from '../../model/types';
import { TargetPicker } from '../conditions/TargetPicker';
import type { Edit } from '../fields/edit';
import { iconButtonClass } from '../../ui/fields/styles';
import { TextField } from '../../ui/fields/TextField';
import type { ProblemIndex } from '../../store/problems';
import { RequirementEditor } from '../requirements/RequirementEditor';
import { apiNameProblem } from '../../model/names';
import { nameAfterRelabel } from '../../model/labelFollowing';

export interface OutcomeEditorProps {
  doc: Orchestration;
  decision: string;
  /** The names of the decision's other outcomes: an API name that follows the label stays unique among them. */
  siblingNames: ReadonlySet<string>;
  /** Whether the project file the design was opened from holds this outcome: then its API name stays when the label changes. */
  isSavedInProject(): boolean;
  index: number;
  count: number;
  outcome: DecisionOutcome;
  onChange: Edit<DecisionOutcome>;
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
  path: string;
  problems: ProblemIndex;
}

export function OutcomeEditor(props: OutcomeEditorProps) {
  const { doc, decision, siblingNames, isSavedInProject, index, count, outcome, onChange, onMove, onRemove, path, problems } = props;
  const n = index + 1;
  const title = outcome.label ?? outcome.name;
  const nameProblem = apiNameProblem(outcome.name);
  const legendId = useId();
  return (
    <li>
      <fieldset className="space-y-2 rounded border border-ink-400/30 bg-white p-2">
        <legend id={legendId} className="px-1 text-xs font-semibold text-ink-600">
          Outcome {n}: {title}
        </legend>
        <div className="flex justify-end gap-1">
          <button type="button" className={iconButtonClass} aria-label={`Move outcome ${n} up`} aria-describedby={legendId} data-row-control="up" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
            ↑
          </button>
          <button type="button" className={iconButtonClass} aria-label={`Move outcome ${n} down`} aria-describedby={legendId} data-row-control="down" disabled={index === count - 1} onClick={() => onMove(index, index + 1)}>
            ↓
          </button>
          <button type="button" className={iconButtonClass} aria-label={`Remove outcome ${n}`} aria-describedby={legendId} data-row-control="remove" onClick={() => onRemove(index)}>
            ✕
          </button>
        </div>
        {/*
          one above the other, as the decision's Label and API Name: side by side, each half of the
          panel, loan-approval's "Large loan with good credit" read "Large loan with good cre"
        */}
        <div className="grid gap-2">
          <TextField
            label="Outcome label"
            value={outcome.label ?? ''}
            errors={problems.at(`${path}.label`)}
            problemPath={`${path}.label`}
            // As in Flow Builder, the API name follows the label while it is the one the label derives
            // (model/labelFollowing.ts); an API name the admin typed, or the project file's, stays.
            onType={(label, g) => {
              const name = isSavedInProject() ? outcome.name : nameAfterRelabel(outcome.name, outcome.label, label, siblingNames);
              onChange({ ...outcome, name, ...(label ? { label } : { label: undefined }) }, g);
            }}
          />
          <TextField
            label="Outcome API name"
            value={outcome.name}
            errors={[...(nameProblem ? [nameProblem] : []), ...problems.at(`${path}.name`)]}
            problemPath={`${path}.name`}
            onType={(name, g) => onChange({ ...outcome, name }, g)}
          />
        </div>
        <RequirementEditor
          title={`Requirements for ${title}`}
          value={outcome}
          path={path}
          problems={problems}
          onChange={(list, g) => onChange({ ...outcome, ...list }, g)}
        />
        <TargetPicker
          doc={doc}
          label="Then go to"
          self={decision}
          value={outcome.next}
          noneLabel="End the orchestration"
          errors={problems.at(`${path}.next`)}
          problemPath={`${path}.next`}
          onChange={(next) => onChange({ ...outcome, next })}
        />
      </fieldset>
    </li>
  );
}
