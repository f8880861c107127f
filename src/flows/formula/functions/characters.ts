/**
 * More text functions: LPAD, RPAD, INITCAP, REVERSE, BR, ISNUMBER, ASCII, CHR, CASESAFEID.
 * Lengths count characters (code points), as in text.ts.
 */
import { booleanValue, numberValue, textValue } from '../../values';
import { checkTextLength } from '../textLimit';
import type { CallArgs } from './callArgs';
import type { FormulaFunction, FunctionTable } from './formulaFunction';

const NUMBER_TEXT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const CASE_SAFE_SUFFIX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** LPAD / RPAD: pads to `length` characters with the pad text (a space by default), or truncates to it. */
function pad(side: 'left' | 'right'): FormulaFunction {
  return {
    minArgs: 2,
    maxArgs: 3,
    call: (args: CallArgs) => {
      const text = args.text(0), length = args.number(1);
      const padding = args.count > 2 ? args.text(2) : ' ';
      if (text === null || length === null) return textValue(null);
      const target = Math.max(0, Math.trunc(length));
      checkTextLength(target, args.position(1), args.fn, args.fn);
      const chars = Array.from(text);
      if (chars.length >= target) return textValue(chars.slice(0, target).join(''));
      const fill = Array.from(padding === null || padding === '' ? ' ' : padding);
      const filler: string[] = [];
      for (let i = 0; filler.length < target - chars.length; i++) filler.push(fill[i % fill.length]!);
      return textValue(side === 'left' ? filler.join('') + text : text + filler.join(''));
    },
  };
}

/** The 18-character, case-insensitive form of a 15-character record Id (an 18-character Id is returned as it is). */
export function caseSafeId(id: string): string | undefined {
  if (id.length === 18) return id;
  if (id.length !== 15 || !/^[A-Za-z0-9]+$/.test(id)) return undefined;
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const ch = id[chunk * 5 + i]!;
      if (ch >= 'A' && ch <= 'Z') bits |= 1 << i;
    }
    suffix += CASE_SAFE_SUFFIX[bits];
  }
  return id + suffix;
}

export const CHARACTER_FUNCTIONS: FunctionTable = {
  LPAD: pad('left'),
  RPAD: pad('right'),
  INITCAP: {
    minArgs: 1,
    maxArgs: 2,
    call: (args) => textValue(args.text(0)?.toLowerCase().replace(/(^|\s)(\S)/gu, (_, space: string, first: string) => space + first.toUpperCase()) ?? null),
  },
  REVERSE: { minArgs: 1, maxArgs: 1, call: (args) => textValue(args.text(0) === null ? null : Array.from(args.text(0)!).reverse().join('')) },
  BR: { minArgs: 0, maxArgs: 0, call: () => textValue('\n') },
  ISNUMBER: { minArgs: 1, maxArgs: 1, call: (args) => booleanValue(NUMBER_TEXT.test((args.text(0) ?? '').trim())) },
  ASCII: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const text = args.text(0);
      return numberValue(text === null || text === '' ? null : text.codePointAt(0)!);
    },
  },
  CHR: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const code = args.number(0);
      if (code === null) return textValue(null);
      if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return args.error(`${code} is not a character code`, 0);
      return textValue(String.fromCodePoint(code));
    },
  },
  CASESAFEID: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const id = args.text(0);
      if (id === null) return textValue(null);
      return textValue(caseSafeId(id) ?? args.error(`"${id.slice(0, 40)}" is not a 15- or 18-character record Id`, 0));
    },
  },
};
