/**
 * The scenario as the engine reads it (FORMAT.md §3): per-step overrides of the flow's behaviour,
 * evaluation-flow results, work-item settings and limits, with their defaults.
 */
import type { Flow, Scenario, ScenarioEvent } from '../model/types';
import type { ActionMock } from '../flows/interpreter';
import { DEFAULT_DURATION_MS, DEFAULT_MAX_FLOW_ELEMENTS, DEFAULT_MAX_TIME_MS, DEFAULT_MAX_TRANSITIONS } from './events';

export type Outcome = 'success' | 'error';

const NO_OUTPUTS: Readonly<Record<string, unknown>> = Object.freeze(Object.create(null) as Record<string, unknown>);

/** Read-only access to a scenario, with defaults applied. */
export class ScenarioView {
  readonly events: readonly ScenarioEvent[];
  readonly maxTimeMs: number;
  readonly maxTransitions: number;
  readonly autoCompleteWorkItems: boolean;
  /** The calendar instant at virtual time 0 (`$Flow.CurrentDateTime`), when the scenario gives one. */
  readonly startAt: string | undefined;
  /** Stand-ins for the actions project flows call (scenario `actions`), by element or action name. */
  readonly actions: Readonly<Record<string, ActionMock>>;
  /** Elements a project flow's run may execute (the runaway guard). */
  readonly maxFlowElements: number;

  constructor(private readonly scenario: Scenario | undefined) {
    this.events = scenario?.events ?? [];
    this.maxTimeMs = scenario?.limits?.maxTimeMs ?? DEFAULT_MAX_TIME_MS;
    this.maxTransitions = scenario?.limits?.maxTransitions ?? DEFAULT_MAX_TRANSITIONS;
    this.autoCompleteWorkItems = scenario?.autoCompleteWorkItems !== false;
    this.startAt = scenario?.startAt;
    this.actions = scenario?.actions ?? {};
    this.maxFlowElements = scenario?.limits?.maxFlowElements ?? DEFAULT_MAX_FLOW_ELEMENTS;
  }

  private override(step: string) {
    const steps = this.scenario?.steps;
    return steps && Object.prototype.hasOwnProperty.call(steps, step) ? steps[step] : undefined;
  }

  /** Whether the scenario itself sets the step's outcome (then it wins over the step's project flow). */
  forcesError(step: string, start: number): boolean {
    const o = this.override(step);
    if (o?.outcomes && o.outcomes.length > 0) return o.outcomes[Math.min(start, o.outcomes.length) - 1] === 'error';
    return o?.outcome === 'error';
  }

  /** The scenario's own outputs for a step (over a project flow's outputs, key by key). */
  outputOverrides(step: string): Readonly<Record<string, unknown>> | undefined {
    return this.override(step)?.outputs;
  }

  /** R30: the outcome of start number `start` (1-based): `outcomes[n]` (last repeats), `outcome`, the flow's, else success. */
  outcome(step: string, start: number, flow: Flow | null): Outcome {
    const o = this.override(step);
    if (o?.outcomes && o.outcomes.length > 0) return o.outcomes[Math.min(start, o.outcomes.length) - 1]!;
    return o?.outcome ?? flow?.behavior?.outcome ?? 'success';
  }

  /** R21/R23: how long an async flow or an unattended screen flow takes. */
  durationMs(step: string, flow: Flow | null): number {
    return this.override(step)?.durationMs ?? flow?.behavior?.durationMs ?? DEFAULT_DURATION_MS;
  }

  /** R24: the flow's output values, the scenario's overriding the flow's key by key (chosen). */
  outputs(step: string, flow: Flow | null): Readonly<Record<string, unknown>> {
    const fromFlow = flow?.behavior?.outputs;
    const fromScenario = this.override(step)?.outputs;
    if (!fromFlow && !fromScenario) return NO_OUTPUTS;
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    Object.assign(out, fromFlow ?? {}, fromScenario ?? {});
    return out;
  }

  /** The error message of a failed flow. */
  message(step: string, flow: Flow | null, flowName: string | undefined): string {
    return this.override(step)?.message ?? flow?.behavior?.message ?? `flow "${flowName ?? '(none)'}" failed`;
  }

  /** What the closer of the step's work item enters in its screen flow (Stageflow addition `screenValues`). */
  screenValues(step: string): Readonly<Record<string, unknown>> | undefined {
    return this.override(step)?.screenValues;
  }

  /** R22: the scenario's fixed result for an evaluation flow. */
  evaluationResult(flow: string): boolean | undefined {
    const f = this.scenario?.evaluationFlows;
    return f && Object.prototype.hasOwnProperty.call(f, flow) ? f[flow]?.result : undefined;
  }
}
