/**
 * Zod schemas of the three FORMAT.md v1 documents. Types are inferred from these (see types.ts);
 * there are no hand-written duplicates. Schemas check structure and field types; cross-references
 * and the rules of SEMANTICS.md "Validation" live in validate.ts.
 *
 * Objects are loose (unknown keys are kept) so that a document using a later optional field
 * round-trips unchanged.
 */
import { z } from 'zod';
import { MAX_API_VERSION, MIN_API_VERSION } from './apiVersion';

const API_VERSION_RANGE = `API version is ${MIN_API_VERSION} to ${MAX_API_VERSION}`;

// In the browser, no JIT-compiled validators: the Content-Security-Policy forbids eval, and even
// zod's feature probe is reported as a violation. Set here, before any schema exists.
if ('window' in globalThis) z.config({ jitless: true });

export const STATUS_VALUES = ['NotStarted', 'InProgress', 'Completed', 'Discontinued', 'Canceled', 'Error'] as const;
export const RUN_STATUSES = ['InProgress', 'Completed', 'Error', 'Canceled', 'Suspended'] as const;
export const STAGE_STATUSES = ['InProgress', 'Completed', 'Suspended', 'Canceled', 'Discontinued', 'Error'] as const;
export const TRACE_EVENT_TYPES = [
  'runStarted', 'runCompleted', 'runErrored', 'runSuspended', 'runResumed', 'runCanceled',
  'stageStarted', 'stageCompleted', 'stageErrored', 'stageDiscontinued', 'stageSuspended', 'stageCanceled',
  'runRetried', 'stepStarted', 'stepCompleted', 'stepErrored', 'stepDiscontinued', 'stepCanceled',
  'workItemAssigned', 'workItemCompleted', 'evaluation', 'decisionTaken', 'variableSet',
] as const;
export const OPERATORS = [
  'EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo',
  'Contains', 'StartsWith', 'EndsWith', 'IsNull', 'IsBlank', 'WasSet',
] as const;
export const VARIABLE_TYPES = ['Text', 'Number', 'Boolean', 'Date', 'DateTime', 'Record'] as const;
export const FLOW_TYPES = ['autolaunched', 'screen', 'evaluation'] as const;
export const RUN_MODES = ['default', 'user', 'systemWithSharing', 'systemWithoutSharing'] as const;
export const MAX_LOGIC_LENGTH = 1000;
export const MAX_REQUIREMENTS = 10;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

const name = z.string().min(1, 'name is required').max(80, 'API names have at most 80 characters');
const label = z.string().min(1, 'label cannot be empty').max(255, 'labels have at most 255 characters');
export const JsonValue: z.ZodType<unknown> = z.json();

export const ScalarValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const RightValue = z.union(
  [
    z.strictObject({ string: z.string() }),
    z.strictObject({ number: z.number() }),
    z.strictObject({ boolean: z.boolean() }),
    z.strictObject({ date: z.string().regex(DATE, 'dates are YYYY-MM-DD') }),
    z.strictObject({ dateTime: z.string().regex(DATE_TIME, 'date-times are ISO 8601 in UTC, e.g. 2025-03-09T14:00:00Z') }),
    z.strictObject({ ref: z.string().min(1) }),
  ],
  { error: 'a value holds exactly one of string, number, boolean, date, dateTime or ref' },
);

export const Requirement = z.looseObject({
  left: z.string().min(1, 'choose a resource'),
  operator: z.enum(OPERATORS),
  right: RightValue.optional(),
});

export const Logic = z.string().max(MAX_LOGIC_LENGTH, `condition logic has at most ${MAX_LOGIC_LENGTH} characters`);

/** A list of requirement rows with its condition logic (`and`, `or` or custom). */
export const RequirementSet = {
  requirements: z.array(Requirement),
  logic: Logic.optional(),
};

export const InputMap = z.record(z.string(), z.string());

/**
 * Fields every variable has. `input`/`output` (Stageflow additions) are Flow Builder's "Available
 * for input" / "Available for output": an autolaunched orchestration's launcher passes input
 * variables (a scenario's `inputs`).
 */
const variableBase = { name, label: label.optional(), input: z.boolean().optional(), output: z.boolean().optional() };

export const Variable = z.discriminatedUnion('type', [
  z.looseObject({ ...variableBase, type: z.literal('Text'), value: z.string().nullable().optional() }),
  z.looseObject({ ...variableBase, type: z.literal('Number'), value: z.number().nullable().optional() }),
  z.looseObject({ ...variableBase, type: z.literal('Boolean'), value: z.boolean().nullable().optional() }),
  z.looseObject({ ...variableBase, type: z.literal('Date'), value: z.string().regex(DATE, 'dates are YYYY-MM-DD').nullable().optional() }),
  z.looseObject({ ...variableBase, type: z.literal('DateTime'), value: z.string().regex(DATE_TIME, 'date-times are ISO 8601 in UTC').nullable().optional() }),
  z.looseObject({
    ...variableBase, type: z.literal('Record'), object: z.string().min(1).optional(),
    value: z.record(z.string(), ScalarValue).nullable().optional(),
  }),
]);

