/** Zod schema of the scenario document (FORMAT.md §3). Reached through schema.ts. */
import { z } from 'zod';
import { DATE_TIME, JsonValue, RUN_STATUSES, STAGE_STATUSES, STATUS_VALUES, ScalarValue, TRACE_EVENT_TYPES } from './orchestrationSchema';

export const StepOverride = z.looseObject({
  outcome: z.enum(['success', 'error']).optional(),
  outcomes: z.array(z.enum(['success', 'error'])).min(1).optional(),
  durationMs: z.number().int().nonnegative().optional(),
  outputs: z.record(z.string(), JsonValue).optional(),
  message: z.string().optional(),
  /**
   * Stageflow addition: what the person closing the step's work item enters in its screen flow
   * (a project flow's `screens`), by screen field API name; a component's outputs as an object of
   * output name → value. Fields not given take their defaults. Used by every close of the item;
   * a `completeWorkItem` event's own `screenValues` win key by key (docs/flows.md "In a run").
   */
  screenValues: z.record(z.string(), JsonValue).optional(),
});

const at = z.number().int('times are whole virtual milliseconds').nonnegative('times start at 0');

export const ScenarioEvent = z.discriminatedUnion('type', [
  z.looseObject({ at, type: z.literal('set'), target: z.string().min(1), value: ScalarValue }),
  /** Stageflow addition: `event`, a platform event type that resumes the project flows waiting for it. */
  z.looseObject({ at, type: z.literal('publishEvent'), by: z.string().optional(), event: z.string().min(1).optional() }),
  /** Stageflow addition: `screenValues`, what the closer enters in the screen flow (over the step's `screenValues`). */
  z.looseObject({ at, type: z.literal('completeWorkItem'), step: z.string().min(1), by: z.string().optional(), screenValues: z.record(z.string(), JsonValue).optional() }),
  z.looseObject({ at, type: z.literal('suspend') }),
  z.looseObject({ at, type: z.literal('resume') }),
  z.looseObject({ at, type: z.literal('cancel') }),
  z.looseObject({ at, type: z.literal('retry') }),
]);

/** An event of the trace an `order` expectation names: its type and, optionally, its element. */
export const EventRef = z.looseObject({
  type: z.enum(TRACE_EVENT_TYPES),
  /** The step, decision, stage or set target the event is about (in that order of preference). */
  element: z.string().min(1).optional(),
});

const elementName = z.string().min(1);
const ms = z.number().nonnegative();

/**
 * Stageflow addition (optional): what the scenario's author expects of the run, which turns the
 * scenario into a test (`stageflow test`, the app's "Run all scenarios"). Checked by
 * src/verify/expectations; described in docs/cli.md.
 */
export const Expectation = z.discriminatedUnion('kind', [
  /** The step's final status. */
  z.looseObject({ kind: z.literal('stepStatus'), step: elementName, status: z.enum(STATUS_VALUES) }),
  /** The stage's final status (a stage that never started fails every status). */
  z.looseObject({ kind: z.literal('stageStatus'), stage: elementName, status: z.enum(STAGE_STATUSES) }),
  /** The run's final status, and optionally that it ended by `byMs`. */
  z.looseObject({ kind: z.literal('runStatus'), status: z.enum(RUN_STATUSES), byMs: ms.optional() }),
  z.looseObject({ kind: z.literal('notStalled') }),
  /** Who the step's flow ran as (its latest start); `context` and `access` only when given. */
  z.looseObject({
    kind: z.literal('runAs'), step: elementName, user: z.string().min(1),
    context: z.enum(['system', 'user']).optional(), access: z.enum(['withSharing', 'withoutSharing']).nullable().optional(),
  }),
  /** The step never started in the run; `why`, when given, must be part of the reason the trace gives. */
  z.looseObject({ kind: z.literal('notStarted'), step: elementName, why: z.string().min(1).optional() }),
  /** The first `first` event comes before the first `then` event (both must happen). */
  z.looseObject({ kind: z.literal('order'), first: EventRef, then: EventRef }),
  /** The step started by `startedBy` and/or ended by `endedBy` (virtual ms, its latest start). */
  z.looseObject({ kind: z.literal('stepTime'), step: elementName, startedBy: ms.optional(), endedBy: ms.optional() })
    .refine((e) => e.startedBy !== undefined || e.endedBy !== undefined, { message: 'give startedBy, endedBy or both' }),
  /** The decision's outcome the last time it was reached (`null`: its default path). */
  z.looseObject({ kind: z.literal('decision'), decision: elementName, outcome: z.string().min(1).nullable() }),
  /** A variable's or a Record variable's field's final value (`amount`, `order.Status`, `$Record.Status`). */
  z.looseObject({ kind: z.literal('value'), target: z.string().min(1), value: ScalarValue }),
  /**
   * A field's final value on a record of the simulated org (scenario `records`/`record`), found by
   * `id` or by the field values in `where` (exactly one record must match).
   */
  z.looseObject({
    kind: z.literal('recordField'), object: z.string().min(1), id: z.string().min(1).optional(),
    where: z.record(z.string(), ScalarValue).optional(), field: z.string().min(1), value: ScalarValue,
  }),
]);

