/**
 * How a scenario's run is launched: the calendar instant at virtual time 0 (`startAt`, read by
 * `$Flow.CurrentDateTime`, `NOW()` and `TODAY()`), the simulation's limits (RunLimitsEditor), and
 * the values the launcher passes to the orchestration's input variables (`inputs`; Flow Builder's
 * "Available for input"). An input the launcher does not pass starts with the variable's own
 * starting value, as in Salesforce.
 */
import type { Orchestration, Scenario, Variable } from '../../model/types';
import { DEFAULT_RUN_START, runStartMs } from '../../flows/virtualClock';
import { calendarText } from '../../ui/calendarText';
import { RecordFieldsEditor } from '../orchestration/RecordFieldsEditor';
import { RecordInputReads } from './RecordInputReads';
import { RunLimitsEditor } from './RunLimitsEditor';
import { VariableValueInput } from '../orchestration/VariableValueInput';
import { button, input } from './fieldStyles';
import { withEntry, withField } from './scenarioFields';

type Inputs = NonNullable<Scenario['inputs']>;
type InputValue = Inputs[string];
type Scalar = string | number | boolean | null;

/** What a newly passed input starts as: the variable's own starting value, else an empty value of its type. */
function firstValue(variable: Variable): InputValue {
  if (variable.value !== undefined && variable.value !== null) return variable.value;
  switch (variable.type) {
    case 'Text': return '';
    case 'Number': return 0;
    case 'Boolean': return false;
    case 'Record': return {};
    default: return null;
  }
}

/** The variable's own starting value, shown while the launcher does not pass one. */
function ownValue(variable: Variable): string {
  const value = variable.value;
  if (value === undefined || value === null) return 'empty';
  return typeof value === 'object' ? `${Object.keys(value).length} field${Object.keys(value).length === 1 ? '' : 's'}` : JSON.stringify(value);
}

/** "Boolean", "User record": the variable's type as the admin named it. */
function typeWords(variable: Variable): string {
  return variable.type === 'Record' ? `${variable.object ?? 'Record'} record` : variable.type;
}

export function LaunchEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const available = (doc.variables ?? []).filter((v) => v.input === true);
  const inputs: Inputs = scenario.inputs ?? {};
  const unknown = Object.keys(inputs).filter((name) => !available.some((v) => v.name === name));
  const setInput = (name: string, value: InputValue | undefined) => onChange(withField(scenario, 'inputs', withEntry(inputs, name, value)));
  const setStart = (value: string) => onChange(withField(scenario, 'startAt', value === '' ? undefined : `${value.slice(0, 16)}:00Z`));
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Launch</legend>
      <div className="space-y-1">
        <label className="flex flex-wrap items-center gap-2 text-sm">
          The run starts at (UTC)
          <input
            type="datetime-local"
            aria-describedby="launch-start-help"
            className={input}
            value={scenario.startAt?.slice(0, 16) ?? ''}
            onChange={(e) => setStart(e.target.value)}
          />
        </label>
        <p id="launch-start-help" className="text-xs text-ink-600">
          The date and time at the run&apos;s 0 ms, read by $Flow.CurrentDateTime, NOW() and TODAY().
          {scenario.startAt ? '' : ` Not set: ${calendarText(runStartMs(DEFAULT_RUN_START))}.`}
        </p>
      </div>
      <RunLimitsEditor scenario={scenario} onChange={onChange} />
      {available.length > 0 && (
        <div className="space-y-1">
          <p className="text-sm">Input variables the launcher passes</p>
          <ul className="space-y-2">
            {available.map((variable) => {
              const passed = Object.prototype.hasOwnProperty.call(inputs, variable.name);
              const value = inputs[variable.name];
              return (
                <li key={variable.name} className="space-y-1 rounded border border-ink-400/20 p-1">
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      checked={passed}
                      onChange={(e) => setInput(variable.name, e.target.checked ? firstValue(variable) : undefined)}
                    />
                    <span>
                      Pass <span className="font-mono">{variable.name}</span> ({typeWords(variable)})
                      {!passed && <span className="text-ink-600"> — not passed: starts with its own value, {ownValue(variable)}</span>}
                    </span>
                  </label>
                  {passed && variable.type === 'Record' && (
                    <>
                      <RecordFieldsEditor
                        variable={variable.name}
                        value={value !== null && typeof value === 'object' ? value : {}}
                        onChange={(fields) => setInput(variable.name, fields)}
                      />
                      <RecordInputReads doc={doc} variable={variable} scenario={scenario} onChange={onChange} />
                    </>
                  )}
                  {passed && variable.type !== 'Record' && (
                    <VariableValueInput
                      type={variable.type}
                      label={`${variable.name} value`}
                      value={value !== undefined && (value === null || typeof value !== 'object') ? (value as Scalar) : undefined}
                      onChange={(next) => setInput(variable.name, next)}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {unknown.map((name) => (
        <p key={name} className="flex flex-wrap items-center gap-2 text-sm text-status-error">
          <span>
            <span className="font-mono">{name}</span> is not an input variable of this orchestration, so the launcher cannot pass it.
          </span>
          <button type="button" className={button} aria-label={`Remove the input ${name}`} onClick={() => setInput(name, undefined)}>
            Remove
          </button>
        </p>
      ))}
    </fieldset>
  );
}
