import { describe, expect, it } from 'vitest';
import type { Trace, TraceFlowRun } from '../model/types';
import { standInShown } from './flowRunsShown';

const run = (extra: Partial<TraceFlowRun>): TraceFlowRun => ({
  t: 0, flow: 'F', stage: 'S', purpose: 'step', status: 'completed', path: [], assignments: [], recordsRead: [], recordChanges: [], sideEffects: [], outputs: {}, elementsExecuted: 0, ...extra,
});
const trace = (flowRuns: TraceFlowRun[]): Trace => ({ format: 'stageflow.trace', version: 1, run: { status: 'Completed', stalled: false, endedAt: 10, transitions: 6 }, stages: {}, steps: {}, events: Array.from({ length: 6 }, (_, i) => ({ t: i, type: 'x' })), flowRuns } as unknown as Trace);

describe('standInShown: whether a step card says its flow took its stand-in, at the moment shown', () => {
  it('says so for the step whose run took the stand-in, once the moment shown has passed the run; not for its neighbours or a run that completed', () => {
    // given: A's flow stopped as unsupported at 5 ms (recorded before event 3), B's flow completed
    const t = trace([run({ step: 'A', t: 5, seq: 3, status: 'unsupported', standIn: true }), run({ step: 'B', t: 5, seq: 3 })]);
    // then
    expect(standInShown(t, 'A', { index: 2, time: 5, events: 6 })).toBe(false);
    expect(standInShown(t, 'A', { index: 3, time: 5, events: 6 })).toBe(true);
    expect(standInShown(t, 'B', { index: 5, time: 10, events: 6 })).toBe(false);
    expect(standInShown(t, 'C', { index: 5, time: 10, events: 6 })).toBe(false);
  });

  it('a condition\'s evaluation flow that took its stand-in counts for the step it decides, and a stage\'s exit condition for the stage', () => {
    const t = trace([run({ step: 'A', purpose: 'start', t: 1, standIn: true, status: 'unsupported' }), run({ purpose: 'exit', stage: 'S', t: 2, standIn: true, status: 'unsupported' })]);
    expect(standInShown(t, 'A', { index: 5, time: 10, events: 6 })).toBe(true);
    expect(standInShown(t, 'S', { index: 5, time: 10, events: 6 })).toBe(true);
  });
});
