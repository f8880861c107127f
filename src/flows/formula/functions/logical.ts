/**
 * Logical and blank-testing functions: IF, CASE, AND, OR, NOT, ISBLANK, ISNULL, BLANKVALUE,
 * NULLVALUE, ISPICKVAL, INCLUDES, PICKLISTCOUNT. IF, CASE, AND, OR, BLANKVALUE and NULLVALUE evaluate only the
 * arguments they need, so `AND(NOT(ISBLANK(x)), VALUE(x) > 0)` never reads VALUE of a blank.
 */
import type { FlowValue } from '../../values';
import { booleanValue, numberValue } from '../../values';
import { valuesEqual } from '../operators';
import { describeType, familyOf, inferBeside } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FunctionTable } from './formulaFunction';

/** A Boolean argument's truth; a null reads as false. */
function truth(args: CallArgs, i: number): boolean {
  return args.boolean(i) === true;
}

/** Salesforce's blank: null, empty text, or an empty collection (a space or a zero is not blank). */
export function isBlank(v: FlowValue): boolean {
  if (v.value === null) return true;
  if (typeof v.value === 'string') return v.value === '';
  return Array.isArray(v.value) && v.value.length === 0;
}

/** CASE's comparison: as `=` (text case-sensitive), and a value of another type is a fault naming the argument. */
function caseMatches(args: CallArgs, subject: FlowValue, i: number): boolean {
  const candidate = inferBeside(args.raw(i), subject);
  subject = inferBeside(subject, candidate);
  const fs = familyOf(subject), fc = familyOf(candidate);
  if (fs !== 'null' && fc !== 'null' && fs !== fc) args.fail(i, `${describeType(subject)} like the value CASE tests`);
  return valuesEqual('CASE', subject, candidate, args.position(i));
}

export const LOGICAL_FUNCTIONS: FunctionTable = {
  IF: { minArgs: 3, maxArgs: 3, call: (args) => args.value(truth(args, 0) ? 1 : 2) },
  CASE: {
    minArgs: 4,
    maxArgs: Infinity,
    arityRule: (count) => (count % 2 === 0 ? undefined : 'needs a default value as its last argument (an even number of arguments)'),
    call: (args) => {
      const subject = args.raw(0);
      for (let i = 1; i + 1 < args.count; i += 2) {
        if (caseMatches(args, subject, i)) return args.value(i + 1);
      }
      return args.value(args.count - 1);
    },
  },
  AND: {
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => {
      for (let i = 0; i < args.count; i++) if (!truth(args, i)) return booleanValue(false);
      return booleanValue(true);
    },
  },
  OR: {
    minArgs: 1,
    maxArgs: Infinity,
    call: (args) => {
      for (let i = 0; i < args.count; i++) if (truth(args, i)) return booleanValue(true);
      return booleanValue(false);
    },
  },
  NOT: { minArgs: 1, maxArgs: 1, call: (args) => booleanValue(!truth(args, 0)) },
  ISBLANK: { minArgs: 1, maxArgs: 1, call: (args) => booleanValue(isBlank(args.value(0))) },
  ISNULL: { minArgs: 1, maxArgs: 1, call: (args) => booleanValue(args.value(0).value === null) },
  BLANKVALUE: { minArgs: 2, maxArgs: 2, call: (args) => (isBlank(args.value(0)) ? args.value(1) : args.value(0)) },
  NULLVALUE: { minArgs: 2, maxArgs: 2, call: (args) => (args.value(0).value === null ? args.value(1) : args.value(0)) },
  ISPICKVAL: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => booleanValue((args.text(0) ?? '') === (args.text(1) ?? '')),
  },
  INCLUDES: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const selected = args.text(0), wanted = args.text(1);
      if (selected === null || wanted === null || wanted === '') return booleanValue(false);
      return booleanValue(selected.split(';').some((item) => item.trim() === wanted));
    },
  },
  /** The number of values selected in a multi-select picklist: 0 when none (null or blank). */
  PICKLISTCOUNT: {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => numberValue((args.text(0) ?? '').split(';').filter((item) => item.trim() !== '').length),
  },
};
