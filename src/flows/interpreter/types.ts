/**
 * The Flow interpreter's public types: what a caller gives a run (options) and what a run reports
 * (FlowRun, JSON-safe, deterministic). See docs/flows.md for the semantics of each element.
 */
import type { FlowDefinition } from '../definition';
import type { FieldValue, SimulatedOrg } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import type { ChildRelationship } from '../org/standardChildRelationships';

/** Who the flow runs as (SEMANTICS R40-R46): `$User` reads this user. */
export interface FlowRunAs {
  /** A username, or `$AutomatedProcessUser`. */
  user: string;
  context?: 'system' | 'user';
  access?: 'withSharing' | 'withoutSharing' | null;
}

/** A scenario's stand-in for one action (by element name or action name): its outputs, or a fault. */
export interface ActionMock {
  outputs?: Record<string, unknown>;
  /** When set, the action fails with this message (its fault connector, if any, is taken). */
  fault?: string;
}

/** A record the caller gives as `$Record` / `$Record__Prior`. */
export interface TriggerRecord {
  object: string;
  fields: Readonly<Record<string, FieldValue>>;
}

/** A flow of the project, found by API name (for subflows). */
export interface ResolvedFlow {
  definition: FlowDefinition;
  /** The flow file, for messages. */
  file?: string;
}

/** Guards against runaway flows. */
export interface FlowRunLimits {
  /** Elements executed per run, subflows included (default 100,000). */
  maxElements?: number;
  /** Subflow nesting depth (default 25). */
  maxDepth?: number;
}

export interface RunFlowOptions {
  /** Input variable name → value (JSON: text, number, boolean, `YYYY-MM-DD`, ISO date-time, record object, array). */
  inputs?: Readonly<Record<string, unknown>>;
  /** The org the flow reads and changes. Never modified: the result carries the changed copy. */
  org?: SimulatedOrg;
  /** Virtual time (ms since the run started) when the flow starts. Default 0. */
  now?: number;
  /** Calendar instant of virtual time 0 (scenario `startAt`). */
  startAt?: string;
  runAs?: FlowRunAs;
  /** `$Record` and `$Record__Prior` of a record-triggered run. */
  record?: TriggerRecord;
  recordPrior?: TriggerRecord;
  /** Other flows of the project by API name (subflows). */
  resolveFlow?: (name: string) => ResolvedFlow | undefined;
  /** Scenario `actions`: mocks by element name first, then by action name. */
  actions?: Readonly<Record<string, ActionMock>>;
  /** Screen field values given by the caller (a field name → value; a component → its outputs by name). */
  screenValues?: Readonly<Record<string, unknown>>;
  /**
   * Record each decision's check (`FlowRun.lastDecision`: the outcomes before the one taken that were
   * not met, with the values their rows read). It reads those rows a second time, so only a caller
   * that says why a run returned what it did asks for it: the engine for evaluation flows, and the
   * `flow` command; a step flow's run in a simulation does not pay for it.
   */
  explainDecisions?: boolean;
  /**
   * The custom child relationships a project declares, keyed `parent.relationship` lower-cased
   * (`bi_data__c.accounts__r` → the Accounts whose `BI_Data__c` names the record): what Update Records
   * on `$Record.Accounts__r` updates (relatedRecords.ts). The standard ones are built in.
   */
  childRelationships?: ReadonlyMap<string, ChildRelationship>;
  limits?: FlowRunLimits;
  /** API name and file of the flow, for messages. */
  flowName?: string;
  file?: string;
}

/** One element the run went through. */
export interface FlowPathStep {
  element: string;
  kind: string;
  /** Decision: the outcome taken (rule name, or `default`); loop: `next` or `done`; wait: the event. */
  outcome?: string;
  /** The element failed with this message and the run took its fault connector. */
  fault?: string;
  /** A subflow's own run. */
  subflow?: FlowRun;
  /** Screen: the fields its visibility rules hid (a field of a hidden section too), in screen order; each holds null. */
  hidden?: string[];
  /** Screen: the hidden fields the caller gave an answer: not taken (a user cannot answer a field they do not see). */
  answersNotTaken?: string[];
  /** What the run did here that Salesforce may not: a merge field merged as empty text (templateMerge.ts). */
  notes?: string[];
}

/** A condition row of a decision outcome that did not hold: its resource, operator, and the values read. */
export interface DecisionRowNotMet {
  left: string;
  operator: string;
  /** The resource's value as the row read it (undefined: it could not be read). */
  value: FlowValue['value'] | undefined;
  /** The row's value to compare with (a reference's value), undefined when it has none. */
  expected: FlowValue['value'] | undefined;
}

/**
 * The last decision the run took and, for each outcome tested before the one taken, why it was not
 * met: its rows that did not hold (`heldBefore`: they held, but also for $Record__Prior, and the
 * outcome asks for a change) — so "took the default outcome" can say what was compared.
 */
export interface DecisionCheck {
  element: string;
  outcome: string;
  notMet: { outcome: string; rows: DecisionRowNotMet[]; heldBefore?: true }[];
}

