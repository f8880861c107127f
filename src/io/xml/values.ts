/**
 * `FlowElementReferenceOrValue` (`<value>`, `<rightValue>`, `<assignee>`) ↔ the model's values.
 * Input maps and assignees hold plain strings, so whether a string is written as
 * `<elementReference>` or `<stringValue>` is decided by what it names: a `$` global, or a dotted
 * or plain name whose head is an element or variable of the orchestration.
 */
import type { RightValue } from '../../model/types';
import { DeclaredNames } from './xmlNames';
import { childrenOf, isLeaf, leaf, element, type XmlNode } from './xmlNode';

/** A path step after a dot: a field or relationship, or a polymorphic one (`Owner:User`), as references.ts reads them. */
const STEP = String.raw`\.[A-Za-z_][A-Za-z0-9_]*(?::[A-Za-z][A-Za-z0-9_]*)?`;
const GLOBAL_REFERENCE = new RegExp(String.raw`^\$[A-Za-z_][A-Za-z0-9_]*(${STEP})*$`);
const NAME_REFERENCE = new RegExp(String.raw`^([A-Za-z][A-Za-z0-9_]*)((?:${STEP})+)?$`);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A numeral in canonical form (no leading zeros, no trailing fractional zeros): a typed number literal. */
const NUMERAL = /^-?(0|[1-9]\d*)(\.\d*[1-9])?$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

/**
 * True when `text` is written as an `<elementReference>`: a `$` global, or a name in `names` — alone
 * only when it holds a value (a variable, formula…); a stage's or step's name only as the head of a
 * dotted reference (`Review.Status`), as R50 reads them (DeclaredNames).
 */
export function isReferenceText(text: string, names: ReadonlySet<string>): boolean {
  if (GLOBAL_REFERENCE.test(text)) return true;
  const match = NAME_REFERENCE.exec(text);
  if (match === null || !names.has(match[1]!)) return false;
  return match[2] !== undefined || !(names instanceof DeclaredNames && names.elements.has(match[1]!));
}

/** The single leaf inside a value element (`<value><stringValue>x</stringValue></value>`), if that is its shape. */
export function singleValue(node: XmlNode): { kind: string; text: string } | undefined {
  const kids = childrenOf(node);
  if (node.attributes !== undefined || kids.length !== 1 || !isLeaf(kids[0]!)) return undefined;
  return { kind: kids[0]!.tag, text: kids[0]!.text ?? '' };
}

/**
 * Reads a value element as an input-map string, or undefined when writing the string back would not
 * give the same element (a number, a literal that looks like a reference, a reference to something
 * unknown…): such parameters stay verbatim in `extensions`.
 */
export function importText(node: XmlNode, names: ReadonlySet<string>): string | undefined {
  const value = singleValue(node);
  if (!value) return undefined;
  const text = value.text;
  switch (value.kind) {
    case 'elementReference': return isReferenceText(text, names) ? text : undefined;
    case 'stringValue': return text !== '' && !isReferenceText(text, names) && literalKind(text) === 'stringValue' ? text : undefined;
    case 'booleanValue': return text === 'true' || text === 'false' ? text : undefined;
    case 'numberValue': {
      const number = text.trim() === '' ? NaN : Number(text);
      return Number.isFinite(number) && formatNumber(number) === text ? String(number) : undefined;
    }
    default: return undefined;
  }
}

/** Typed literals (R50): `true`/`false` are booleans, numerals numbers, anything else text. */
function literalKind(text: string): 'booleanValue' | 'numberValue' | 'stringValue' {
  if (text === 'true' || text === 'false') return 'booleanValue';
  return NUMERAL.test(text) ? 'numberValue' : 'stringValue';
}

/** Writes an input-map string as a value element named `tag`; the empty string writes nothing. */
export function exportText(tag: string, text: string, names: ReadonlySet<string>): XmlNode | undefined {
  if (text === '') return undefined;
  if (isReferenceText(text, names)) return element(tag, [leaf('elementReference', text)]);
  const kind = literalKind(text);
  return element(tag, [leaf(kind, kind === 'numberValue' ? formatNumber(Number(text)) : text)]);
}

/** Numbers as Salesforce writes them: `100.0`, `2.5`. */
export function formatNumber(value: number): string {
  return Number.isInteger(value) && Math.abs(value) < 1e15 ? value.toFixed(1) : String(value);
}

/** A condition's right side, or undefined when it is not one of the kinds the model holds. */
export function importRightValue(node: XmlNode): RightValue | undefined {
  const value = singleValue(node);
  if (!value) return undefined;
  const { kind, text } = value;
  switch (kind) {
    case 'stringValue':
      return { string: text };
    case 'elementReference':
      return text === '' ? undefined : { ref: text };
    case 'numberValue': {
      const number = text.trim() === '' ? NaN : Number(text);
      return Number.isFinite(number) ? { number } : undefined;
    }
    case 'booleanValue':
      return text === 'true' ? { boolean: true } : text === 'false' ? { boolean: false } : undefined;
    case 'dateValue':
      return DATE.test(text) ? { date: text } : undefined;
    case 'dateTimeValue':
      return DATE_TIME.test(text) ? { dateTime: text } : undefined;
    default:
      return undefined;
  }
}

/** The value element for a condition's right side. */
export function exportRightValue(tag: string, right: RightValue): XmlNode {
  if ('string' in right) return element(tag, [leaf('stringValue', right.string)]);
  if ('number' in right) return element(tag, [leaf('numberValue', formatNumber(right.number))]);
  if ('boolean' in right) return element(tag, [leaf('booleanValue', String(right.boolean))]);
  if ('date' in right) return element(tag, [leaf('dateValue', right.date)]);
  if ('dateTime' in right) return element(tag, [leaf('dateTimeValue', right.dateTime)]);
  return element(tag, [leaf('elementReference', right.ref)]);
}
