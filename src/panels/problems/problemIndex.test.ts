import { describe, expect, it } from 'vitest';
import { indexProblems } from './problemIndex';

describe('indexProblems', () => {
  it('finds problems at a field path and under an element path', () => {
    // given
    const index = indexProblems([
      { path: 'stages[0].steps[2].start.step', message: 'unknown step "Valdate"', severity: 'error' },
      { path: 'stages[0].steps[2]', message: 'can never start', severity: 'warning' },
      { path: 'stages[0].steps[20].label', message: 'other', severity: 'error' },
    ]);
    // then
    expect(index.at('stages[0].steps[2].start.step')).toEqual(['unknown step "Valdate"']);
    expect(index.at('stages[0].steps[2]')).toEqual(['Warning: can never start']);
    expect(index.under('stages[0].steps[2]').map((p) => p.message)).toEqual(['unknown step "Valdate"', 'can never start']);
  });
});
