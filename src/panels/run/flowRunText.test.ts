import { describe, expect, it } from 'vitest';
import type { TraceFlowRun } from '../../model/types';
import { flowRunsOf } from '../../player/flowRunsShown';
import { changeText, decisionReason, flowRunTitle, latestByPurpose, waitingReason } from './flowRunText';

const run = (extra: Partial<TraceFlowRun>): TraceFlowRun => ({
  t: 0, flow: 'F', stage: 'S', purpose: 'step', status: 'completed', path: [], assignments: [], recordsRead: [], recordChanges: [], sideEffects: [], outputs: {}, elementsExecuted: 0, ...extra,
});

describe('flow runs in the run panel', () => {
  it('shows the runs of the selected step and of its conditions up to the time shown; a stage\'s exit runs under the stage', () => {
    // given
    const runs = [run({ step: 'A', t: 0 }), run({ step: 'A', purpose: 'start', t: 10 }), run({ step: 'B', t: 0 }), run({ purpose: 'exit', t: 5 }), run({ step: 'A', t: 50 })];
    // when / then
    const at = (time: number) => ({ index: 3, time, events: 10 });
    expect(flowRunsOf(runs, 'A', at(20)).map((r) => `${r.purpose}@${r.t}`)).toEqual(['step@0', 'start@10']);
    expect(flowRunsOf(runs, 'S', at(20)).map((r) => `${r.purpose}@${r.t}`)).toEqual(['exit@5']);
    expect(latestByPurpose(flowRunsOf(runs, 'A', at(100))).map((r) => `${r.purpose}@${r.t}`)).toEqual(['step@50', 'start@10']);
  });

  it('a run at the time shown is listed only once the event recorded after it is shown, not while its step still shows Not started', () => {
    // given: a sync step's flow ran at 0 ms between event 2 (the step In progress) and event 3 (Completed)
    const runs = [run({ step: 'A', t: 0, seq: 3 })];
    const at = (index: number, time = 0) => flowRunsOf(runs, 'A', { index, time, events: 6 }).length;
    // then
    expect(at(-1)).toBe(0);
    expect(at(2)).toBe(0);
    expect(at(3)).toBe(1);
    expect(at(2, 5)).toBe(1); // the time shown is past the run
  });

  it('a run after the trace\'s last event (the evaluation that left the run stuck) is listed at the last event; a trace without seq goes by time', () => {
    expect(flowRunsOf([run({ step: 'A', t: 7, seq: 6 })], 'A', { index: 4, time: 7, events: 6 })).toHaveLength(0);
    expect(flowRunsOf([run({ step: 'A', t: 7, seq: 6 })], 'A', { index: 5, time: 7, events: 6 })).toHaveLength(1);
    expect(flowRunsOf([run({ step: 'A', t: 7 })], 'A', { index: -1, time: 7, events: 6 })).toHaveLength(1);
    expect(flowRunsOf([run({ step: 'A', t: 7 })], 'A', { index: 5, time: 6, events: 6 })).toHaveLength(0);
  });

  it('an evaluation flow that returned false says which decision outcome made it so', () => {
    // given
    const evaluation = run({ purpose: 'exit', result: false, decision: { element: 'Done_With_Work', outcome: 'default' } });
    // then
    expect(flowRunTitle(evaluation)).toBe('F (its exit condition): completed, returned false');
    expect(decisionReason(evaluation)).toBe('Returned false because decision "Done_With_Work" took the default outcome.');
    expect(decisionReason(run({ purpose: 'exit', result: true, decision: { element: 'D', outcome: 'Yes' } }))).toBeNull();
    // and what it compared, with the values read
    const compared = run({ purpose: 'exit', result: false, decision: { element: 'D', outcome: 'No', notMet: [{ outcome: 'Yes', rows: [{ left: 'Amount', operator: 'GreaterThan', value: 500, expected: 1000 }, { left: 'Stage', operator: 'IsNull', expected: true }] }] } });
    expect(decisionReason(compared)).toBe('Returned false because decision "D" took outcome "No": outcome "Yes" is not met (Amount 500 is not greater than 1000, Stage is not null).');
  });

  it('a record change reads as before → after per field', () => {
    expect(changeText({ element: 'Save', operation: 'update', object: 'Case', id: '500X', before: { Status: 'New' }, after: { Status: 'Working' } }))
      .toBe('update Case 500X: Status "New" → "Working"');
  });

  it('a waiting run says where it is paused and what resumes it: a time, on the run\'s calendar too, or a platform event', () => {
    const start = Date.parse('2025-01-06T09:00:00Z');
    const day = 86_400_000;
    expect(waitingReason(run({ status: 'waiting', waiting: { element: 'Wait_3_Days', until: 3 * day + 1000 } }), start)).toBe('Paused at Wait_3_Days until 72 h (Thursday 9 January 2025, 09:00 UTC).');
    expect(waitingReason(run({ status: 'waiting', waiting: { element: 'Wait_Reply', until: day, events: ['Reply__e'] } }), start)).toBe('Paused at Wait_Reply until 24 h (Tuesday 7 January 2025, 09:00 UTC), or until the platform event Reply__e is published.');
    expect(waitingReason(run({ status: 'waiting', waiting: { element: 'start', events: ['A__e', 'B__e'] } }), start)).toBe('Paused at its scheduled paths until one of the platform events A__e, B__e is published.');
    expect(waitingReason(run({ status: 'completed' }), start)).toBeNull();
  });
});
