import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, numbersEqual, roundHalfAwayFromZero, tidy } from './numbers';

describe('number helpers', () => {
  it('tidy: rounds binary noise away to 15 significant digits', () => {
    expect(tidy(0.1 + 0.2, 1, '+')).toBe(0.3);
    expect(tidy(0.57 * 100, 1, '*')).toBe(57);
    expect(tidy(1234.5 / 7, 1, '/')).toBe(176.357142857143);
    expect(tidy(1e-30 / 3, 1, '/')).toBe(3.33333333333333e-31);
    expect(tidy(-2.5, 1, '+')).toBe(-2.5);
    for (const x of [999999999999.9979, 999.9999999999999, 0.09999999999999999, 99999999999999.98, 1e-9 / 7]) expect(tidy(x, 1, 'x')).toBe(Number(x.toPrecision(15)));
  });

  it('tidy: the fast path agrees with toPrecision(15) on any fraction', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }).filter((x) => !Number.isInteger(x)), (x) => {
      expect(tidy(x, 1, 'x')).toBe(Number(x.toPrecision(15)));
    }), { numRuns: 5000 });
  });

  it('numbersEqual: equal to 15 significant digits', () => {
    expect(numbersEqual(0.1 + 0.2, 0.3)).toBe(true);
    expect(numbersEqual(1, 1.0000001)).toBe(false);
  });

  it('roundHalfAwayFromZero: on the decimal digits', () => {
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(1e-7, 2)).toBe(0);
    expect(roundHalfAwayFromZero(123.456, -1)).toBe(120);
  });

  it('formatNumber: no exponent', () => {
    expect(formatNumber(1e21)).toBe('1000000000000000000000');
    expect(formatNumber(1.5e-7)).toBe('0.00000015');
    expect(formatNumber(-0)).toBe('0');
  });
});

describe('ROUND fast path', () => {
  it('agrees with rounding on the decimal text for any number and places', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), fc.integer({ min: -6, max: 10 }), (x, places) => {
      // the reference: shift the decimal point in the number's own text
      const [mantissa, exponent] = Math.abs(x).toExponential(14).split('e') as [string, string];
      const shifted = Math.round(Number(`${mantissa}e${Number(exponent) + places}`));
      const [m2, e2] = shifted.toExponential(14).split('e') as [string, string];
      const expected = (x < 0 ? -1 : 1) * Number(`${m2}e${Number(e2) - places}`);
      expect(roundHalfAwayFromZero(x, places)).toBe(expected === 0 ? 0 : expected);
    }), { numRuns: 5000 });
  });
});
