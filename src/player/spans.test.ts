import { expect, it } from 'vitest';
import type { Trace } from '../model/types';
import { spansOf } from './spans';

it('turns start and end events into spans, keeping the running ones open until now', () => {
  // given
  const trace: Trace = {
    format: 'stageflow.trace', version: 1,
    run: { status: 'InProgress', stalled: true, endedAt: 900, transitions: 5 },
    stages: {}, steps: {},
    events: [
      { seq: 0, t: 0, type: 'runStarted' },
      { seq: 1, t: 0, type: 'stageStarted', stage: 'S' },
      { seq: 2, t: 0, type: 'stepStarted', stage: 'S', step: 'A' },
      { seq: 3, t: 100, type: 'stepStarted', stage: 'S', step: 'B' },
      { seq: 4, t: 500, type: 'stepErrored', stage: 'S', step: 'A' },
      { seq: 5, t: 900, type: 'evaluation', stage: 'S', cause: 'publishEvent' },
    ],
  };
  // when
  const spans = spansOf(trace);
  // then
  expect(spans).toEqual([
    { element: 'S', kind: 'stage', start: 0, end: 900, status: 'InProgress' },
    { element: 'A', kind: 'step', start: 0, end: 500, status: 'Error' },
    { element: 'B', kind: 'step', start: 100, end: 900, status: 'InProgress' },
  ]);
  expect(spansOf(trace, 3).find((s) => s.element === 'A')).toMatchObject({ end: 100, status: 'InProgress' });
});
