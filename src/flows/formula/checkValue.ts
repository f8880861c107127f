/**
 * A resolved value's content checked against its declared type before a formula computes with it,
 * so a Date variable holding "next week" is reported as such (naming the reference) instead of
 * silently reading as null. Harmless mismatches are repaired: a number in a Text variable reads as
 * its text, numeric text in a Number variable as the number.
 */
import type { FlowValue } from '../values';
import { FormulaFault } from './errors';
import { parseDate, parseDateTime, parseTime } from './dates';

const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function shown(value: unknown): string {
  const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The value of `{!name}` with its content checked against its type. */
export function checkedValue(name: string, pos: number, v: FlowValue): FlowValue {
  const raw = v.value;
  if (raw === null || v.type === 'Unknown') return v;
  const bad = (): never => {
    throw new FormulaFault(`{!${name}} is ${v.collection ? 'a collection of ' : ''}${v.type} but holds ${shown(raw)}`, pos);
  };
  if (v.collection) return Array.isArray(raw) ? v : bad();
  switch (v.type) {
    case 'Number': case 'Currency':
      if (typeof raw === 'number') return Number.isFinite(raw) ? v : bad();
      return typeof raw === 'string' && NUMERIC.test(raw.trim()) ? { type: v.type, value: Number(raw) } : bad();
    case 'Boolean':
      return typeof raw === 'boolean' ? v : bad();
    case 'Date':
      return typeof raw === 'string' && parseDate(raw) !== null ? v : bad();
    case 'DateTime':
      return typeof raw === 'string' && parseDateTime(raw) !== null ? v : bad();
    case 'Time':
      return typeof raw === 'string' && parseTime(raw) !== null ? v : bad();
    case 'Text': case 'Picklist': case 'MultiPicklist':
      if (typeof raw === 'string') return v;
      return typeof raw === 'number' || typeof raw === 'boolean' ? { type: v.type, value: String(raw) } : bad();
    case 'Record':
      return typeof raw === 'object' && !Array.isArray(raw) ? v : bad();
  }
}
