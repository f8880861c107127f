import { describe, expect, it } from 'vitest';
import { dateValue, nullOf, numberValue } from '../../values';
import { contextOf, fails, run } from '../testing/formulaHarness';

const ctx = contextOf({ n: numberValue(null), fee: { type: 'Currency', value: 12.345 } });

describe('number functions', () => {
  it('ROUND: half away from zero, on the decimal digits', () => {
    expect(run('ROUND(2.5, 0)')).toEqual(numberValue(3));
    expect(run('ROUND(-2.5, 0)')).toEqual(numberValue(-3));
    expect(run('ROUND(1.005, 2)')).toEqual(numberValue(1.01));
    expect(run('ROUND(2.345, 2)')).toEqual(numberValue(2.35));
    expect(run('ROUND(-0.4, 0)')).toEqual(numberValue(0));
  });

  it('ROUND: negative digits round left of the point; Currency stays Currency; null gives null', () => {
    expect(run('ROUND(1250, -2)')).toEqual(numberValue(1300));
    expect(run('ROUND({!fee}, 2)', ctx)).toEqual({ type: 'Currency', value: 12.35 });
    expect(run('ROUND({!n}, 2)', ctx)).toEqual(nullOf('Number'));
  });

  it('FLOOR: down to a whole number, towards zero for negatives (as Salesforce documents)', () => {
    expect(run('FLOOR(2.7)')).toEqual(numberValue(2));
    expect(run('FLOOR(-2.5)')).toEqual(numberValue(-2));
    expect(run('FLOOR({!n})', ctx)).toEqual(nullOf('Number'));
  });

  it('MCEILING: the mathematical ceiling, towards zero for negatives (survey 20: an Active flow rounds a quantity over a class size up with it)', () => {
    expect(run('MCEILING(2.1)')).toEqual(numberValue(3));
    expect(run('MCEILING(-2.5)')).toEqual(numberValue(-2));
    expect(run('MCEILING(-0.5)')).toEqual(numberValue(0));
    expect(run('MCEILING(25 / 10)')).toEqual(numberValue(3));
    expect(run('MCEILING({!fee})', ctx)).toEqual({ type: 'Currency', value: 13 });
  });

  it('MFLOOR: the mathematical floor, away from zero for negatives', () => {
    expect(run('MFLOOR(2.7)')).toEqual(numberValue(2));
    expect(run('MFLOOR(-2.5)')).toEqual(numberValue(-3));
    expect(run('MFLOOR(4)')).toEqual(numberValue(4));
    expect(run('MFLOOR({!n})', ctx)).toEqual(nullOf('Number'));
  });

  it('CEILING: up to a whole number, away from zero for negatives', () => {
    expect(run('CEILING(2.1)')).toEqual(numberValue(3));
    expect(run('CEILING(-2.5)')).toEqual(numberValue(-3));
    expect(run('CEILING(4)')).toEqual(numberValue(4));
    expect(run('CEILING(0.1 * 3 * 10)')).toEqual(numberValue(3));
  });

  it('ABS: the absolute value', () => {
    expect(run('ABS(-7.5)')).toEqual(numberValue(7.5));
    expect(run('ABS(3)')).toEqual(numberValue(3));
  });

  it('MOD: the remainder, with the sign of the dividend; MOD by zero is an error', () => {
    expect(run('MOD(7, 3)')).toEqual(numberValue(1));
    expect(run('MOD(-7, 3)')).toEqual(numberValue(-1));
    expect(run('MOD(5.5, 2)')).toEqual(numberValue(1.5));
    expect(fails('MOD(5, 0)')).toEqual({ message: 'position 8: MOD: division by zero', position: 8, function: 'MOD' });
  });

  it('MAX: the largest of numbers or of dates; any null gives null', () => {
    expect(run('MAX(3, 9.5, -1)')).toEqual(numberValue(9.5));
    expect(run('MAX(DATE(2025, 1, 2), DATE(2024, 12, 31))')).toEqual(dateValue('2025-01-02'));
    expect(run('MAX(1, {!n})', ctx)).toEqual(nullOf('Number'));
    expect(run('MAX(7)')).toEqual(numberValue(7));
  });

  it('MIN: the smallest', () => {
    expect(run('MIN(3, 9.5, -1)')).toEqual(numberValue(-1));
    expect(run('MIN(0.3, 0.1 + 0.2)')).toEqual(numberValue(0.3));
  });

  it('MAX and MIN: mixed or non-numeric types are errors naming the argument', () => {
    expect(fails('MAX(1, DATE(2025, 1, 1))').message).toBe('position 8: MAX argument 2 must be of the same type as argument 1, not Date');
    expect(fails('MIN("a", "b")').message).toBe('position 5: MIN argument 1 must be a Number, Date, Date/Time or Time, not Text');
  });

  it('TRUNC: drops digits past the given places (0 by default), towards zero', () => {
    expect(run('TRUNC(2.789)')).toEqual(numberValue(2));
    expect(run('TRUNC(-2.789, 2)')).toEqual(numberValue(-2.78));
    expect(run('TRUNC(1.005, 2)')).toEqual(numberValue(1));
    expect(run('TRUNC(1259, -2)')).toEqual(numberValue(1200));
    expect(run('TRUNC(0.3, 1)')).toEqual(numberValue(0.3));
  });

  it('SQRT: the square root; a negative number is an error', () => {
    expect(run('SQRT(16)')).toEqual(numberValue(4));
    expect(fails('SQRT(-1)').message).toBe('position 6: SQRT argument 1: -1 is outside its domain (not negative)');
  });

  it('EXP: e raised to a power', () => {
    expect(run('ROUND(EXP(1), 5)')).toEqual(numberValue(2.71828));
  });

  it('LN: the natural logarithm', () => {
    expect(run('LN(EXP(2))')).toEqual(numberValue(2));
    expect(fails('LN(0)').message).toBe('position 4: LN argument 1: 0 is outside its domain (above zero)');
  });

  it('LOG: the base-10 logarithm', () => {
    expect(run('LOG(1000)')).toEqual(numberValue(3));
  });

  it('a number function given text is an error naming the function and argument', () => {
    expect(fails('ABS("5")')).toEqual({ message: 'position 5: ABS argument 1 must be a Number, not Text', position: 5, function: 'ABS' });
  });
});
