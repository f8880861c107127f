import { expect, it } from 'vitest';
import type { Orchestration, TraceEvent } from '../../model/types';
import { stageErrorText } from './stageErrorWords';

const doc = (faultNext?: string): Orchestration => ({
  format: 'stageflow.orchestration', version: 1, name: 'O', label: 'O',
  stages: [
    { name: 'Review', label: 'Review', steps: [], ...(faultNext ? { faultNext } : {}) },
    { name: 'Fix_It', label: 'Fix it', steps: [] },
  ],
} as unknown as Orchestration);
const labels: Record<string, string> = { Review: 'Review', Fix_It: 'Fix it', Check: 'Check the file', Ask: 'Ask the manager' };
const labelOf = (name: string) => labels[name] ?? name;
const ev = (seq: number, type: TraceEvent['type'], rest: Partial<TraceEvent> = {}): TraceEvent => ({ seq, t: 0, type, stage: 'Review', ...rest });

const failedRun: TraceEvent[] = [
  ev(0, 'runStarted', { stage: undefined }), ev(1, 'stageStarted'), ev(2, 'stepStarted', { step: 'Check' }), ev(3, 'stepStarted', { step: 'Ask' }),
  ev(4, 'stepErrored', { step: 'Check', message: 'flow "Check_File" failed: no record found.' }), ev(5, 'stageErrored'), ev(6, 'stepDiscontinued', { step: 'Ask' }), ev(7, 'runErrored'),
];

it('says which step failed with the engine\'s message, what was discontinued, and that with no fault path no later stage starts (R31)', () => {
  expect(stageErrorText(failedRun, 7, doc(), 'Review', labelOf)).toEqual([
    'Step “Check the file” failed: flow "Check_File" failed: no record found.',
    'Its other step in progress was discontinued: “Ask the manager”.',
    'It has no fault path, so the run ended in Error: no later stage starts, and its steps that had not started never start. Retry, under Act on the run, starts the failed steps again.',
  ]);
});

it('names the fault path the run goes on to (R32)', () => {
  expect(stageErrorText(failedRun.slice(0, 7), 6, doc('Fix_It'), 'Review', labelOf).at(-1))
    .toBe('Its fault path leads to stage “Fix it”: the run goes on there, and its steps that had not started never start.');
});

it('speaks of the latest failure only once the stage was retried (R34), and of nothing later than the moment shown', () => {
  const retried = [...failedRun, ev(8, 'runRetried'), ev(9, 'stepStarted', { step: 'Check' }), ev(10, 'stepErrored', { step: 'Check', message: 'again' }), ev(11, 'stageErrored'), ev(12, 'runErrored')];
  expect(stageErrorText(retried, 12, doc(), 'Review', labelOf).slice(0, 2)).toEqual([
    'Step “Check the file” failed: again.',
    'It has no fault path, so the run ended in Error: no later stage starts, and its steps that had not started never start. Retry, under Act on the run, starts the failed steps again.',
  ]);
  expect(stageErrorText(retried, 5, doc(), 'Review', labelOf)[0]).toBe('Step “Check the file” failed: flow "Check_File" failed: no record found.');
});
