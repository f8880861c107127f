/** Builds the trace document (FORMAT.md §4) from a run's state. */
import type { Trace } from '../model/types';
import type { Engine } from './engine';
import { explainNotStarted } from './explain';

/**
 * The trace so far: run summary, started stages, every step of every started stage, events. The
 * trace gets copies of the engine's lists, unless the run is over and the engine dropped (`final`):
 * then it takes them as they are (a 20,000-step run's 60,000 events are not copied once more at the
 * moment the whole run is alive).
 */
export function buildTrace(engine: Engine, stalled: boolean, final = false): Trace {
  const run: Trace['run'] = {
    status: engine.runStatus ?? 'InProgress',
    stalled,
    endedAt: engine.runEndedAt,
    transitions: engine.transitions,
  };
  if (engine.stoppedBy !== null) run.stoppedBy = engine.stoppedBy;
  if (engine.launch) {
    // a save that did not launch the orchestration: nothing ran (docs/projects.md)
    if (!engine.launch.launched) Object.assign(run, { status: 'Completed', endedAt: 0 });
    run.launch = { launched: engine.launch.launched, reason: engine.launch.reason };
  }
  const stages: Trace['stages'] = {};
  for (const s of engine.stages.values()) {
    stages[s.name] = { status: s.status, startedAt: s.startedAt, endedAt: s.endedAt, starts: s.starts };
  }
  const steps: Trace['steps'] = {};
  // forEach, not for…of: this loop runs once per trace, unoptimised, where each iteration of a
  // Map iterator is an object (40 bytes a step of a 20,000-step run)
  engine.steps.forEach((s) => {
    steps[s.name] = {
      stage: s.stageRun.name,
      status: s.status,
      mode: s.mode,
      runAs: s.runAs, // run-as objects are never mutated, only replaced
      startedAt: s.startedAt,
      endedAt: s.endedAt,
      starts: s.starts,
      why: s.status === 'NotStarted' ? explainNotStarted(engine, s) : null,
    };
  });
  const trace: Trace = { format: 'stageflow.trace', version: 1, run, stages, steps, events: final ? engine.events : engine.events.slice() };
  // FORMAT addition (issue 13): present only when a project flow ran, so other traces are unchanged
  if (engine.flowRuns.length > 0) trace.flowRuns = final ? engine.flowRuns : engine.flowRuns.slice();
  return trace;
}
