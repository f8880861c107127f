/** Zod schema of the trace document (FORMAT.md §4). Reached through schema.ts. */
import { z } from 'zod';
import { JsonValue, RUN_STATUSES, STAGE_STATUSES, STATUS_VALUES, TRACE_EVENT_TYPES } from './orchestrationSchema';

export const EVALUATION_CAUSES = [
  'stageStarted', 'asyncStepCompleted', 'workItemCompleted', 'publishEvent', 'recordChanged', 'resumed', 'retried',
] as const;

export const RunAsIdentity = z.looseObject({
  user: z.string(),
  context: z.enum(['system', 'user']),
  access: z.enum(['withSharing', 'withoutSharing']).nullable(),
});

export const TraceEvent = z.looseObject({
  seq: z.number().int().nonnegative(),
  t: z.number().nonnegative(),
  type: z.enum(TRACE_EVENT_TYPES),
  stage: z.string().optional(),
  step: z.string().optional(),
  decision: z.string().optional(),
  outcome: z.string().nullable().optional(),
  next: z.string().nullable().optional(),
  cause: z.enum(EVALUATION_CAUSES).optional(),
  target: z.string().optional(),
  value: JsonValue.optional(),
  by: z.string().optional(),
  message: z.string().optional(),
  /** Stageflow addition: the work item's assignee (workItemAssigned). */
  assignee: z.string().optional(),
});

/**
 * Stageflow addition: one run of a project flow's own elements (issue 13) — a step's flow, or an
 * evaluation flow deciding a condition — kept compact: values are capped (long text cut, lists
 * shortened) and long lists end with a count of what was left out (`omitted`).
 */
export const TraceFlowRun = z.looseObject({
  /** Virtual time of the run (or of its resumption after a wait). */
  t: z.number().nonnegative(),
  /**
   * How many events the trace held when the run was recorded: the run happened after event
   * `seq - 1` and before event `seq`. The run view lists a run only once the moment shown has
   * passed it (player/flowRunsShown.ts `flowRunsOf`), never ahead of the step's own status.
   */
  seq: z.number().int().nonnegative().optional(),
  flow: z.string(),
  file: z.string().optional(),
  stage: z.string(),
  /** The step whose flow ran, or whose condition the evaluation flow decided. */
  step: z.string().optional(),
  /** What the flow did: `step` (the step's own flow) or the condition an evaluation flow decided. */
  purpose: z.enum(['step', 'start', 'exit', 'completion']),
  /** completed, faulted, waiting or unsupported (the interpreter's status). */
  status: z.enum(['completed', 'faulted', 'waiting', 'unsupported']),
  /** true: this run continues one that waited (its earlier elements are in the previous entry). */
  resumed: z.boolean().optional(),
  /**
   * The path of elements taken, in order (`outcome`: decision outcome, loop `next`/`done`, wait event;
   * a screen's `hidden`: the fields its visibility rules hid, `answersNotTaken`: those answered anyway).
   */
  path: z.array(z.looseObject({
    element: z.string(), kind: z.string(), outcome: z.string().optional(), fault: z.string().optional(), subflow: z.string().optional(),
    hidden: z.array(z.string()).optional(), answersNotTaken: z.array(z.string()).optional(),
  })),
  assignments: z.array(z.looseObject({ element: z.string(), variable: z.string(), operator: z.string().optional(), value: JsonValue })),
  recordsRead: z.array(z.looseObject({ element: z.string(), object: z.string(), ids: z.array(z.string()) })),
  recordChanges: z.array(z.looseObject({
    element: z.string(), operation: z.enum(['create', 'update', 'delete']), object: z.string(), id: z.string(),
    before: z.record(z.string(), JsonValue).optional(), after: z.record(z.string(), JsonValue).optional(),
  })),
  sideEffects: z.array(z.looseObject({ element: z.string(), description: z.string(), fault: z.string().optional() })),
  outputs: z.record(z.string(), JsonValue),
  elementsExecuted: z.number().int().nonnegative(),
  /** Why the run stopped early: a fault, something the interpreter does not run, or the element guard. */
  message: z.string().optional(),
  /** `maxElements` / `maxDepth`: the runaway guard stopped the run. */
  stoppedBy: z.enum(['maxElements', 'maxDepth']).optional(),
  /** true: the run could not be used and the step or condition took its stand-in behaviour. */
  standIn: z.boolean().optional(),
  /** Evaluation flows: the `isOrchestrationConditionMet` the run returned. */
  result: z.boolean().optional(),
  /**
   * Evaluation flows: the last decision on the path and the outcome it took (why it returned what it
   * did), with the outcomes tested before it that were not met: their rows that did not hold and the
   * values read (`heldBefore`: they held, but held before the record's update too).
   */
  decision: z.looseObject({
    element: z.string(), outcome: z.string(),
    notMet: z.array(z.looseObject({
      outcome: z.string(),
      rows: z.array(z.looseObject({ left: z.string(), operator: z.string(), value: JsonValue.optional(), expected: JsonValue.optional() })),
      heldBefore: z.literal(true).optional(),
    })).optional(),
  }).optional(),
  /**
   * A run that waits: the element it is paused at (a Wait, a scheduled path's `start`), the virtual ms
   * of its earliest time event, and the platform events it waits for (the run view says what it waits for).
   */
  waiting: z.looseObject({ element: z.string(), until: z.number().optional(), events: z.array(z.string()).optional() }).optional(),
  /** Entries left out of capped lists, by list name. */
  omitted: z.record(z.string(), z.number().int().nonnegative()).optional(),
});

export const Trace = z.looseObject({
  format: z.literal('stageflow.trace'),
  version: z.literal(1),
  run: z.looseObject({
    status: z.enum(RUN_STATUSES),
    stalled: z.boolean(),
    endedAt: z.number().nonnegative().nullable(),
    transitions: z.number().int().nonnegative(),
    stoppedBy: z.enum(['maxTimeMs', 'maxTransitions']).optional(),
    /**
     * Stageflow addition: whether the scenario's record save launched the orchestration, and why
     * (present only when the scenario has a `save`). Not launched: no event, no stage.
     */
    launch: z.looseObject({ launched: z.boolean(), reason: z.string() }).optional(),
  }),
  stages: z.record(z.string(), z.looseObject({
    status: z.enum(STAGE_STATUSES),
    startedAt: z.number().nonnegative(),
    endedAt: z.number().nonnegative().nullable(),
  })),
  steps: z.record(z.string(), z.looseObject({
    stage: z.string(),
    status: z.enum(STATUS_VALUES),
    mode: z.enum(['sync', 'async', 'interactive']).nullable(),
    runAs: RunAsIdentity.nullable(),
    startedAt: z.number().nonnegative().nullable(),
    endedAt: z.number().nonnegative().nullable(),
    starts: z.number().int().nonnegative(),
    why: z.string().nullable(),
  })),
  events: z.array(TraceEvent),
  /** Stageflow addition: the runs of project flows' own elements, in the order they ran (issue 13). */
  flowRuns: z.array(TraceFlowRun).optional(),
});