export const Scenario = z.looseObject({
  format: z.literal('stageflow.scenario'),
  version: z.literal(1),
  name: z.string().optional(),
  steps: z.record(z.string(), StepOverride).optional(),
  evaluationFlows: z.record(z.string(), z.looseObject({ result: z.boolean() })).optional(),
  events: z.array(ScenarioEvent).optional(),
  autoCompleteWorkItems: z.boolean().optional(),
  limits: z.looseObject({
    maxTimeMs: z.number().nonnegative().optional(),
    maxTransitions: z.number().int().nonnegative().optional(),
    /** Stageflow addition: elements a project flow's run may execute (subflows included) before it is stopped (default 100,000). */
    maxFlowElements: z.number().int().positive().optional(),
  }).optional(),
  expectations: z.array(Expectation).optional(),
  /**
   * Stageflow addition: field values of the triggering record (`$Record`) of a record-triggered
   * orchestration. It is stored in the simulated org with `records` (under the trigger's object),
   * so a flow that reads or updates it by Id sees the same record.
   */
  record: z.record(z.string(), ScalarValue).optional(),
  /**
   * Stageflow addition: the calendar instant at virtual time 0 (ISO 8601 UTC), read by
   * `$Flow.CurrentDateTime` and `NOW()`; default `2025-01-06T09:00:00Z` (src/flows/virtualClock.ts).
   */
  startAt: z.string().regex(DATE_TIME, 'date-times are ISO 8601 in UTC, e.g. 2025-03-09T14:00:00Z').optional(),
  /** Stageflow addition: other records of the simulated org, by object (`{ "Case": [{ "Id": "…" }] }`). */
  records: z.record(z.string(), z.array(z.record(z.string(), ScalarValue))).optional(),
  /**
   * Stageflow addition: the run starts with a save of the triggering record (record-triggered
   * orchestrations). `record` holds the values after the save; `prior` the values before an update
   * (`$Record__Prior`). The engine decides whether the save launches the orchestration (trace
   * `run.launch`).
   */
  save: z.looseObject({
    operation: z.enum(['create', 'update']),
    prior: z.record(z.string(), ScalarValue).optional(),
  }).optional(),
  /** Stageflow addition: values of the orchestration's input variables, as its launcher passes them. */
  inputs: z.record(z.string(), z.union([ScalarValue, z.record(z.string(), ScalarValue)])).optional(),
  /**
   * Stageflow addition: stand-ins for the actions (`actionCalls`) that project flows call, keyed by
   * the action element's name or by the action's name (`emailSimple`, an Apex class…; the element
   * name wins). Without one an action succeeds with null outputs; `outputs` gives its output values
   * by name; `fault` makes it fail with that message (the element's fault connector, if any, is
   * taken). Read by the Flow interpreter (src/flows/interpreter, docs/flows.md).
   */
  actions: z.record(z.string(), z.looseObject({
    outputs: z.record(z.string(), JsonValue).optional(),
    fault: z.string().min(1).optional(),
  })).optional(),
});
