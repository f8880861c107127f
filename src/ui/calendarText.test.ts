import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { calendarText } from './calendarText';

describe('calendarText', () => {
  it('names the default run start as an admin reads it, long and short', () => {
    expect(calendarText(Date.parse('2025-01-06T09:00:00Z'))).toBe('Monday 6 January 2025, 09:00 UTC');
    expect(calendarText(Date.parse('2025-01-06T09:00:02.500Z'), 'short')).toBe('Mon 6 Jan 2025, 09:00:02 UTC');
    expect(calendarText(Date.parse('2024-02-29T23:59:59Z'), 'short')).toBe('Thu 29 Feb 2024, 23:59:59 UTC');
  });

  it('always states the UTC date and time of the instant, whatever the machine time zone', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
      const iso = new Date(ms).toISOString();
      const short = calendarText(ms, 'short');
      expect(short.endsWith(`, ${iso.slice(11, 19)} UTC`)).toBe(true);
      expect(short).toContain(` ${Number(iso.slice(8, 10))} `);
      expect(short).toContain(` ${iso.slice(0, 4)}, `);
    }));
  });
});
