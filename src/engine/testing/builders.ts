/**
 * Compact builders of orchestrations and scenarios for engine tests, and a readable rendering of a
 * trace's events. Test support only.
 */
import type { Flow, Orchestration, Scenario, ScenarioEvent, Stage, Step, Trace, TraceEvent } from '../../model/types';

/** Catalog flows every built orchestration has: `Sync` (no async elements), `Async` (an Action,
 * 1000 ms), `Screen` (a screen flow), `Yes`/`No` (evaluation flows with fixed results). */
export const BASE_FLOWS: Flow[] = [
  { name: 'Sync', type: 'autolaunched', active: true, elements: ['Assignment'], runMode: 'default' },
  { name: 'Async', type: 'autolaunched', active: true, elements: ['Action'], runMode: 'default', behavior: { durationMs: 1000 } },
  { name: 'Screen', type: 'screen', active: true, elements: ['Screen'] },
  { name: 'Yes', type: 'evaluation', active: true, result: true },
  { name: 'No', type: 'evaluation', active: true, result: false },
];

export function bg(name: string, extra: Partial<Step> = {}): Step {
  return { name, kind: 'background', flow: 'Sync', ...extra };
}

export function asyncStep(name: string, extra: Partial<Step> = {}): Step {
  return bg(name, { flow: 'Async', ...extra });
}

export function ia(name: string, extra: Partial<Step> = {}): Step {
  return { name, kind: 'interactive', flow: 'Screen', assignee: { type: 'user', name: 'mgr' }, ...extra };
}

export function after(step: string): Step['start'] {
  return { mode: 'stepCompleted', step };
}

export function stage(name: string, steps: Step[], extra: Partial<Stage> = {}): Stage {
  return { name, steps, ...extra };
}

export function orch(stages: Stage[], extra: Partial<Orchestration> = {}): Orchestration {
  const { flows, ...rest } = extra;
  return {
    format: 'stageflow.orchestration',
    version: 1,
    name: 'Test',
    apiVersion: 66,
    users: [{ username: 'mgr', active: true }, { username: 'jdoe', active: true }, { username: 'ann', active: true }],
    stages,
    ...rest,
    flows: [...BASE_FLOWS, ...(flows ?? [])],
  };
}

export function scenario(events: ScenarioEvent[] = [], extra: Partial<Scenario> = {}): Scenario {
  return { format: 'stageflow.scenario', version: 1, events, ...extra };
}

function describe(e: TraceEvent): string {
  const parts: string[] = [String(e.t), e.type];
  if (e.type === 'evaluation') parts.push(String(e.stage), String(e.cause));
  else if (e.step !== undefined) parts.push(e.step);
  else if (e.type === 'variableSet') parts.push(`${String(e.target)}=${JSON.stringify(e.value)}`);
  else if (e.type === 'decisionTaken') parts.push(String(e.decision), String(e.outcome), String(e.next));
  else if (e.stage !== undefined) parts.push(e.stage);
  return parts.join(' ');
}

/** Events as "t type subject" lines, e.g. "0 stepStarted A", "500 evaluation S asyncStepCompleted". */
export function lines(trace: Trace): string[] {
  return trace.events.map(describe);
}

/** The lines of events of the given types only. */
export function linesOf(trace: Trace, ...types: TraceEvent['type'][]): string[] {
  return trace.events.filter((e) => types.includes(e.type)).map(describe);
}
