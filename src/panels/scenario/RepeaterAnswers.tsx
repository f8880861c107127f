/**
 * Scenarios → Screen answers of a screen **Repeater**: the run takes its answer as a list of items,
 * each an object of child field name → answer (docs/flows.md, screens row). The editor shows the
 * items the scenario gives, one input per child question in each, and adds or removes items; with
 * no items given the run shows the Repeater's default items (one per record of its source
 * collection, else one), each child at its default.
 */
import type { Scenario } from '../../model/types';
import { AnswerInput, questionName } from './AnswerInput';
import { button } from './fieldStyles';
import { answerText, repeaterItems, withAnswer, withDefaultItems, withItemAdded, withItemRemoved, type ScreenQuestion } from './screenQuestions';
import { BREAKABLE_CLASS, breakableName } from '../../ui/breakableName';

interface RepeaterAnswersProps {
  /** the step's label, as its other answers' inputs begin */
  label: string;
  stepName: string;
  screen: string;
  repeater: string;
  /** the questions of the Repeater's children, asked once per item */
  questions: readonly ScreenQuestion[];
  scenario: Scenario;
  onChange: (s: Scenario) => void;
}

export function RepeaterAnswers({ label, stepName, screen, repeater, questions, scenario, onChange }: RepeaterAnswersProps) {
  const items = repeaterItems(scenario, stepName, repeater);
  const name = `${screen}: ${repeater}`;
  return (
    <li role="group" aria-label={`${label}, ${name} (Repeater)`} className="space-y-1 text-xs">
      <span className={`${BREAKABLE_CLASS} font-mono`}>{breakableName(name)} (Repeater)</span>
      {items === undefined && <p className="text-ink-600">No items given: the run shows its default items (one per record of its source collection, else one), each field at its default.</p>}
      {items?.length === 0 && <p className="text-ink-600">No items: the user removed every item.</p>}
      {items?.map((_, i) => (
        <div key={i} role="group" aria-label={`${label}, ${name} item ${i + 1}`} className="space-y-1 border-l border-ink-400/40 pl-2">
          <div className="flex items-center gap-2">
            <span>Item {i + 1}</span>
            <button type="button" className={button} onClick={() => onChange(withItemRemoved(scenario, stepName, repeater, i))}>Remove item {i + 1}</button>
          </div>
          {questions.map((q) => {
            const field = `${name}[item ${i + 1}].${questionName(q)}`;
            return (
              <div key={questionName(q)} className="flex flex-wrap items-center gap-2">
                <span className={`w-72 ${BREAKABLE_CLASS} font-mono`}>{breakableName(questionName(q))}{q.required ? ' (required)' : ''}</span>
                <AnswerInput label={`${label}, ${field}`} question={q} value={answerText(scenario, stepName, q, i)} onChange={(text) => onChange(withAnswer(scenario, stepName, q, text, i))} />
              </div>
            );
          })}
        </div>
      ))}
      <div className="flex gap-2">
        <button type="button" className={button} onClick={() => onChange(withItemAdded(scenario, stepName, repeater))}>Add item to {repeater}</button>
        {items !== undefined && <button type="button" className={button} onClick={() => onChange(withDefaultItems(scenario, stepName, repeater))}>Use {repeater}&apos;s default items</button>}
      </div>
    </li>
  );
}
