import { describe, expect, it } from 'vitest';
import { allRowsLogic, removeRowFromLogic, swapRowsInLogic, unusedRows } from './logicEdit';

describe('logic renumbering', () => {
  it('swaps two row numbers when rows move', () => {
    expect(swapRowsInLogic('1 AND (2 OR 3)', 2, 3)).toBe('1 AND (3 OR 2)');
    expect(swapRowsInLogic('10 OR 1', 1, 2)).toBe('10 OR 2');
  });

  it('removes a row with its operator and renumbers the rest', () => {
    expect(removeRowFromLogic('1 AND (2 OR 3)', 2)).toBe('1 AND 2');
    expect(removeRowFromLogic('1 AND (2 OR 3)', 1)).toBe('(1 OR 2)');
    expect(removeRowFromLogic('NOT 1 OR 2', 1)).toBe('1');
    expect(removeRowFromLogic('(1 AND 2) OR 3', 3)).toBe('(1 AND 2)');
  });

  it('lists rows the logic does not mention', () => {
    expect(unusedRows('1 AND 3', 4)).toEqual([2, 4]);
    expect(allRowsLogic(3)).toBe('1 AND 2 AND 3');
  });
});
