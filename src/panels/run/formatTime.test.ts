import { expect, it } from 'vitest';
import { formatVirtualTime } from './formatTime';

it('formats virtual time in the largest sensible unit', () => {
  expect(formatVirtualTime(850)).toBe('850 ms');
  expect(formatVirtualTime(2500)).toBe('2.5 s');
  expect(formatVirtualTime(3000)).toBe('3 s');
  expect(formatVirtualTime(200_000)).toBe('3 min 20 s');
  expect(formatVirtualTime(7_500_000)).toBe('2 h 5 min');
});
