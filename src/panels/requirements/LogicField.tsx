/**
 * Condition logic of a requirement list: All (AND), Any (OR) or custom logic, parsed as the admin
 * types (R64). A fault is marked at its exact character and the message names unused rows.
 */
import { useId, useState } from 'react';
import { logicKind, parseLogic } from '../../model/logic';
import type { Edit } from '../fields/edit';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { labelClass, controlClass } from '../../ui/fields/styles';
import { useTypingGesture } from '../../ui/fields/useTypingGesture';
import { useChoiceGesture } from '../../ui/fields/useChoiceGesture';
import { allRowsLogic, unusedRows } from './logicEdit';
import { LogicErrorMarker } from './LogicErrorMarker';
import { problemPathProps } from '../../ui/problemField';

export interface LogicFieldProps {
  logic: string | undefined;
  rowCount: number;
  onChange: Edit<string>;
  /** The validator's problems at the logic's path. */
  errors?: readonly string[];
  /** False when the form offers All / Any / Custom itself (entry conditions): only the custom logic's text is shown. */
  showChoices?: boolean;
  /** The JSON path this field shows the problems of, for the Problems list's "Show it" (ui/problemField.ts). */
  problemPath?: string | undefined;
}

const CHOICES = [
  { value: 'and', label: 'All conditions are met (AND)' },
  { value: 'or', label: 'Any condition is met (OR)' },
  { value: 'custom', label: 'Custom condition logic is met' },
] as const;

/** The admin-facing message for a logic fault (all unused rows named at once). */
export function logicProblem(logic: string, rowCount: number): { message: string; position: number } | null {
  const result = parseLogic(logic, rowCount);
  if (result.ok) return null;
  const unused = unusedRows(logic, rowCount);
  if (/is not used/.test(result.error.message) && unused.length > 0) {
    const names = unused.length === 1 ? `Row ${unused[0]} is` : `Rows ${unused.slice(0, -1).join(', ')} and ${unused.at(-1)} are`;
    return { message: `${names} not used by the logic: use ${unused.length === 1 ? 'it' : 'them'} or remove ${unused.length === 1 ? 'the row' : 'the rows'}`, position: result.error.position };
  }
  return result.error;
}

/** Said while the admin has emptied the field: the design keeps its logic until there is some. */
const EMPTY_LOGIC = 'Type how the rows combine, e.g. 1 AND (2 OR 3); to need all or any of them, choose All or Any';

interface CustomLogicInputProps {
  logic: string | undefined;
  rowCount: number;
  onChange: Edit<string>;
  errors: readonly string[];
  /** While the admin types in it: the field stays even when what is typed reads as "and" or "or". */
  onEditing(editing: boolean): void;
  problemPath: string | undefined;
}

/**
 * The custom logic's text. It owns its typing gesture, so the gesture ends (one undo entry) when
 * the field loses focus or goes. While it has focus it shows what the admin typed: an emptied
 * field stays empty and says what to type, and the design keeps its last logic (an empty logic
 * would read as AND and take the field away mid-typing, focus with it).
 */
function CustomLogicInput({ logic, rowCount, onChange, errors, onEditing, problemPath }: CustomLogicInputProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const gesture = useTypingGesture();
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? logic ?? 'and';
  const empty = text.trim() === '';
  const problem = empty ? { message: EMPTY_LOGIC, position: 0 } : logicKind(text) === 'custom' ? logicProblem(text, rowCount) : null;
  const shown = problem ? [problem.message] : errors;
  return (
    <div>
      <label htmlFor={id} className={labelClass}>
        Condition logic
      </label>
      <input
        id={id}
        type="text"
        value={text}
        spellCheck={false}
        autoComplete="off"
        {...problemPathProps(problemPath)}
        className={`${controlClass} font-mono`}
        onFocus={() => onEditing(true)}
        onChange={(e) => {
          const next = e.target.value;
          setDraft(next);
          if (next.trim() !== '') onChange(next, gesture);
        }}
        onBlur={() => {
          setDraft(null);
          onEditing(false);
          gesture.commit();
        }}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          gesture.cancel();
          setDraft(null);
        }}
        {...messageAttributes(messagesId, undefined, shown)}
      />
      {problem && !empty && <LogicErrorMarker text={text} position={problem.position} />}
      <FieldMessages id={messagesId} errors={shown} hint={problem ? undefined : 'Row numbers with AND, OR, NOT and parentheses, e.g. 1 AND (2 OR 3)'} />
    </div>
  );
}

export function LogicField({ logic, rowCount, onChange, errors = [], showChoices = true, problemPath }: LogicFieldProps) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const kind = logicKind(logic);
  // arrow keys through the choices are one undo entry (ui/fields/useChoiceGesture.ts)
  const choice = useChoiceGesture();
  return (
    // the whole field carries the path too: without the custom text, the checked choice is where its problem is shown
    <div className="space-y-2" {...problemPathProps(problemPath)}>
      {showChoices && (
        <fieldset onKeyDown={choice.onKeyDown} onBlur={choice.onBlur}>
          <legend className={labelClass}>Condition requirements</legend>
          <div className="space-y-0.5">
            {CHOICES.map((c) => (
              <label key={c.value} className="flex items-center gap-2 text-sm text-ink-800">
                <input
                  type="radio"
                  name={`${id}-kind`}
                  value={c.value}
                  checked={kind === c.value}
                  className="accent-brand-500 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500"
                  onChange={() => onChange(c.value === 'custom' ? allRowsLogic(Math.max(rowCount, 1), kind === 'or' ? 'OR' : 'AND') : c.value)}
                />
                {c.label}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {(kind === 'custom' || editing) && <CustomLogicInput logic={logic} rowCount={rowCount} onChange={onChange} errors={errors} onEditing={setEditing} problemPath={problemPath} />}
    </div>
  );
}
