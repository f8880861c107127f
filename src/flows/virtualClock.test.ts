import { describe, expect, it } from 'vitest';
import { dateAt, dateTimeAt, DEFAULT_RUN_START, runStartMs } from './virtualClock';

describe('virtual clock calendar', () => {
  it('starts every run at the same instant unless the scenario says when', () => {
    expect(dateTimeAt(0)).toBe(DEFAULT_RUN_START);
    expect(dateTimeAt(1500)).toBe('2025-01-06T09:00:01.500Z');
    expect(dateAt(24 * 3600 * 1000)).toBe('2025-01-07');
  });

  it('uses a valid scenario startAt and ignores a malformed one', () => {
    expect(dateTimeAt(60_000, '2024-02-29T23:59:00Z')).toBe('2024-03-01T00:00:00Z');
    expect(runStartMs('tomorrow')).toBe(Date.parse(DEFAULT_RUN_START));
  });

  it('ignores a startAt on a day that does not exist instead of rolling it over to the next month (the scenario\'s validation names it)', () => {
    expect(dateTimeAt(0, '2025-02-30T09:00:00Z')).toBe(DEFAULT_RUN_START);
  });
});
