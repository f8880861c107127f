/**
 * A screen field's "Validate Input" rule (`<validationRule>`), checked when the screen's answers are
 * taken, as Salesforce checks it when the user clicks Next. Salesforce Help ("Improve Data Quality by
 * Validating User Input"): the formula must return a Boolean; true, the input is valid; false, the
 * user sees the error message and the screen does not move on. The formula reads the field's own
 * answer by the field's name (`{!CompanyNameInput}`), and the other fields of the screen by theirs.
 *
 * Here a refused answer fails the screen (a fault of the screen element) with a message naming the
 * screen, the field, the answer and the rule's error message, shown as plain text. A blank answer is
 * not checked by the rule (the rule is about a value the user entered); a blank answer to a required
 * field is refused as the field being required, as Salesforce's standard required check refuses it.
 * Only answers the caller gave are checked: a field left to its default was not answered. A formula
 * the evaluator cannot evaluate stops the run as unsupported, naming it (never a silent pass).
 */
import type { ScreenField } from '../../definition';
import type { Frame } from '../frame';
import { fault } from '../stop';

const MESSAGE_CAP = 1000;
const VALUE_CAP = 200;

/** HTML entities Flow Builder's rich text editor writes, beyond the numeric ones. */
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Tags that end a line or a block: they leave a space between the words they separate. */
const BREAKING = /^\/?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre)\b/i;

/** Whitespace runs and control characters (C0, DEL, C1) as one space; trimmed. */
function collapse(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** One pass over HTML entities: `&amp;lt;` gives `&lt;`, never `<`. Unknown entities stay as written. */
function decodeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, body: string) => {
    if (!body.startsWith('#')) return ENTITIES[body.toLowerCase()] ?? whole;
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Rich text (Flow Builder's error message editor: `<p>Company Name is <b>required</b></p>`) as plain
 * text: tags dropped (a block or line break leaves a space), entities decoded once, whitespace and
 * control characters collapsed. Nothing is rendered or run: the result is only ever printed. Linear in
 * the text's length (a `<` with no `>` after it is text).
 */
export function plainText(rich: string): string {
  let out = '';
  let i = 0;
  while (i < rich.length) {
    const open = rich.indexOf('<', i);
    if (open < 0) {
      out += rich.slice(i);
      break;
    }
    out += rich.slice(i, open);
    const next = rich[open + 1] ?? '';
    if (!/[a-zA-Z/!?]/.test(next)) {
      out += '<';
      i = open + 1;
      continue;
    }
    const close = rich.indexOf('>', open + 1);
    if (close < 0) {
      out += rich.slice(open);
      break;
    }
    if (BREAKING.test(rich.slice(open + 1, Math.min(close, open + 12)))) out += ' ';
    i = close + 1;
  }
  return collapse(decodeHtmlEntities(out));
}

function capped(text: string, cap: number): string {
  return text.length <= cap ? text : `${text.slice(0, cap)}…`;
}

/** Blank: nothing given, an empty text, an empty list, a component's outputs all blank. A checkbox's false is an answer. */
function isBlank(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.every(isBlank);
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).every(isBlank);
  return false;
}

/** The answer as the message quotes it: `"A"`, `42`, `["a","b"]`, cut at 200 characters. */
function quoted(value: unknown): string {
  return capped(JSON.stringify(value) ?? String(value), VALUE_CAP);
}

/**
 * Checks the answer the caller gave to `field` on screen `screen` (after every field of the screen
 * holds its answer, so a rule can compare two of them): a blank answer to a required field is
 * refused; a non-blank answer must make the field's validation rule true.
 */
export function checkScreenAnswer(frame: Frame, screen: string, field: ScreenField, answer: { found: boolean; value: unknown }): void {
  if (!answer.found) return;
  const where = `screen ${screen}, field ${field.name}`;
  if (isBlank(answer.value) || (field.isRequired === true && answer.value === false && field.fieldType === 'InputField')) {
    if (field.isRequired === true) throw fault(`${where}: ${quoted(answer.value ?? null)} is refused: the field is required`);
    return;
  }
  const rule = field.validationRule;
  if (!rule) return;
  const result = frame.evaluateExpression(`validation:${screen.toLowerCase()}.${field.name.toLowerCase()}`, rule.formula, 'Boolean', `${where}: its validation rule`);
  if (result.value === true) return;
  const text = collapse(String(frame.valueOf({ string: plainText(rule.errorMessage) }).value ?? ''));
  const message = text === '' ? '' : `: ${capped(text, MESSAGE_CAP)}`;
  throw fault(`${where}: ${quoted(answer.value)} is refused by its validation rule${message}`);
}
