import { describe, expect, it } from 'vitest';
import { heatOf, heatTitle } from './heat';

describe('coverage heat', () => {
  it('never reached, reached by some, reached by every scenario', () => {
    expect([heatOf(0, 3), heatOf(1, 3), heatOf(3, 3)]).toEqual(['never', 'some', 'all']);
  });

  it('a one-scenario design: reached is reached by all', () => {
    expect([heatOf(0, 1), heatOf(1, 1)]).toEqual(['never', 'all']);
  });

  it('says how many scenarios reach the element', () => {
    expect(heatTitle('Check', 2, 3)).toBe('2 of 3 scenarios reach Check');
    expect(heatTitle('Check', 1, 3)).toBe('1 of 3 scenarios reaches Check');
    expect(heatTitle('Never', 0, 1)).toBe('None of 1 scenario reaches Never');
  });
});
