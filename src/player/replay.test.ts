import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { bg, ia, orch, stage } from '../engine/testing/builders';
import type { Trace } from '../model/types';
import { TraceReplay } from './replay';

/** Two stages; an interactive step with a work item; a background step with a run-as user; a restart of stage S1. */
function trace(): Trace {
  const ev = (seq: number, t: number, type: Trace['events'][number]['type'], extra: object = {}) => ({ seq, t, type, ...extra });
  return {
    format: 'stageflow.trace', version: 1,
    run: { status: 'Completed', stalled: false, endedAt: 900, transitions: 12 },
    stages: { S1: { status: 'Completed', startedAt: 0, endedAt: 500 }, S2: { status: 'Completed', startedAt: 500, endedAt: 900 } },
    steps: {
      A: { stage: 'S1', status: 'Completed', mode: 'sync', runAs: { user: 'ops', context: 'system', access: 'withSharing' }, startedAt: 0, endedAt: 0, starts: 2, why: null },
      W: { stage: 'S1', status: 'Completed', mode: 'interactive', runAs: { user: 'ann', context: 'user', access: 'withSharing' }, startedAt: 0, endedAt: 400, starts: 1, why: null },
      C: { stage: 'S2', status: 'Completed', mode: 'async', runAs: null, startedAt: 500, endedAt: 900, starts: 1, why: null },
    },
    events: [
      ev(0, 0, 'runStarted'), ev(1, 0, 'stageStarted', { stage: 'S1' }), ev(2, 0, 'evaluation', { stage: 'S1', cause: 'stageStarted' }),
      ev(3, 0, 'stepStarted', { stage: 'S1', step: 'A' }), ev(4, 0, 'stepCompleted', { stage: 'S1', step: 'A' }),
      ev(5, 0, 'stepStarted', { stage: 'S1', step: 'W' }), ev(6, 0, 'workItemAssigned', { stage: 'S1', step: 'W', assignee: 'ann' }),
      ev(7, 100, 'runSuspended'), ev(8, 200, 'runResumed'),
      ev(9, 400, 'workItemCompleted', { stage: 'S1', step: 'W', by: 'bob' }), ev(10, 400, 'stepCompleted', { stage: 'S1', step: 'W' }),
      ev(11, 500, 'stageCompleted', { stage: 'S1' }), ev(12, 500, 'stageStarted', { stage: 'S2' }),
      ev(13, 500, 'stepStarted', { stage: 'S2', step: 'C' }), ev(14, 900, 'stepCompleted', { stage: 'S2', step: 'C' }),
      ev(15, 900, 'stageCompleted', { stage: 'S2' }), ev(16, 900, 'runCompleted'),
    ],
  };
}

describe('TraceReplay.advance (playback applies only the events since the frame before)', () => {
  it('gives the same state as stateAt from every earlier moment to every later one', () => {
    // given the replay of a trace
    const replay = new TraceReplay(trace());
    for (let from = -1; from < replay.length; from++) {
      for (let to = from; to < replay.length; to++) {
        // when advancing from one moment to a later one
        const advanced = replay.advance(replay.stateAt(from), to);
        // then the state is the one rebuilt from scratch
        expect(advanced, `${from} → ${to}`).toEqual(replay.stateAt(to));
      }
    }
  });

  it('step by step, one event a frame, ends where stateAt does, and going back rebuilds', () => {
    // given
    const replay = new TraceReplay(trace());
    let shown = replay.stateAt(-1);
    // when advancing one event at a time
    for (let i = 0; i < replay.length; i++) shown = replay.advance(shown, i);
    // then
    expect(shown).toEqual(replay.stateAt(replay.length - 1));
    expect(shown.openWorkItems).toEqual([]);
    expect(shown.runAs).toEqual({ A: 'ops', W: 'bob' });
    // and going back gives the earlier state
    expect(replay.advance(shown, 6)).toEqual(replay.stateAt(6));
    expect(replay.advance(shown, 6).openWorkItems).toEqual(['W']);
  });

  it('never changes the snapshot it starts from, and shares the records no event touched', () => {
    // given the state after the work item was assigned
    const replay = new TraceReplay(trace());
    const before = replay.stateAt(6);
    const copy = structuredClone(before);
    // when advancing over the suspension and resumption (run and stage statuses only)
    const after = replay.advance(before, 8);
    // then the earlier snapshot is untouched
    expect(before).toEqual(copy);
    // and the step records are the same objects, the stage record a new one
    expect(after.steps).toBe(before.steps);
    expect(after.runAs).toBe(before.runAs);
    expect(after.stages).not.toBe(before.stages);
    expect(after.run).toBe('InProgress');
    // when advancing over a step's completion, the steps record is copied, not written in place
    const done = replay.advance(after, 10);
    expect(done.steps).not.toBe(after.steps);
    expect(after.steps.W).toBe('InProgress');
    expect(done.steps.W).toBe('Completed');
  });

  it('returns the same snapshot when the index does not move', () => {
    // given
    const replay = new TraceReplay(trace());
    const shown = replay.stateAt(4);
    // when / then
    expect(replay.advance(shown, 4)).toBe(shown);
  });
});