export const FORMULA_TYPES = ['Text', 'Number', 'Currency', 'Boolean', 'Date', 'DateTime'] as const;

/**
 * Stageflow addition: a formula resource of the orchestration (`<formulas>` in its metadata), read
 * by name like a variable. `expression` is Salesforce formula text (`{!amount} * 2`).
 */
export const Formula = z.looseObject({
  name,
  type: z.enum(FORMULA_TYPES),
  expression: z.string(),
  scale: z.number().int().nonnegative().optional(),
  description: z.string().optional(),
});

export const User = z.looseObject({ username: z.string().min(1), name: z.string().optional(), active: z.boolean().optional() });

export const FlowBehavior = z.looseObject({
  durationMs: z.number().int().nonnegative().optional(),
  outcome: z.enum(['success', 'error']).optional(),
  outputs: z.record(z.string(), JsonValue).optional(),
  message: z.string().optional(),
});

/**
 * Stageflow addition: one input or output variable of a real flow (`isInput`/`isOutput` variables of
 * its metadata), with its Salesforce type, so the panel and the validator know what a step passes.
 */
export const FlowParameter = z.looseObject({
  name: z.string().min(1),
  direction: z.enum(['input', 'output', 'inputOutput']),
  /** Salesforce `dataType`: String, Number, Currency, Boolean, Date, DateTime, SObject, Picklist, … */
  dataType: z.string().min(1),
  objectType: z.string().optional(),
  isCollection: z.boolean().optional(),
  /** The variable's default value, when its metadata gives one. */
  defaultValue: JsonValue.optional(),
});

/** Stageflow addition: where a flow of the catalog came from (a file of an SFDX project). */
export const FlowSource = z.looseObject({
  /** Path of the `.flow-meta.xml` file inside the project folder, with `/` separators. */
  path: z.string().min(1),
  /**
   * The file's `<status>` (Active, Draft, Obsolete, InvalidDraft). A file that is not Active may still
   * stand for a flow with an active version in the org (docs/projects.md), so `active` is decided
   * when the project is opened.
   */
  status: z.string().optional(),
});

export const Flow = z.looseObject({
  name,
  label: label.optional(),
  type: z.enum(FLOW_TYPES),
  active: z.boolean().optional(),
  elements: z.array(z.string()).optional(),
  runMode: z.enum(RUN_MODES).optional(),
  inputs: z.array(z.string()).optional(),
  outputs: z.array(z.string()).optional(),
  behavior: FlowBehavior.optional(),
  condition: z.looseObject(RequirementSet).optional(),
  result: z.boolean().optional(),
  /** Stageflow additions for flows read from a project (absent on hand-made catalog entries). */
  source: FlowSource.optional(),
  apiVersion: z.number().optional(),
  parameters: z.array(FlowParameter).optional(),
  /** The flow's own elements as the interpreter runs them (src/flows); checked there, not here. */
  definition: JsonValue.optional(),
});

const evaluationFlowRef = { mode: z.literal('evaluationFlow'), flow: z.string().min(1, 'choose an evaluation flow'), inputs: InputMap.optional() };

export const StartCondition = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('stageStarts') }),
  z.looseObject({ mode: z.literal('stepCompleted'), step: z.string().min(1, 'choose the step to wait for') }),
  z.looseObject({ mode: z.literal('requirements'), ...RequirementSet }),
  z.looseObject(evaluationFlowRef),
]);

export const ExitCondition = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('allStepsCompleted') }),
  z.looseObject({ mode: z.literal('requirements'), ...RequirementSet }),
  z.looseObject(evaluationFlowRef),
]);

export const CompletionCondition = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('screenFlowFinished') }),
  z.looseObject({ mode: z.literal('requirements'), ...RequirementSet }),
  z.looseObject(evaluationFlowRef),
]);

export const RunAs = z.discriminatedUnion('mode', [
  z.looseObject({ mode: z.literal('default') }),
  z.looseObject({ mode: z.literal('user'), user: z.string().min(1, 'choose a user') }),
]);

export const Assignee = z.looseObject({ type: z.enum(['user', 'group', 'queue']), name: z.string().min(1, 'choose an assignee') });

export const Step = z.looseObject({
  name,
  label: label.optional(),
  kind: z.enum(['background', 'interactive']),
  flow: z.string().optional(),
  start: StartCondition.optional(),
  runAs: RunAs.optional(),
  requiresAsync: z.boolean().optional(),
  inputs: InputMap.optional(),
  outputs: z.record(z.string(), z.string()).optional(),
  assignee: Assignee.optional(),
  complete: CompletionCondition.optional(),
  extensions: z.array(JsonValue).optional(),
});

