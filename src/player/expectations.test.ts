import { expect, it } from 'vitest';
import type { Trace } from '../model/types';
import { checkExpectations } from './expectations';

const trace: Trace = {
  format: 'stageflow.trace', version: 1,
  run: { status: 'Completed', stalled: false, endedAt: 3000, transitions: 6 },
  stages: { S: { status: 'Completed', startedAt: 0, endedAt: 3000 } },
  steps: {
    A: { stage: 'S', status: 'Completed', mode: 'sync', runAs: null, startedAt: 0, endedAt: 0, starts: 1, why: null },
    B: { stage: 'S', status: 'NotStarted', mode: null, runAs: null, startedAt: null, endedAt: null, starts: 0, why: 'waits for step "X"' },
  },
  events: [],
};

it('passes and fails expectations with a sentence saying what happened', () => {
  // when
  const results = checkExpectations([
    { kind: 'stepStatus', step: 'A', status: 'Completed' },
    { kind: 'stepStatus', step: 'B', status: 'Completed' },
    { kind: 'runStatus', status: 'Completed', byMs: 2000 },
    { kind: 'runStatus', status: 'Completed', byMs: 3000 },
    { kind: 'stageStatus', stage: 'Other', status: 'Completed' },
    { kind: 'notStalled' },
  ], trace);
  // then
  expect(results.map((r) => r.pass)).toEqual([true, false, false, true, false, true]);
  expect(results[1]!.detail).toBe('expected step B ends Completed; it is NotStarted (waits for step "X")');
  expect(results[4]!.detail).toMatch(/never started/);
});
