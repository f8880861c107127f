/**
 * Text templates (`<textTemplates>`): plain text with merge fields `{!…}` replaced by their values.
 * A null reads as empty text; values are written as TEXT() writes them (dates `YYYY-MM-DD`, numbers
 * without exponent), Booleans as `true`/`false`, collections as their items joined by `, `, and a
 * record as its Id. A reference nobody knows renders as empty text and is reported by
 * `renderTemplate`.
 */
import type { FlowValue } from '../values';
import type { FormulaContext } from './context';
import { FormulaFault } from './errors';
import type { FormulaError } from './errors';
import { readReference } from './readReference';
import { textOf } from './functions/text';
import { REFERENCE_PATH } from './tokens';
import { withInferredType } from './typeOf';

const MERGE_FIELD = /\{!([^{}]*)\}/g;

/** A template's text and the merge fields it could not resolve. */
export interface RenderedTemplate {
  readonly text: string;
  readonly errors: readonly FormulaError[];
}

function itemText(item: unknown): string {
  if (item === null || item === undefined) return '';
  if (typeof item === 'object') return recordText(item as Readonly<Record<string, unknown>>);
  return typeof item === 'number' ? textOf({ type: 'Number', value: item }) ?? '' : String(item);
}

function recordText(rec: Readonly<Record<string, unknown>>): string {
  const id = Object.keys(rec).find((k) => k.toLowerCase() === 'id');
  return id === undefined ? '' : String(rec[id] ?? '');
}

/** A value as a template writes it. */
export function templateText(value: FlowValue): string {
  if (value.value === null) return '';
  if (Array.isArray(value.value)) return value.value.map(itemText).join(', ');
  if (typeof value.value === 'object') return recordText(value.value as Readonly<Record<string, unknown>>);
  if (typeof value.value === 'boolean') return value.value ? 'true' : 'false';
  return textOf(withInferredType(value)) ?? '';
}

/** Replaces every `{!reference}` in `text`; reports references nobody knows (they render empty). */
export function renderTemplate(text: string, ctx: FormulaContext): RenderedTemplate {
  const errors: FormulaError[] = [];
  const out = text.replace(MERGE_FIELD, (whole: string, inner: string, offset: number) => {
    const name = inner.trim();
    if (!REFERENCE_PATH.test(name)) return whole;
    try {
      return templateText(readReference(name, offset + 1, ctx));
    } catch (caught) {
      errors.push(caught instanceof FormulaFault ? caught.toError() : { message: `position ${offset + 1}: {!${name}} could not be read`, position: offset + 1 });
      return '';
    }
  });
  return { text: out, errors };
}
