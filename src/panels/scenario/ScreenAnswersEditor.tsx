/**
 * Scenarios → Screen answers: for each interactive step whose screen flow the project gives, one
 * input per question of its screens (screenQuestions.ts), written to the scenario's
 * `steps[name].screenValues` — what the person closing the work item enters, by the run's unattended
 * close and by Complete work item alike. A field left empty takes its default, as in the run. A
 * Repeater's children are answered item by item (RepeaterAnswers.tsx).
 */
import { useMemo } from 'react';
import { elementLabel } from '../../commands/queries';
import type { Orchestration, Scenario } from '../../model/types';
import { AnswerInput, questionName } from './AnswerInput';
import { RepeaterAnswers } from './RepeaterAnswers';
import { answerText, screenQuestions, withAnswer, type ScreenQuestion } from './screenQuestions';
import { BREAKABLE_CLASS, breakableName } from '../../ui/breakableName';

/** The step's questions as the editor lists them: the screen's own, and each Repeater's children together at the Repeater's place. */
type Row = { question: ScreenQuestion } | { screen: string; repeater: string; questions: ScreenQuestion[] };

function rowsOf(questions: readonly ScreenQuestion[]): Row[] {
  const rows: Row[] = [];
  for (const question of questions) {
    const { repeater } = question;
    if (repeater === undefined) { rows.push({ question }); continue; }
    const row = rows.find((r) => 'repeater' in r && r.screen === question.screen && r.repeater === repeater);
    if (row && 'repeater' in row) row.questions.push(question);
    else rows.push({ screen: question.screen, repeater, questions: [question] });
  }
  return rows;
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
              {rowsOf(questions).map((row) => {
                if ('repeater' in row) {
                  return <RepeaterAnswers key={`${row.screen} ${row.repeater}`} label={label} stepName={step.name} screen={row.screen} repeater={row.repeater} questions={row.questions} scenario={scenario} onChange={onChange} />;
                }
                const q = row.question;
                const name = `${q.screen}: ${questionName(q)}`;
                return (
                  <li key={`${q.screen} ${questionName(q)}`} className="flex flex-wrap items-center gap-2 text-xs">
                    <span className={`w-72 ${BREAKABLE_CLASS} font-mono`}>{breakableName(name)}{q.required ? ' (required)' : ''}</span>
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
