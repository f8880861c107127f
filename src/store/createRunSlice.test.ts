import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../engine';
import { validateOrchestration } from '../model/validate';
import type { Orchestration, Scenario, Trace } from '../model/types';
import { ManualFrames } from '../player/frameScheduler';
import { createAppStore } from './appStore';

const design = { format: 'stageflow.orchestration', version: 1, name: 'Loop', stages: [{ name: 'A', steps: [] }] } as unknown as Orchestration;

describe('the run slice', () => {
  it('leaving a run (Exit run, an import) while it is still being computed aborts its computation', async () => {
    // given a run whose trace is still being computed
    const signals: AbortSignal[] = [];
    const store = createAppStore({ frames: new ManualFrames(), computeTrace: (_doc, _scenario, signal) => { signals.push(signal!); return new Promise<Trace>(() => {}); } });
    void store.getState().showRun(design, null);
    expect(store.getState().runPhase).toBe('computing');
    // when another run replaces it, then the user leaves that one
    void store.getState().showRun(design, null);
    expect(signals.map((s) => s.aborted)).toEqual([true, false]);
    store.getState().exitRun();
    // then nobody waits for either computation any more
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    expect(store.getState().runPhase).toBe('idle');
  });

  it('a pan by hand stops following for the run it was made in; the next Run follows again, unless the user unticked Follow the run', async () => {
    // given a run shown, following (the default)
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    store.getState().openDocument(JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration);
    await store.getState().prepareRuns();
    expect(store.getState().startRun()).toBe(true);
    expect(store.getState().followRun).toBe(true);
    // when the canvas is panned by hand, then the user leaves the run and runs again
    store.getState().stopFollowByPan();
    expect(store.getState().followRun).toBe(false);
    store.getState().exitRun();
    expect(store.getState().startRun()).toBe(true);
    // then the new run follows (before: the pan of the run before had turned it off for good)
    expect(store.getState().followRun).toBe(true);
    // but the checkbox unticked is the user's choice, kept for the next run
    store.getState().setFollowRun(false);
    store.getState().exitRun();
    expect(store.getState().startRun()).toBe(true);
    expect(store.getState().followRun).toBe(false);
  });

  it('a run the app\'s service computes at once is shown as Run is pressed, with no computing phase; the engine is loaded by prepareRuns', async () => {
    // given the app's store (no computeTrace of its own) with a valid design open
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    const doc = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
    store.getState().openDocument(doc);
    // when the engine is loaded ahead of time and Run is pressed
    await store.getState().prepareRuns();
    expect(store.getState().startRun()).toBe(true);
    // then the trace is there at once
    expect(store.getState().runPhase).toBe('ready');
    expect(store.getState().trace).toEqual(simulate(doc, store.getState().scenarios[0]));
    expect(store.getState().trace?.events.length).toBeGreaterThan(5);
  });

  it('a scenario revised from the run view (a record the run lacked) is the design\'s scenario from then on, and the run is computed again with the interventions made, at the moment shown', async () => {
    // given a run of the design's scenario in which the user has completed the open work item
    const review = {
      format: 'stageflow.orchestration', version: 1, name: 'Review_Request', apiVersion: 63,
      trigger: { type: 'autolaunched', launchedBy: 'ops', runContext: 'user' },
      users: [{ username: 'ops', active: true }],
      flows: [{ name: 'Review_Screen', type: 'screen', active: true, elements: ['Screen'], behavior: { durationMs: 1000 } }],
      stages: [{ name: 'Review', steps: [{ name: 'Approve', kind: 'interactive', flow: 'Review_Screen', assignee: { type: 'user', name: 'ops' } }] }],
    } as unknown as Orchestration;
    const attended: Scenario = { format: 'stageflow.scenario', version: 1, name: 'Attended', events: [], autoCompleteWorkItems: false };
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration, computeTrace: (d, s) => Promise.resolve(simulate(d, s ?? undefined)) });
    store.getState().openUnsavedDesign(review, [attended]);
    expect(store.getState().startRun()).toBe(true);
    await expect.poll(() => store.getState().runPhase).toBe('ready');
    store.getState().player!.toEnd();
    await store.getState().intervene({ type: 'completeWorkItem', step: 'Approve' });
    const time = store.getState().cursor.time;
    // when the scenario is revised
    const revised: Scenario = { ...attended, records: { User: [{ Id: '005SCN000000000001', Username: 'ops' }] } };
    await store.getState().reviseRunScenario(revised);
    // then the design keeps it, the run ran it with the intervention, and shows the same moment
    expect(store.getState().scenarios).toEqual([revised]);
    expect(store.getState().runScenario).toEqual({ ...revised, events: [{ type: 'completeWorkItem', step: 'Approve', at: time }] });
    expect(store.getState().trace!.steps.Approve?.status).toBe('Completed');
    expect(store.getState().cursor.time).toBe(time);
    // and a run of a scenario that is not among the design's changes the run only
    await store.getState().showRun(review, { ...attended, name: 'From elsewhere' });
    await store.getState().reviseRunScenario({ ...revised, name: 'From elsewhere' });
    expect(store.getState().scenarios).toEqual([revised]);
    expect(store.getState().runScenario?.name).toBe('From elsewhere');
  });

  it('Run refused for several errors offers the list of all (Show all problems); for one error it does not', () => {
    // given the onboarding sample with two steps whose flows are gone
    const store = createAppStore({ frames: new ManualFrames(), validate: validateOrchestration });
    const doc = JSON.parse(readFileSync('public/samples/onboarding.json', 'utf8')) as Orchestration;
    doc.stages[0]!.steps[0]!.flow = '';
    store.getState().openDocument(doc);
    // when Run is pressed
    expect(store.getState().startRun()).toBe(false);
    // then the notice names the one error, with nothing more to list
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error' });
    expect(store.getState().notices.at(-1)).not.toHaveProperty('allProblems');
    // when a second step's flow is gone too, the notice names the first and offers the list of all
    const two = structuredClone(doc);
    two.stages[1]!.steps[0]!.flow = '';
    store.getState().openDocument(two);
    expect(store.getState().startRun()).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringMatching(/\(and 1 other problem\)$/), allProblems: true });
  });
});
