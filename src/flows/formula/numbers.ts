/**
 * Number helpers. Salesforce computes in decimal; JavaScript in binary floating point. Results of
 * arithmetic are tidied to 15 significant digits so `0.1 + 0.2 = 0.3` holds as an admin expects,
 * and ROUND works on the decimal text of a number so `ROUND(1.005, 2)` is 1.01, half away from zero.
 */
import { FormulaFault } from './errors';

/** 10^0 … 10^22: the powers of ten a double holds exactly. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/** A finite arithmetic result, tidied to 15 significant digits; a fault when not finite. */
export function tidy(x: number, pos: number, what: string): number {
  if (!Number.isFinite(x)) throw new FormulaFault(`${what} gives a number too large to represent`, pos);
  if (Number.isInteger(x)) return x;
  return toFifteenDigits(x);
}

/**
 * x rounded to 15 significant digits, as `Number(x.toPrecision(15))` but without formatting text in
 * the common case: scale to a 15-digit integer, round, and divide by the exact power of ten (IEEE
 * division rounds correctly, so the result is the double nearest that decimal). Very small
 * numbers, whose scale is not an exact double, and near-midpoints go through toPrecision.
 */
function toFifteenDigits(x: number): number {
  const abs = Math.abs(x);
  let magnitude = Math.floor(Math.log10(abs));
  // Math.log10 may be off by one next to a power of ten (log10(999999999999.9979) is 12).
  if (abs < 10 ** magnitude) magnitude--;
  else if (abs >= 10 ** (magnitude + 1)) magnitude++;
  const digits = 14 - magnitude;
  if (digits < 0 || digits > 22) return Number(x.toPrecision(15));
  const scale = POWERS_OF_TEN[digits]!;
  const scaled = x * scale;
  const rounded = Math.round(scaled);
  // The product is off by at most half a unit in its last place (≤ 0.0625 below 1e15): near a
  // rounding midpoint that could tip the result, so decide on the exact decimal text instead.
  if (Math.abs(scaled - rounded) > 0.4) return Number(x.toPrecision(15));
  return rounded / scale;
}

/** True when two numbers are equal to 15 significant digits. */
export function numbersEqual(a: number, b: number): boolean {
  if (a === b) return true;
  // Numbers that differ beyond the 13th significant digit cannot round to the same 15 digits.
  if (Math.abs(a - b) > Math.max(Math.abs(a), Math.abs(b)) * 1e-13) return false;
  return Number(a.toPrecision(15)) === Number(b.toPrecision(15));
}

/** Rounds half away from zero to `digits` decimal places (negative digits round left of the point). */
export function roundHalfAwayFromZero(x: number, digits: number): number {
  const places = Math.trunc(digits);
  const sign = x < 0 ? -1 : 1;
  // Digits past the 15th are binary noise (1.005 is stored as 1.00499999999999989…): drop them first.
  const abs = Math.abs(Number.isInteger(x) ? x : toFifteenDigits(x));
  const result = sign * (roundQuickly(abs, places) ?? roundOnDecimalText(abs, places));
  return Object.is(result, -0) ? 0 : result;
}

/**
 * The common case without formatting text: scale by an exact power of ten and round. A number of
 * at most 15 significant digits, scaled below 1e15, lies at least `scaled × 1e-15` from a .5
 * midpoint unless it is one, while the scaling errs by at most half a unit in the last place
 * (`scaled × 1.1e-16`): anything closer than `scaled × 5e-16` is a midpoint, decided on the
 * decimal text instead (undefined).
 */
function roundQuickly(abs: number, places: number): number | undefined {
  if (Math.abs(places) > 22) return undefined;
  const scale = POWERS_OF_TEN[Math.abs(places)]!;
  const scaled = places >= 0 ? abs * scale : abs / scale;
  if (scaled >= 1e15) return undefined;
  const fraction = scaled - Math.floor(scaled);
  if (Math.abs(fraction - 0.5) <= scaled * 5e-16 + 1e-12) return undefined;
  const rounded = Math.round(scaled);
  return places >= 0 ? rounded / scale : rounded * scale;
}

/** Rounds on the decimal digits of the number's text (1.005 → 1.005e2 = 100.5 exactly), never by multiplying. */
function roundOnDecimalText(abs: number, places: number): number {
  const shifted = Math.round(shiftDecimal(abs, places));
  return shiftDecimal(shifted, -places);
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