const target = z.string().min(1).nullable().optional();

export const Stage = z.looseObject({
  name,
  label: label.optional(),
  exit: ExitCondition.optional(),
  next: target,
  faultNext: target,
  steps: z.array(Step),
  extensions: z.array(JsonValue).optional(),
});

export const DecisionOutcome = z.looseObject({ name, label: label.optional(), ...RequirementSet, next: target });

export const Decision = z.looseObject({
  name,
  label: label.optional(),
  outcomes: z.array(DecisionOutcome),
  defaultNext: target,
});

export const RECORD_TRIGGER_WHEN = ['create', 'update', 'createAndUpdate'] as const;
export const RECORD_FILTER_OPERATORS = [
  'EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo',
  'Contains', 'StartsWith', 'EndsWith', 'IsNull', 'IsChanged',
] as const;

/**
 * Stageflow addition: one entry-condition row of a record-triggered start (`<filters>`): a field of
 * the triggering record, an operator and a value. `IsChanged` compares with the record before the save.
 */
export const RecordFilter = z.looseObject({
  field: z.string().min(1, 'choose a field'),
  operator: z.enum(RECORD_FILTER_OPERATORS),
  value: RightValue.optional(),
});

export const Trigger = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('autolaunched'), launchedBy: z.string().optional(), runContext: z.enum(['user', 'system']).optional() }),
  z.looseObject({
    type: z.literal('recordTriggered'), object: z.string().optional(), triggeredBy: z.string().optional(),
    /** "Trigger the orchestration when": a record is created, updated, or created or updated (absent: created, docs/projects.md). */
    when: z.enum(RECORD_TRIGGER_WHEN).optional(),
    /** Entry conditions as rows with their logic (`and`, `or` or custom); absent: none. */
    entryConditions: z.looseObject({ filters: z.array(RecordFilter), logic: Logic.optional() }).optional(),
    /** Entry condition as a formula that must evaluate to true (instead of rows). */
    entryFormula: z.string().optional(),
    /** "Only when a record is updated to meet the condition requirements" (`doesRequireRecordChangedToMeetCriteria`). */
    onlyWhenChangedToMeet: z.boolean().optional(),
  }),
]);

export const Position = z.looseObject({ x: z.number(), y: z.number(), width: z.number().optional(), height: z.number().optional() });

export const Orchestration = z.looseObject({
  format: z.literal('stageflow.orchestration'),
  version: z.literal(1),
  name,
  label: label.optional(),
  description: z.string().max(4000).optional(),
  apiVersion: z.number().int().min(MIN_API_VERSION, API_VERSION_RANGE).max(MAX_API_VERSION, API_VERSION_RANGE).optional(),
  trigger: Trigger.optional(),
  variables: z.array(Variable).optional(),
  users: z.array(User).optional(),
  flows: z.array(Flow).optional(),
  start: z.string().optional(),
  stages: z.array(Stage),
  decisions: z.array(Decision).optional(),
  /** Stageflow addition: formula resources (read by name like variables). */
  formulas: z.array(Formula).optional(),
  layout: z.record(z.string(), Position).optional(),
  extensions: z.array(JsonValue).optional(),
});

// ---- scenario (FORMAT.md §3) ----

export const StepOverride = z.looseObject({
  outcome: z.enum(['success', 'error']).optional(),
  outcomes: z.array(z.enum(['success', 'error'])).min(1).optional(),
  durationMs: z.number().int().nonnegative().optional(),
  outputs: z.record(z.string(), JsonValue).optional(),
  message: z.string().optional(),
});

const at = z.number().int('times are whole virtual milliseconds').nonnegative('times start at 0');

export const ScenarioEvent = z.discriminatedUnion('type', [
  z.looseObject({ at, type: z.literal('set'), target: z.string().min(1), value: ScalarValue }),
  /** Stageflow addition: `event`, a platform event type that resumes the project flows waiting for it. */
  z.looseObject({ at, type: z.literal('publishEvent'), by: z.string().optional(), event: z.string().min(1).optional() }),
  z.looseObject({ at, type: z.literal('completeWorkItem'), step: z.string().min(1), by: z.string().optional() }),
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

// ---- trace (FORMAT.md §4) ----

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
  /** The path of elements taken, in order (`outcome`: decision outcome, loop `next`/`done`, wait event). */
  path: z.array(z.looseObject({
    element: z.string(), kind: z.string(), outcome: z.string().optional(), fault: z.string().optional(), subflow: z.string().optional(),
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
  /** Evaluation flows: the last decision on the path and the outcome it took (why it returned what it did). */
  decision: z.looseObject({ element: z.string(), outcome: z.string() }).optional(),
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
