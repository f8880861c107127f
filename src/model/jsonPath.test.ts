import { describe, expect, it } from 'vitest';
import { childPath, formatPath, stagePath, stepPath } from './jsonPath';

describe('jsonPath: paths as problems show them', () => {
  it('spells identifiers with a dot, indexes in brackets, and quotes other keys', () => {
    expect(childPath('', 'stages')).toBe('stages');
    expect(childPath('stages', 0)).toBe('stages[0]');
    expect(childPath('stages[0]', 'exit')).toBe('stages[0].exit');
    expect(childPath('stages[0].steps[2].inputs', 'order id')).toBe('stages[0].steps[2].inputs["order id"]');
    expect(formatPath(['stages', 0, 'steps', 2, 'start', 'step'])).toBe('stages[0].steps[2].start.step');
  });

  it('builds a stage\'s and a step\'s path directly, as childPath would', () => {
    expect(stagePath(3)).toBe(formatPath(['stages', 3]));
    expect(stepPath(3, 14)).toBe(formatPath(['stages', 3, 'steps', 14]));
  });
});
