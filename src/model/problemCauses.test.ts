import { describe, expect, it } from 'vitest';
import { causeError, causeInWords, inCauseOrder } from './problemCauses';
import { backgroundStep, withSteps } from './testing/fixtures';
import type { Problem } from './types';

const error: Problem = { path: 'stages[0].steps[0].flow', message: 'there is no flow named "Do_Wrok"', severity: 'error' };
const consequence: Problem = { path: 'stages[0].exit', message: 'stage "Main" can never complete', severity: 'warning', cause: 'stages[0].steps[0].flow' };
const ownWarning: Problem = { path: 'stages[0].steps[1].start', message: 'step "C" can never start', severity: 'warning', cause: 'stages[0].steps[1].start' };

describe('problemCauses: the order and cause of problems, as stageflow validate prints them', () => {
  it('lists errors, then the warnings that follow from one of them, then the other warnings', () => {
    expect(inCauseOrder([ownWarning, consequence, error])).toEqual([error, consequence, ownWarning]);
  });

  it('finds the error at the cause or inside it, and none for a cause that carries no error', () => {
    const inside: Problem = { path: 'stages[0].steps[0].flow.name', message: 'x', severity: 'error' };
    expect(causeError([inside], consequence)).toBe(inside);
    expect(causeError([error], ownWarning)).toBeUndefined();
    // an error is never a consequence
    expect(causeError([error], { ...error, cause: error.path })).toBeUndefined();
  });

  it('says where the cause is in the editor\'s words', () => {
    expect(causeInWords(withSteps(backgroundStep('A', { label: 'Send email' })), error)).toBe('Step “Send email” in stage “Main” (Flow)');
  });
});
