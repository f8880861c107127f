import { describe, expect, it } from 'vitest';
import type { Expectation, Orchestration } from '../../model/types';
import type { ExpectationResult } from '../../player/expectations';
import { resultInWords } from './expectationWords';

const doc = {
  name: 'Onboarding', label: 'Onboarding', apiVersion: 63,
  stages: [{ name: 'Settle_In', label: 'Settle in', steps: [{ name: 'Buddy', label: 'Assign buddy', kind: 'background' }] }],
} as unknown as Orchestration;

const result = (expectation: Expectation, actual: string, why: string | null): ExpectationResult =>
  ({ expectation, pass: false, expected: '', actual, why, detail: '' });

describe('resultInWords', () => {
  it('keeps the engine\'s why as written, but for statuses and times: "evaluation flow" is not an evaluation event of a stage "flow"', () => {
    // given a step that never started because its evaluation flow returned false (Onboarding's Buddy)
    const why = 'evaluation flow "Hire_Confirmed" returns false: row 1: hire.Confirmed is false, needs Equals true; none came after the last evaluation at 0 ms';
    // when
    const words = resultInWords(result({ kind: 'stepStatus', step: 'Buddy', status: 'Completed' }, 'it is NotStarted', why), doc);
    // then
    expect(words).toBe('Step “Assign buddy” ends Completed; it is Not started (evaluation flow "Hire_Confirmed" returns false: row 1: hire.Confirmed is false, needs Equals true; none came after the last evaluation at 0 ms)');
  });

  it('still names the check\'s own events as the Expected outcome list does', () => {
    const order: Expectation = { kind: 'order', first: { type: 'evaluation', element: 'Settle_In' }, then: { type: 'stepStarted', element: 'Buddy' } };
    expect(resultInWords(result(order, 'stepStarted Buddy at 0 ms, evaluation Settle_In at 5000 ms', null), doc))
      .toBe('Conditions are checked in stage “Settle in” before step “Assign buddy” starts; step “Assign buddy” starts at 0 ms, conditions are checked in stage “Settle in” at 5 s');
  });
});
