import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Trace as TraceSchema } from '../model/schema';
import type { RunStatus, StageStatus, StepStatus, Trace } from '../model/types';
import { simulate } from './index';
import { createSimulation, runToEnd } from './simulation';
import { RUN_TRANSITIONS, STAGE_TRANSITIONS, STEP_TRANSITIONS } from './statuses';
import { runArb } from './testing/generate';
import { NaiveSweeper } from './testing/naiveSweeper';

type Replay = { run: RunStatus | null; stages: Map<string, StageStatus>; steps: Map<string, StepStatus>; problems: string[] };

const STEP_EVENT: Record<string, StepStatus> = {
  stepStarted: 'InProgress', stepCompleted: 'Completed', stepErrored: 'Error', stepDiscontinued: 'Discontinued', stepCanceled: 'Canceled',
};
const STAGE_EVENT: Record<string, StageStatus> = {
  stageStarted: 'InProgress', stageCompleted: 'Completed', stageErrored: 'Error', stageDiscontinued: 'Discontinued', stageSuspended: 'Suspended', stageCanceled: 'Canceled',
};
const RUN_EVENT: Record<string, RunStatus> = {
  runStarted: 'InProgress', runCompleted: 'Completed', runErrored: 'Error', runSuspended: 'Suspended', runResumed: 'InProgress', runCanceled: 'Canceled', runRetried: 'InProgress',
};

/**
 * Replays the trace's events and checks every status change against SEMANTICS.md's transition
 * diagrams and that at most one stage is InProgress after each event.
 */
function replay(trace: Trace): Replay {
  const r: Replay = { run: null, stages: new Map(), steps: new Map(), problems: [] };
  const stepStage = new Map(Object.entries(trace.steps).map(([name, s]) => [name, s.stage]));
  const moveStage = (stage: string, to: StageStatus, t: number) => {
    const from = r.stages.get(stage) ?? null;
    if (!STAGE_TRANSITIONS[from ?? 'none'].includes(to)) r.problems.push(`t=${t} stage ${stage} ${from} → ${to}`);
    r.stages.set(stage, to);
  };
  for (const e of trace.events) {
    const runTo = RUN_EVENT[e.type];
    if (runTo) {
      if (!RUN_TRANSITIONS[r.run ?? 'none'].includes(runTo)) r.problems.push(`t=${e.t} run ${r.run} → ${runTo}`);
      r.run = runTo;
      if ((e.type === 'runResumed' || e.type === 'runRetried') && e.stage) moveStage(e.stage, 'InProgress', e.t);
    }
    const stageTo = STAGE_EVENT[e.type];
    if (stageTo && e.stage) {
      if (e.type === 'stageStarted') {
        // R7: entering a stage (again) puts every step of it back to NotStarted
        for (const [step, stage] of stepStage) if (stage === e.stage) r.steps.set(step, 'NotStarted');
      }
      moveStage(e.stage, stageTo, e.t);
    }
    const stepTo = STEP_EVENT[e.type];
    if (stepTo && e.step) {
      const from = r.steps.get(e.step) ?? 'NotStarted';
      if (!STEP_TRANSITIONS[from].includes(stepTo)) r.problems.push(`t=${e.t} step ${e.step} ${from} → ${stepTo}`);
      r.steps.set(e.step, stepTo);
    }
    const inProgress = [...r.stages.values()].filter((s) => s === 'InProgress').length;
    if (inProgress > 1) r.problems.push(`t=${e.t} seq=${e.seq}: ${inProgress} stages InProgress`);
  }
  return r;
}

describe('engine properties over generated orchestrations and scenarios', () => {
  it('traces are deterministic, valid, ordered, within limits, and only make legal status transitions', () => {
    fc.assert(
      fc.property(runArb, ({ doc, scenario }) => {
        const trace = simulate(doc, scenario);
        // determinism: byte-identical on a second run
        expect(JSON.stringify(simulate(doc, scenario))).toBe(JSON.stringify(trace));
        // valid against the zod Trace schema
        expect(TraceSchema.safeParse(trace).success).toBe(true);
        const problems: string[] = [];
        // seq strictly increasing from 0, t non-decreasing
        trace.events.forEach((e, i) => {
          if (e.seq !== i) problems.push(`event ${i} has seq ${e.seq}`);
          if (i > 0 && e.t < trace.events[i - 1]!.t) problems.push(`event ${i} goes back in time`);
        });
        // the run ends within its limits
        const limits = scenario.limits!;
        if (trace.run.transitions > limits.maxTransitions!) problems.push('too many transitions');
        if (trace.events.some((e) => e.t > limits.maxTimeMs!)) problems.push('an event after maxTimeMs');
        // legal transitions only, at most one stage InProgress, and replaying gives the final statuses
        const r = replay(trace);
        problems.push(...r.problems);
        if ((r.run ?? 'InProgress') !== trace.run.status) problems.push(`run replays to ${r.run}`);
        for (const [name, s] of Object.entries(trace.stages)) if (r.stages.get(name) !== s.status) problems.push(`stage ${name} replays to ${r.stages.get(name)}`);
        for (const [name, s] of Object.entries(trace.steps)) {
          const replayed = r.steps.get(name) ?? 'NotStarted';
          if (replayed !== s.status) problems.push(`step ${name} replays to ${replayed}, trace says ${s.status}`);
          // every started step ended Completed/Error/Discontinued/Canceled or is still running (only in a live run)
          if (s.starts === 0 && s.status !== 'NotStarted') problems.push(`step ${name} never started but is ${s.status}`);
          if (s.status === 'InProgress' && trace.run.stoppedBy === undefined && !['InProgress', 'Suspended'].includes(trace.run.status)) {
            problems.push(`step ${name} still running in a ${trace.run.status} run`);
          }
          if ((s.why === null) !== (s.status !== 'NotStarted') || (s.why !== null && s.why.length < 10)) problems.push(`step ${name} why ${s.why}`);
        }
        // stalled only for an InProgress run that no limit stopped
        if (trace.run.stalled && (trace.run.status !== 'InProgress' || trace.run.stoppedBy !== undefined)) problems.push('stalled but not a live run');
        expect(problems).toEqual([]);
      }),
      { numRuns: 700, seed: 20250309 },
    );
  });

  it('the indexed sweeper gives byte-identical traces to the naive reference', () => {
    fc.assert(
      fc.property(runArb, ({ doc, scenario }) => {
        const indexed = JSON.stringify(runToEnd(doc, scenario));
        const naive = JSON.stringify(runToEnd(doc, scenario, { sweeper: () => new NaiveSweeper() }));
        expect(indexed).toBe(naive);
      }),
      { numRuns: 500, seed: 7 },
    );
  });

  it('driving the simulation instant by instant gives the same trace as simulate', () => {
    fc.assert(
      fc.property(runArb, ({ doc, scenario }) => {
        const sim = createSimulation(doc, scenario);
        sim.start();
        let guard = 0;
        for (let t = sim.nextTime(); t !== null && guard < 10_000; t = sim.nextTime(), guard++) sim.advanceTo(t);
        expect(JSON.stringify(sim.trace())).toBe(JSON.stringify(simulate(doc, scenario)));
      }),
      { numRuns: 150, seed: 42 },
    );
  });
});
