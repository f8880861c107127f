/** The input of one screen question (Scenarios → Screen answers): a list of its choices or true/false, else a text box. */
import { input } from './fieldStyles';
import type { ScreenQuestion } from './screenQuestions';

/** The question's name as its input is labelled: the field, a component's `field.output`. */
export function questionName(q: ScreenQuestion): string {
  return `${q.key}${q.output !== undefined ? `.${q.output}` : ''}`;
}

export function AnswerInput({ label, question, value, onChange }: { label: string; question: ScreenQuestion; value: string; onChange: (text: string) => void }) {
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
