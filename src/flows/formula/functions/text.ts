/**
 * Text functions: TEXT, VALUE, CONTAINS, BEGINS, LEN, LEFT, RIGHT, MID, UPPER, LOWER, TRIM,
 * SUBSTITUTE, FIND. Comparisons are case-sensitive, as in Salesforce. Lengths and positions count
 * characters (code points), not UTF-16 units, so an emoji is one character. A null text reads as
 * empty where Salesforce treats blank text as empty (LEN, CONTAINS, FIND).
 */
import type { FlowValue } from '../../values';
import { booleanValue, numberValue, textValue } from '../../values';
import { formatDate, formatDateTime, formatTime, parseDate, parseDateTime, parseTime } from '../dates';
import { formatNumber } from '../numbers';
import { checkTextLength } from '../textLimit';
import { familyOf } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FunctionTable } from './formulaFunction';

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function chars(text: string): string[] {
  return Array.from(text);
}

/** A count argument (LEFT, RIGHT, MID): whole characters, never below zero. */
function countArg(args: CallArgs, i: number): number | null {
  const n = args.number(i);
  return n === null ? null : Math.max(0, Math.trunc(n));
}

/** TEXT(): numbers without exponent, dates `YYYY-MM-DD`, date-times `YYYY-MM-DD HH:MM:SSZ` (as Salesforce writes them). */
export function textOf(v: FlowValue): string | null {
  if (v.value === null) return null;
  switch (familyOf(v)) {
    case 'number': return formatNumber(Number(v.value));
    case 'date': return formatDate(parseDate(String(v.value)) ?? 0);
    case 'dateTime': return formatDateTime(parseDateTime(String(v.value)) ?? 0).replace('T', ' ').replace(/\.\d+Z$/, 'Z');
    case 'time': return formatTime(parseTime(String(v.value)) ?? 0);
    default: return String(v.value);
  }
}

export const TEXT_FUNCTIONS: FunctionTable = {
  TEXT: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => textValue(textOf(args.expect(0, ['number', 'text', 'date', 'dateTime', 'time'], 'a Number, Date, Date/Time, Time or Picklist'))),
  },
  VALUE: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const text = args.text(0)?.trim() ?? '';
      if (text === '') return numberValue(null);
      if (!NUMBER_TEXT.test(text)) return args.error(`"${text.length > 40 ? `${text.slice(0, 40)}…` : text}" is not a number`, 0);
      return numberValue(Number(text));
    },
  },
  CONTAINS: { minArgs: 2, maxArgs: 2, call: (args) => booleanValue((args.text(0) ?? '').includes(args.text(1) ?? '')) },
  BEGINS: { minArgs: 2, maxArgs: 2, call: (args) => booleanValue((args.text(0) ?? '').startsWith(args.text(1) ?? '')) },
  LEN: { minArgs: 1, maxArgs: 1, call: (args) => numberValue(chars(args.text(0) ?? '').length) },
  LEFT: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const text = args.text(0), n = countArg(args, 1);
      return textValue(text === null || n === null ? null : chars(text).slice(0, n).join(''));
    },
  },
  RIGHT: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const text = args.text(0), n = countArg(args, 1);
      if (text === null || n === null) return textValue(null);
      const all = chars(text);
      return textValue(all.slice(Math.max(0, all.length - n)).join(''));
    },
  },
  MID: {
    minArgs: 3,
    maxArgs: 3,
    call: (args) => {
      const text = args.text(0), start = args.number(1), n = countArg(args, 2);
      if (text === null || start === null || n === null) return textValue(null);
      const from = Math.max(1, Math.trunc(start)) - 1;
      return textValue(chars(text).slice(from, from + n).join(''));
    },
  },
  UPPER: { minArgs: 1, maxArgs: 2, call: (args) => textValue(args.text(0)?.toUpperCase() ?? null) },
  LOWER: { minArgs: 1, maxArgs: 2, call: (args) => textValue(args.text(0)?.toLowerCase() ?? null) },
  TRIM: { minArgs: 1, maxArgs: 1, call: (args) => textValue(args.text(0)?.replace(/^[ \t]+|[ \t]+$/g, '') ?? null) },
  SUBSTITUTE: {
    minArgs: 3,
    maxArgs: 3,
    call: (args) => {
      const text = args.text(0), old = args.text(1), replacement = args.text(2) ?? '';
      if (text === null) return textValue(null);
      if (old === null || old === '') return textValue(text);
      const parts = text.split(old);
      checkTextLength(text.length + (parts.length - 1) * (replacement.length - old.length), args.pos, 'SUBSTITUTE', 'SUBSTITUTE');
      return textValue(parts.join(replacement));
    },
  },
  FIND: {
    minArgs: 2,
    maxArgs: 3,
    call: (args) => {
      const search = args.text(0) ?? '', text = args.text(1) ?? '';
      const start = args.count > 2 ? args.number(2) : 1;
      if (search === '' || start === null || start < 1) return numberValue(0);
      const from = chars(text).slice(0, Math.trunc(start) - 1).join('').length;
      const found = text.indexOf(search, from);
      return numberValue(found < 0 ? 0 : chars(text.slice(0, found)).length + 1);
    },
  },
};
