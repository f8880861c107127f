import { describe, expect, it } from 'vitest';
import { convert } from './dataTypes';

describe('convert: values given to a Date or Date/Time resource (flow inputs, records)', () => {
  it('takes real days, and a date-time as its day', () => {
    expect(convert('2024-02-29', 'Date', false, 'input d').value).toBe('2024-02-29');
    expect(convert('2024-03-09T14:00:00Z', 'DateTime', false, 'input t').value).toBe('2024-03-09T14:00:00Z');
    expect(convert('2024-03-09', 'DateTime', false, 'input t').value).toBe('2024-03-09T00:00:00Z');
  });

  it('refuses a day that does not exist, naming the input, instead of rolling it over or failing inside the run', () => {
    expect(() => convert('2024-02-30', 'Date', false, 'input d2')).toThrow('input d2: "2024-02-30" is not a valid Date');
    expect(() => convert('2024-13-45', 'Date', false, 'input d2')).toThrow('input d2: "2024-13-45" is not a valid Date');
    expect(() => convert('2025-02-29T10:00:00Z', 'DateTime', false, 'input t')).toThrow(/is not a valid Date\/?Time|is not a valid/);
  });
});