describe('TraceReplay run-as (UI-CONTRACT: a step that has started carries data-run-as)', () => {
  it('gives an interactive step its assignee from the moment it starts, before the work item event is shown', () => {
    // given the replay of a trace where W starts (event 5) and its work item is assigned to ann (event 6)
    const replay = new TraceReplay(trace());
    // when the moment shown is W's start
    const started = replay.stateAt(5);
    // then W is in progress and already runs as its assignee
    expect(started.steps.W).toBe('InProgress');
    expect(started.runAs.W).toBe('ann');
    // and it is the same when playback reaches that moment one event at a time
    expect(replay.advance(replay.stateAt(4), 5).runAs.W).toBe('ann');
  });
});

describe('TraceReplay beats: one visible change at a time (the Timeline\'s arrow keys)', () => {
  it('nextBeat passes over events that change nothing on the canvas; previousBeat goes back one visible change', () => {
    const replay = new TraceReplay(trace());
    // event 2 is an evaluation: from stageStarted (1) the next visible change is A's start (3)
    expect(replay.nextBeat(1)).toBe(3);
    expect(replay.nextBeat(-1)).toBe(0);
    expect(replay.nextBeat(16)).toBe(16);
    // shown at the evaluation (2), the state is that of stageStarted (1): one change back is runStarted (0)
    expect(replay.previousBeat(2)).toBe(0);
    expect(replay.previousBeat(3)).toBe(1);
    expect(replay.previousBeat(0)).toBe(-1);
    expect(replay.previousBeat(-1)).toBe(-1);
    // every step forward from the start changes a status, a run-as or a work item shown (not only the moment)
    const shown = (i: number) => { const { index: _index, t: _t, ...rest } = replay.stateAt(i) as unknown as Record<string, unknown>; return JSON.stringify(rest); };
    for (let i = -1; i < 16; i = replay.nextBeat(i)) expect(shown(replay.nextBeat(i)), `after ${i}`).not.toBe(shown(i));
    // while a step to the evaluation (2) alone shows nothing new
    expect(shown(2)).toBe(shown(1));
  });
});

describe('TraceReplay.endTime', () => {
  it('is when the run ended; for a run a time limit stopped, the limit (the banner says it stopped there)', () => {
    const ended = trace();
    expect(new TraceReplay(ended).endTime).toBe(900);
    const stopped: Trace = { ...ended, run: { status: 'InProgress', stalled: false, endedAt: null, transitions: 12, stoppedBy: 'maxTimeMs' } };
    expect(new TraceReplay(stopped).endTime).toBe(900); // the limit unknown (a trace file): its last event
    expect(new TraceReplay(stopped, 86_400_000).endTime).toBe(86_400_000);
    const stalled: Trace = { ...ended, run: { status: 'InProgress', stalled: true, endedAt: null, transitions: 12 } };
    expect(new TraceReplay(stalled, 86_400_000).endTime).toBe(900);
  });

  it('R46: an interactive step that failed before its work item was assigned shows a run-as from its start on, as every started step does (UI-CONTRACT data-run-as), none before', () => {
    // given the assignee $Record.OwnerId with no record data: the step errors as it starts
    const trace = simulate(orch([stage('S', [bg('X'), ia('Ask', { assignee: { type: 'user', name: '$Record.OwnerId' } })])], { trigger: { type: 'recordTriggered', object: 'Case' } }));
    const replay = new TraceReplay(trace);
    const started = trace.events.findIndex((e) => e.type === 'stepStarted' && e.step === 'Ask');
    expect(started).toBeGreaterThan(0);
    expect(replay.stateAt(replay.length - 1).steps.Ask).toBe('Error');
    // then nothing before it starts, and the trace's run-as (the stand-in of a missing assignee) from then on
    for (let i = -1; i < started; i++) expect(replay.stateAt(i).runAs.Ask).toBeUndefined();
    for (let i = started; i < replay.length; i++) expect(replay.stateAt(i).runAs.Ask).toBe(trace.steps.Ask!.runAs!.user);
    expect(trace.steps.Ask!.runAs!.user).toBe('$AutomatedProcessUser');
    expect(replay.stateAt(replay.length - 1).runAs.X).toBe('$AutomatedProcessUser');
  });
});
