/**
 * Zod schema of the orchestration document (FORMAT.md §2) and the values, conditions and flows it
 * is made of. Objects are loose (unknown keys are kept) so that a document using a later optional
 * field round-trips unchanged. All schemas are reached through schema.ts.
 */
import { z } from 'zod';
import { MAX_API_VERSION, MIN_API_VERSION } from './apiVersion';
import { FLOW_TYPES, FORMULA_TYPES, MAX_LOGIC_LENGTH, OPERATORS, RECORD_FILTER_OPERATORS, RECORD_TRIGGER_WHEN, RUN_MODES } from './schemaConstants';

// The constants live in schemaConstants.ts so that code needing a list of values does not load zod.
export {
  STATUS_VALUES, RUN_STATUSES, STAGE_STATUSES, TRACE_EVENT_TYPES, OPERATORS, VARIABLE_TYPES, FLOW_TYPES, RUN_MODES, MAX_LOGIC_LENGTH, MAX_REQUIREMENTS, RECORD_TRIGGER_WHEN, RECORD_FILTER_OPERATORS, FORMULA_TYPES,
} from './schemaConstants';

const API_VERSION_RANGE = `API version is ${MIN_API_VERSION} to ${MAX_API_VERSION}`;

// No JIT-compiled validators. In the browser the Content-Security-Policy forbids eval, and even
// zod's feature probe is reported as a violation; in the CLI a command parses each document once,
// and zod interpreting its schemas is cheaper than compiling a validator per object schema first
// (and makes less garbage at start-up). Set here, before any schema exists: every schema file
// imports this one first (flows/definition imports schema.ts for it).
z.config({ jitless: true });

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

export const Logic = z.string().max(MAX_LOGIC_LENGTH, `condition logic has at most ${MAX_LOGIC_LENGTH} characters (character ${MAX_LOGIC_LENGTH + 1} is past the limit, R64)`);

/** A list of requirement rows with its condition logic (`and`, `or` or custom). */
export const RequirementSet = {
  requirements: z.array(Requirement),
  logic: Logic.optional(),
};

export const InputMap = z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]));

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
  /**
   * Stageflow addition: the namespace prefix of the managed package the flow is installed from
   * (`setup_service_experience` for `setup_service_experience__Create_Case`). Only such a flow's
   * name may hold `__`, between that prefix and its own API name (docs/spec/FORMAT.md §1).
   */
  package: z.string().optional(),
  /** Stageflow additions for flows read from a project (absent on hand-made catalog entries). */
  source: FlowSource.optional(),
  apiVersion: z.number().optional(),
  parameters: z.array(FlowParameter).optional(),
  /** The flow's own elements as the interpreter runs them (src/flows); checked there, not here. */
  definition: JsonValue.optional(),
});

// An empty flow is a condition whose flow is not chosen yet (a new one in a design from a project):
// the rules ask for it in the words of the condition's other problems (validateFlows.ts).
const evaluationFlowRef = { mode: z.literal('evaluationFlow'), flow: z.string(), inputs: InputMap.optional() };

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
  /**
   * Stageflow addition: how `layout` positions are read. Absent (version 1): the single-row
   * layout of earlier versions, which the canvas no longer uses; 2: stages as columns of cards
   * (docs/canvas.md). Set by the first edit that records a position.
   */
  layoutVersion: z.number().int().min(1).max(99).optional(),
  extensions: z.array(JsonValue).optional(),
});

/** Shared with the scenario schema (scenarioSchema.ts). */
export { DATE_TIME };
