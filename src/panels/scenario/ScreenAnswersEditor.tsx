/**
 * Scenarios → Screen answers: for each interactive step whose screen flow the project gives, one
 * input per question of its screens (screenQuestions.ts), written to the scenario's
 * `steps[name].screenValues` — what the person closing the work item enters, by the run's unattended
 * close and by Complete work item alike. A field left empty takes its default, as in the run.
 */
import { useMemo } from 'react';
import { elementLabel } from '../../commands/queries';
import type { Orchestration, Scenario } from '../../model/types';
import { input } from './fieldStyles';
import { answerText, screenQuestions, withAnswer, type ScreenQuestion } from './screenQuestions';

function questionName(q: ScreenQuestion): string {
  return `${q.key}${q.output !== undefined ? `.${q.output}` : ''}`;
}

function AnswerInput({ label, question, value, onChange }: { label: string; question: ScreenQuestion; value: string; onChange: (text: string) => void }) {
  const options = question.kind === 'boolean' ? ['true', 'false'] : question.choices;
  if (options) {
    return (
      <select aria-label={label} className={input} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">(its default)</option>
        {value !== '' && !options.includes(value) && <option value={value}>{value}</option>}
        {options.map((o) => <option key={o} value={o}>{o}</option>)}
      </select>
    );
  }
  const placeholder = question.kind === 'date' ? 'YYYY-MM-DD' : question.kind === 'dateTime' ? 'YYYY-MM-DDThh:mm:ssZ' : question.output !== undefined ? 'text, number, true or false' : '(its default)';
  return <input aria-label={label} className={`${input} w-48`} inputMode={question.kind === 'number' ? 'decimal' : undefined} placeholder={placeholder} value={value} onChange={(e) => onChange(e.target.value)} />;
}

export function ScreenAnswersEditor({ doc, scenario, onChange }: { doc: Orchestration; scenario: Scenario; onChange: (s: Scenario) => void }) {
  const asked = useMemo(() => doc.stages.flatMap((s) => s.steps)
    .map((step) => ({ step, questions: screenQuestions(doc, step.name) }))
    .filter(({ questions }) => questions.length > 0), [doc]);
  if (asked.length === 0) return null;
  // two steps of one label (the incident demo's "(Engineering) Update Incident" in two stages) are told apart by API name
  const labels = asked.map(({ step }) => elementLabel(doc, step.name));
  const shared = new Set(labels.filter((l, i) => labels.indexOf(l) !== i));
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">Screen answers</legend>
      <p className="text-xs text-ink-600">What the person completing each work item enters in its screen flow. An answer left empty takes the field&apos;s default; a decision of the flow may send the user back to a screen until an answer changes.</p>
      {asked.map(({ step, questions }) => {
        const label = shared.has(elementLabel(doc, step.name)) ? `${elementLabel(doc, step.name)} (${step.name})` : elementLabel(doc, step.name);
        return (
          <div key={step.name} role="group" aria-label={`Screen answers of ${label}`} className="space-y-1">
            <p className="text-sm">{label}{' '}<span className="text-xs text-ink-600">(screen flow {step.flow})</span></p>
            <ul className="space-y-1 pl-2">
              {questions.map((q) => {
                const name = `${q.screen}: ${questionName(q)}`;
                return (
                  <li key={`${q.screen} ${questionName(q)}`} className="flex flex-wrap items-center gap-2 text-xs">
                    <span className="w-72 break-all font-mono">{name}{q.required ? ' (required)' : ''}</span>
                    <AnswerInput label={`${label}, ${name}`} question={q} value={answerText(scenario, step.name, q)} onChange={(text) => onChange(withAnswer(scenario, step.name, q, text))} />
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </fieldset>
  );
}
