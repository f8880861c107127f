/**
 * Number helpers. Salesforce computes in decimal; JavaScript in binary floating point. Results of
 * arithmetic are tidied to 15 significant digits so `0.1 + 0.2 = 0.3` holds as an admin expects,
 * and ROUND works on the decimal text of a number so `ROUND(1.005, 2)` is 1.01, half away from zero.
 */
import { FormulaFault } from './errors';

/** A finite arithmetic result, tidied to 15 significant digits; a fault when not finite. */
export function tidy(x: number, pos: number, what: string): number {
  if (!Number.isFinite(x)) throw new FormulaFault(`${what} gives a number too large to represent`, pos);
  if (Number.isInteger(x) || x === 0) return x;
  return Number(x.toPrecision(15));
}

/** True when two numbers are equal to 15 significant digits. */
export function numbersEqual(a: number, b: number): boolean {
  return a === b || Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

/** Rounds half away from zero to `digits` decimal places (negative digits round left of the point). */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  const places = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  const abs = Math.abs(x);
  // Shift the decimal point in the text (1.005 → 1.005e2 = 100.5 exactly), never by multiplying.
  const shifted = Math.round(shiftDecimal(abs, places));
  const result = sign * shiftDecimal(shifted, -places);
  return Object.is(result, -0) ? 0 : result;
}

/** x × 10^places computed on its decimal text (15 significant digits), so no binary error creeps in. */
function shiftDecimal(x: number, places: number): number {
  const [mantissa, exponent] = x.toExponential(14).split('e') as [string, string];
  return Number(`${mantissa}e${Number(exponent) + places}`);
}

/** The text of a number as TEXT() writes it: no exponent, no trailing zeros. */
export function formatNumber(x: number): string {
  if (Object.is(x, -0)) return '0';
  const plain = String(x);
  if (!/e/i.test(plain)) return plain;
  if (Math.abs(x) >= 1) return BigInt(Math.round(x)).toString();
  return x.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}