/** A value given to a variable or a record field of a variable. */
export interface FlowAssignment {
  element: string;
  variable: string;
  /** The assignment operator when not a plain Assign (Add, RemoveAll, …); then `value` is the operand for collections and texts. */
  operator?: string;
  /** Cut to a readable size (capValue: text at 200 characters, lists at 20 items). */
  value: FlowValue['value'];
}

/** Records an element read. */
export interface FlowRecordRead {
  element: string;
  object: string;
  ids: string[];
}

/** A record an element created, updated or deleted, with its fields before and after. */
export interface FlowRecordChange {
  element: string;
  operation: 'create' | 'update' | 'delete';
  object: string;
  id: string;
  before?: Record<string, FieldValue>;
  after?: Record<string, FieldValue>;
}

/** What an action did outside the org (an email, a Chatter post, an Apex call…). */
export interface FlowSideEffect {
  element: string;
  actionName: string;
  actionType: string;
  /** A sentence an admin reads: `email to jane@example.com: "Welcome"`. */
  description: string;
  inputs: Record<string, unknown>;
  /** The mock's fault, when the scenario made the action fail. */
  fault?: string;
}

/** What a waiting run waits for: a time on the virtual clock, scenario events, or both. */
export interface FlowWaiting {
  element: string;
  /** Virtual ms of the earliest time event. */
  until?: number;
  /** Names of the platform events it waits for. */
  events?: string[];
  /** What publishes those events, where the simulator knows why they never come (a batch job's status event: batchJobEvent.ts). */
  about?: string[];
  /** Everything needed to resume (JSON). */
  state: SuspendedFlow;
}

/** A resource's value and declaration (variables, constants, element outputs). */
export interface SlotState {
  name: string;
  type: FlowValue['type'];
  collection: boolean;
  objectType?: string;
  /** A Number or Currency variable's decimal places (`<scale>`): what is stored in it is rounded to them. */
  scale?: number;
  /** Constants cannot be assigned. */
  readOnly?: boolean;
  value: FlowValue;
  /**
   * What the name read alone gives where `value` holds its parts: an action's automatic output, read
   * `{!Action.name}` by output, and `{!Action}` whole for an invocable method that returns one value
   * per call — its output named `output` (actionCall.ts). Absent: `value`.
   */
  whole?: FlowValue;
}

/** Where a loop is: its copy of the collection, the next position, the items' type. */
export interface LoopState {
  items: FlowValue['value'][];
  index: number;
  type: FlowValue['type'];
}

/** A paused run, as `resumeFlow` needs it. */
export interface SuspendedFlow {
  element: string;
  /** Resource values by lower-cased name. */
  slots: Record<string, SlotState>;
  /** Names given a value so far (`WasSet`). */
  set: string[];
  visited: string[];
  loops: Record<string, LoopState>;
  /** Decision outcomes taken or not when their decision last ran, by lower-cased name. */
  outcomes?: Record<string, boolean>;
  /** Fields assigned to `$Record` before the pause, by lower-cased field name. */
  recordEdits?: Record<string, { field: string; value: FieldValue }>;
  /** What `$Flow.CurrentRecord` was assigned before the pause. */
  currentRecord?: string;
  /** What `$Flow.CurrentStage` was assigned before the pause. */
  currentStage?: string;
  /** `$Flow.ActiveStages` at the pause (a flow with stages). */
  activeStages?: string[];
  startedAt: number;
  elementsExecuted: number;
  /** Armed events: event name → time (AlarmEvent) or platform event type, and connector. */
  events: { name: string; until?: number; eventType?: string; connector?: string }[];
  /** The run waits on its start for timed scheduled paths (`events`), not on a wait element. */
  scheduledPaths?: true;
  /**
   * The run waits inside the subflow `element` calls: that flow's own paused run, resumed first;
   * `events` are its events. When it ends, this run goes on after `element`.
   */
  calling?: { flowName: string; state: SuspendedFlow };
  report: Omit<FlowRun, 'waiting' | 'status'>;
}

export type FlowRunStatus = 'completed' | 'faulted' | 'waiting' | 'unsupported';

/** The JSON report of one flow run. */
export interface FlowRun {
  flow: string;
  file?: string;
  status: FlowRunStatus;
  /** Output variables by name (their values; null when unset). */
  outputs: Record<string, FlowValue['value']>;
  path: FlowPathStep[];
  assignments: FlowAssignment[];
  recordsRead: FlowRecordRead[];
  recordChanges: FlowRecordChange[];
  sideEffects: FlowSideEffect[];
  elementsExecuted: number;
  /** faulted: the message and the element that failed. */
  fault?: { message: string; element?: string };
  /** unsupported: what the interpreter cannot run, named. */
  unsupported?: { message: string; element?: string; kind?: string; function?: string; reference?: string };
  /** faulted because a limit stopped the run. */
  stoppedBy?: 'maxElements' | 'maxDepth';
  /** true when a fault without a fault connector undid this run's record changes (they are still listed). */
  rolledBack?: boolean;
  waiting?: FlowWaiting;
  /** The last decision taken, with the outcomes before it that were not met and why. */
  lastDecision?: DecisionCheck;
}

/** A run's report and the org after it (the caller's org is never changed). */
export interface FlowRunResult {
  run: FlowRun;
  org: SimulatedOrg;
}
