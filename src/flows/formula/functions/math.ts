/**
 * Number functions: ROUND (half away from zero, on the decimal digits), FLOOR and CEILING (as
 * Salesforce documents them: CEILING(-2.5) is -3, away from zero; FLOOR(-2.5) is -2, towards
 * zero), MCEILING and MFLOOR (the mathematical ceiling and floor), TRUNC, ABS, MOD (the sign of
 * the dividend, as Apex), MAX, MIN, SQRT, EXP, LN and LOG. A null argument gives a null Number, as
 * arithmetic does.
 */
import type { FlowValue } from '../../values';
import { nullOf } from '../../values';
import { FormulaFault } from '../errors';
import { applyBinary } from '../operators';
import { roundHalfAwayFromZero, tidy } from '../numbers';
import { familyOf } from '../typeOf';
import type { CallArgs } from './callArgs';
import type { FormulaFunction, FunctionTable } from './formulaFunction';

/** A one-number function keeping the argument's type (Currency stays Currency). */
function unary(compute: (x: number) => number): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const x = args.number(0);
      const type = args.value(0).type === 'Currency' ? 'Currency' : 'Number';
      return x === null ? nullOf(type) : { type, value: compute(x) + 0 };
    },
  };
}

/** A one-number function defined only where `valid` holds (SQRT of a negative is an error). */
function partial(name: string, compute: (x: number) => number, valid: (x: number) => boolean, domain: string): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: 1,
    call: (args) => {
      const x = args.number(0);
      if (x === null) return nullOf('Number');
      if (!valid(x)) return args.invalid(`${x} is outside its domain (${domain})`, 0);
      return { type: 'Number', value: tidy(compute(x), args.pos, name) };
    },
  };
}

/** MAX / MIN: numbers (or dates, date-times, times) of one type; any null gives null. */
function extreme(pick: '>' | '<'): FormulaFunction {
  return {
    minArgs: 1,
    maxArgs: Infinity,
    call: (args: CallArgs) => {
      let best: FlowValue | undefined;
      let sawNull = false;
      for (let i = 0; i < args.count; i++) {
        const v = args.expect(i, ['number', 'date', 'dateTime', 'time'], 'a Number, Date, Date/Time or Time');
        if (best !== undefined && familyOf(best) !== 'null' && familyOf(v) !== 'null' && familyOf(v) !== familyOf(best)) {
          args.fail(i, `of the same type as argument 1`);
        }
        if (v.value === null) { sawNull = true; best ??= v; continue; }
        if (best === undefined || best.value === null || applyBinary(pick, v, best, args.position(i)).value === true) best = v;
      }
      if (sawNull || best === undefined) return nullOf(best === undefined || best.type === 'Unknown' ? 'Number' : best.type);
      return best;
    },
  };
}

export const MATH_FUNCTIONS: FunctionTable = {
  ROUND: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const x = args.number(0), digits = args.number(1);
      const type = args.value(0).type === 'Currency' ? 'Currency' : 'Number';
      return x === null || digits === null ? nullOf(type) : { type, value: roundHalfAwayFromZero(x, digits) };
    },
  },
  FLOOR: unary((x) => Math.trunc(x)),
  CEILING: unary((x) => (x < 0 ? -Math.ceil(-x) : Math.ceil(x))),
  // the mathematical ceiling and floor, which CEILING and FLOOR are not for negatives: MCEILING(-2.5)
  // is -2 (towards zero), MFLOOR(-2.5) is -3 (away from zero), as Salesforce Help documents them
  MCEILING: unary((x) => Math.ceil(x)),
  MFLOOR: unary((x) => Math.floor(x)),
  ABS: unary((x) => Math.abs(x)),
  MOD: {
    minArgs: 2,
    maxArgs: 2,
    call: (args) => {
      const x = args.number(0), divisor = args.number(1);
      if (x === null || divisor === null) return nullOf('Number');
      if (divisor === 0) throw new FormulaFault('MOD: division by zero', args.position(1), 'MOD');
      return { type: 'Number', value: tidy(x % divisor, args.pos, 'MOD') + 0 };
    },
  },
  TRUNC: {
    minArgs: 1,
    maxArgs: 2,
    call: (args) => {
      const x = args.number(0), digits = args.count > 1 ? args.number(1) : 0;
      if (x === null || digits === null) return nullOf('Number');
      const sign = x < 0 ? -1 : 1;
      // On the decimal digits, as ROUND: round |x|, and step back one unit when that went up.
      const places = Math.trunc(digits);
      const magnitude = Math.abs(x);
      const kept = roundHalfAwayFromZero(magnitude, places);
      const result = kept > magnitude ? roundHalfAwayFromZero(kept - 10 ** -places, places) : kept;
      return numberOf(args, sign * result);
    },
  },
  MAX: extreme('>'),
  MIN: extreme('<'),
  SQRT: partial('SQRT', Math.sqrt, (x) => x >= 0, 'not negative'),
  EXP: partial('EXP', Math.exp, () => true, 'any number'),
  LN: partial('LN', Math.log, (x) => x > 0, 'above zero'),
  LOG: partial('LOG', Math.log10, (x) => x > 0, 'above zero'),
};

/** A Number result of the argument's numeric type (Currency stays Currency), never -0. */
function numberOf(args: CallArgs, x: number): FlowValue {
  return { type: args.value(0).type === 'Currency' ? 'Currency' : 'Number', value: x + 0 };
}

