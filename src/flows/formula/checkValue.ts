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
  const text = typeof value === 'string' ? `"${value}"` : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

/** The fault for a value whose content does not fit its type (outside the hot path: no closure per read). */
function misfit(name: string, pos: number, v: FlowValue): never {
  throw new FormulaFault(`{!${name}} is ${v.collection ? 'a collection of ' : ''}${v.type} but holds ${shown(v.value)}`, pos);
}

/** The value of `{!name}` with its content checked against its type. */
export function checkedValue(name: string, pos: number, v: FlowValue): FlowValue {
  const raw = v.value;
  if (raw === null || v.type === 'Unknown') return v;
  if (v.collection) return Array.isArray(raw) ? v : misfit(name, pos, v);
  switch (v.type) {
    case 'Number': case 'Currency':
      if (typeof raw === 'number') return Number.isFinite(raw) ? v : misfit(name, pos, v);
      return typeof raw === 'string' && NUMERIC.test(raw.trim()) ? { type: v.type, value: Number(raw) } : misfit(name, pos, v);
    case 'Boolean':
      return typeof raw === 'boolean' ? v : misfit(name, pos, v);
    case 'Date':
      return typeof raw === 'string' && parseDate(raw) !== null ? v : misfit(name, pos, v);
    case 'DateTime':
      return typeof raw === 'string' && parseDateTime(raw) !== null ? v : misfit(name, pos, v);
    case 'Time':
      return typeof raw === 'string' && parseTime(raw) !== null ? v : misfit(name, pos, v);
    case 'Text': case 'Picklist': case 'MultiPicklist':
      if (typeof raw === 'string') return v;
      return typeof raw === 'number' || typeof raw === 'boolean' ? { type: v.type, value: String(raw) } : misfit(name, pos, v);
    case 'Record':
      return typeof raw === 'object' && !Array.isArray(raw) ? v : misfit(name, pos, v);
  }
}
