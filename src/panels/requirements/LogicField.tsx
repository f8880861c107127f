/**
 * Condition logic of a requirement list: All (AND), Any (OR) or custom logic, parsed as the admin
 * types (R64). A fault is marked at its exact character and the message names unused rows.
 */
import { useId } from 'react';
import { logicKind, parseLogic } from '../../model/logic';
import type { Edit } from '../fields/edit';
import { FieldMessages, messageAttributes } from '../../ui/fields/FieldMessages';
import { labelClass, controlClass } from '../../ui/fields/styles';
import { useTypingGesture } from '../../ui/fields/useTypingGesture';
import { allRowsLogic, unusedRows } from './logicEdit';
import { LogicErrorMarker } from './LogicErrorMarker';

export interface LogicFieldProps {
  logic: string | undefined;
  rowCount: number;
  onChange: Edit<string>;
  /** The validator's problems at the logic's path. */
  errors?: readonly string[];
  /** False when the form offers All / Any / Custom itself (entry conditions): only the custom logic's text is shown. */
  showChoices?: boolean;
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

export function LogicField({ logic, rowCount, onChange, errors = [], showChoices = true }: LogicFieldProps) {
  const id = useId();
  const messagesId = `${id}-messages`;
  const gesture = useTypingGesture();
  const kind = logicKind(logic);
  const text = logic ?? 'and';
  const problem = kind === 'custom' ? logicProblem(text, rowCount) : null;
  const shown = problem ? [problem.message] : errors;
  return (
    <div className="space-y-2">
      {showChoices && (
        <fieldset>
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
      {kind === 'custom' && (
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
            className={`${controlClass} font-mono`}
            onChange={(e) => onChange(e.target.value, gesture)}
            onBlur={gesture.commit}
            onKeyDown={(e) => e.key === 'Escape' && gesture.cancel()}
            {...messageAttributes(messagesId, undefined, shown)}
          />
          {problem && <LogicErrorMarker text={text} position={problem.position} />}
          <FieldMessages id={messagesId} errors={shown} hint={problem ? undefined : 'Row numbers with AND, OR, NOT and parentheses, e.g. 1 AND (2 OR 3)'} />
        </div>
      )}
    </div>
  );
}
