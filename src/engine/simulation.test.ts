import { describe, expect, it } from 'vitest';
import { createSimulation, simulate } from './index';
import { asyncStep, bg, ia, orch, scenario, stage } from './testing/builders';

describe('createSimulation (the incremental form the UI drives)', () => {
  it('steps instant by instant and exposes a read-only snapshot', () => {
    // given an async step then an interactive step
    const doc = orch([stage('S', [asyncStep('Fetch'), ia('Approve', { start: { mode: 'stepCompleted', step: 'Fetch' } })])]);
    const sim = createSimulation(doc, scenario([], { autoCompleteWorkItems: false }));
    // when it starts
    sim.start();
    // then t=0 is processed and the next instant is the async completion
    expect(sim.state()).toMatchObject({ time: 0, currentStage: 'S', nextTime: 1000, run: { status: 'InProgress', stalled: false } });
    expect(sim.state().steps.Fetch).toMatchObject({ status: 'InProgress', mode: 'async', runAs: { user: '$AutomatedProcessUser' } });
    // when it steps
    expect(sim.step()).toBe(true);
    expect(sim.state().time).toBe(1000);
    expect(sim.state().workItems).toEqual([{ step: 'Approve', stage: 'S', assignee: { type: 'user', name: 'mgr' }, assignedAt: 1000 }]);
    // nothing is scheduled any more: the run is stalled on the open work item
    expect(sim.step()).toBe(false);
    expect(sim.trace().run.stalled).toBe(true);
    // an intervention now, at a later virtual time, completes it
    sim.advanceTo(4000);
    sim.apply({ type: 'completeWorkItem', step: 'Approve', by: 'mgr' });
    const trace = sim.trace();
    expect(trace.run).toMatchObject({ status: 'Completed', endedAt: 4000, stalled: false });
    expect(trace.steps.Approve?.runAs?.user).toBe('mgr');
  });

  it('apply suspends and resumes at the current time; the snapshot cannot change the run', () => {
    const doc = orch([stage('S', [asyncStep('A'), bg('B', { start: { mode: 'stepCompleted', step: 'A' } })])]);
    const sim = createSimulation(doc);
    sim.advanceTo(200);
    sim.apply({ type: 'suspend' });
    const snap = sim.state();
    expect(snap.run.status).toBe('Suspended');
    (snap.stages as Record<string, string>).S = 'Completed';
    expect(sim.state().stages.S).toBe('Suspended');
    sim.advanceTo(3000); // A finished at 1000 while suspended: held
    expect(sim.state().steps.A?.status).toBe('InProgress');
    sim.apply({ type: 'resume' });
    expect(sim.trace().run).toMatchObject({ status: 'Completed', endedAt: 3000 });
  });

  it('maxTimeMs stops the run with work still scheduled, InProgress and not stalled', () => {
    const trace = simulate(orch([stage('S', [asyncStep('Long', { flow: 'Long' })])], {
      flows: [{ name: 'Long', type: 'autolaunched', active: true, elements: ['Wait'], behavior: { durationMs: 10_000 } }],
    }), scenario([], { limits: { maxTimeMs: 5000 } }));
    expect(trace.run).toMatchObject({ status: 'InProgress', stalled: false, stoppedBy: 'maxTimeMs', endedAt: null });
  });
});
