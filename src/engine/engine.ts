/**
 * The state of one simulated run and the only place it changes: statuses (through the transition
 * tables, counted in `transitions` and checked against maxTransitions), variables, and the trace's
 * event list. Behaviours (stage, step, decision) and wake-ups call these methods.
 */
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import type { Orchestration, RunStatus, Scenario, StageStatus, StepStatus, TraceEvent, TraceEventType, TraceFlowRun } from '../model/types';
import { FlowDefinitions } from './flowRuns/definitions';
import { DocIndex } from './docIndex';
import { launchIdentity, type Identity } from './runAs';
import { keysOfAssignment } from './readKeys';
import { ScenarioView } from './scenarioView';
import { Scheduler } from './scheduler';
import type { StageRun, StepRun } from './state';
import { checkRunTransition, checkStageTransition, checkStepReset, checkStepTransition } from './statuses';
import type { Sweeper } from './sweeper';
import type { LaunchDecision } from './launch';
import { bindRunVariables, startingRecords, type TriggerRecord } from './runRecords';
import { VariableStore, type Stored } from './variables';
import type { RunView } from './view';

/** What the closer of a work item enters in its screen flow, by field name (scenario `screenValues`). */
export type ScreenValues = Readonly<Record<string, unknown>>;

/** Thrown when a scenario limit stops the run (caught by the simulation driver). */
export class LimitReached extends Error {
  constructor(readonly limit: 'maxTimeMs' | 'maxTransitions') {
    super(`the run reached its ${limit} limit`);
  }
}

type EventFields = Omit<TraceEvent, 'seq' | 't' | 'type'>;

/** Thrown when the run reaches the moment it was asked to stop at (see `stopAfterEvents`). */
export class MomentReached extends Error {
  constructor() {
    super('the run reached the moment asked for');
  }
}

/** A result that arrived while the run was suspended, applied on resume (R33). */
export type HeldResult = { kind: 'async'; step: StepRun; token: number } | { kind: 'workItem'; step: StepRun; token: number; by: string | undefined; screenValues?: ScreenValues };

/** A scenario change that woke nothing (kept for R17 explanations). */
export interface SilentChange {
  readonly target: string;
  readonly t: number;
}

/** One run: state, clock, scheduler and trace events. */
export class Engine implements RunView {
  readonly model: DocIndex;
  readonly scenario: ScenarioView;
  readonly vars: VariableStore;
  readonly scheduler: Scheduler;
  readonly events: TraceEvent[] = [];
  readonly stages = new Map<string, StageRun>();
  readonly steps = new Map<string, StepRun>();
  readonly held: HeldResult[] = [];
  now = 0;
  transitions = 0;
  /** Counts every status or value change; a pass goes round again while it moves (R11). */
  changes = 0;
  runStatus: RunStatus | null = null;
  runEndedAt: number | null = null;
  current: StageRun | null = null;
  identity: Identity;
  stoppedBy: 'maxTimeMs' | 'maxTransitions' | null = null;
  /** A step that errored outside a pass; the next pass faults its stage (R31, R32). */
  pendingError: StepRun | null = null;
  /** A project flow that waits again changed a record a current requirement reads (R13): wake once it is handled. */
  pendingWake = false;
  silentChanges: SilentChange[] = [];
  /** Time of the latest evaluation pass in the current stage. */
  lastPassAt: number | null = null;
  /**
   * When set, the run stops right after its trace holds this many events (MomentReached), so that
   * conditions can be read as they were at that moment of a trace (whyAt.ts).
   */
  stopAfterEvents: number | null = null;
  /** Where the triggering record (`$Record`) is in the org, for a record-triggered orchestration. */
  readonly triggerRecord: TriggerRecord | null;
  /** Whether the scenario's record save launched the run (null: the run starts without a save). */
  launch: LaunchDecision | null = null;
  /** Project flows of the catalog, run through their own elements (issue 13). */
  readonly definitions: FlowDefinitions;
  /** Runs of project flows for the trace (FORMAT addition `flowRuns`). */
  readonly flowRuns: TraceFlowRun[] = [];
  /** The evaluation pass's lists of steps to start and to complete, a pair per nesting depth (pass.ts). */
  readonly passLists: StepRun[][] = [];
  /** How many passes are running now, one inside another (pass.ts). */
  passDepth = 0;
  /** The last recorded run of each evaluation-flow condition, as JSON without its time. */
  private readonly lastEvaluationRuns = new Map<string, string>();

  constructor(doc: Orchestration, scenario: Scenario | undefined, readonly sweeper: Sweeper) {
    this.model = new DocIndex(doc);
    this.scenario = new ScenarioView(scenario);
    this.definitions = new FlowDefinitions(this.model.flows);
    const { org, trigger } = startingRecords(doc, scenario, this.definitions.withProjectRecords());
    this.triggerRecord = trigger;
    this.vars = new VariableStore(doc.variables ?? [], org);
    bindRunVariables(this.vars, doc, scenario, this.triggerRecord);
    this.scheduler = new Scheduler(this.scenario.events);
    this.identity = launchIdentity(this.model);
  }

  // ---- RunView ----
  stepRun(name: string): StepRun | undefined {
    return this.steps.get(name);
  }

  stageRun(name: string): StageRun | undefined {
    return this.stages.get(name);
  }

  evaluationOverride(flow: string): boolean | undefined {
    return this.scenario.evaluationResult(flow);
  }

  recordEvaluationRun(caller: string, entry: TraceFlowRun): void {
    const { t: _t, ...rest } = entry;
    const key = JSON.stringify(rest);
    if (this.lastEvaluationRuns.get(caller) === key) return;
    this.lastEvaluationRuns.set(caller, key);
    this.recordFlowRun(entry);
  }

  /** Adds a flow run to the trace, after the events recorded so far (`seq`). */
  recordFlowRun(entry: TraceFlowRun): void {
    const { t, ...rest } = entry;
    this.flowRuns.push({ t, seq: this.events.length, ...rest });
  }

  /**
   * A project flow changed `target` (`$Record.Status`…) in the org: readers of it are re-checked
   * (R13) and it counts as set (R62). With `change`, the trace records it as the scenario's changes
   * are recorded — a `variableSet` (R13), here also naming the step whose flow made it. Returns
   * whether a requirement of the current stage reads it.
   */
  recordChanged(target: string, change?: { value: unknown; by: StepRun }): boolean {
    this.vars.markAssigned(target);
    this.changes++;
    if (change) this.emitStep('variableSet', change.by, { target, value: change.value as TraceEvent['value'] });
    for (const key of keysOfAssignment(target)) this.sweeper.changed(key);
    return this.sweeper.wakes(target);
  }

  get org(): SimulatedOrg {
    return this.vars.org;
  }

  get user(): string {
    return this.identity.user;
  }

  // ---- trace ----
  private record(event: TraceEvent): void {
    this.events.push(event);
    if (this.stopAfterEvents !== null && this.events.length >= this.stopAfterEvents) throw new MomentReached();
  }

  emit(type: TraceEventType, fields?: EventFields): void {
    const event: TraceEvent = { seq: this.events.length, t: this.now, type };
    if (fields) Object.assign(event, fields);
    this.record(event);
  }

  /** An `evaluation` event (R12). */
  emitEvaluation(stage: string, cause: TraceEvent['cause']): void {
    this.record({ seq: this.events.length, t: this.now, type: 'evaluation', stage, cause });
  }

  /**
   * An event about one stage, built whole: added to a three-field event by `Object.assign`, `stage`
   * lands in a property array of its own (88 bytes an event, against 56), besides the `{ stage }`
   * object passed — a loop that re-enters its stages every second writes a million of them a day.
   */
  emitStage(type: TraceEventType, stage: string): void {
    this.record({ seq: this.events.length, t: this.now, type, stage });
  }

  /** An event about one step (the common case, built without intermediate objects). */
  emitStep(type: TraceEventType, run: StepRun, fields?: EventFields): void {
    const event: TraceEvent = { seq: this.events.length, t: this.now, type, stage: run.stageRun.name, step: run.name };
    if (fields) Object.assign(event, fields);
    this.record(event);
  }

  /** Throws unless `n` more transitions fit in maxTransitions (so a batch is never cut in half). */
  reserve(n: number): void {
    if (this.transitions + n > this.scenario.maxTransitions) throw new LimitReached('maxTransitions');
  }

  private count(): void {
    if (this.transitions >= this.scenario.maxTransitions) throw new LimitReached('maxTransitions');
    this.transitions++;
    this.changes++;
  }

  // ---- status changes ----
  setRunStatus(to: RunStatus, event: TraceEventType, fields?: EventFields): void {
    checkRunTransition(this.runStatus, to);
    this.count();
    this.runStatus = to;
    this.runEndedAt = to === 'Completed' || to === 'Error' || to === 'Canceled' ? this.now : null;
    this.emit(event, fields);
  }

  setStageStatus(run: StageRun, to: StageStatus, event: TraceEventType | null): void {
    checkStageTransition(run.status, to);
    this.count();
    run.status = to;
    if (to === 'InProgress') run.endedAt = null;
    else if (to !== 'Suspended') run.endedAt = this.now;
    if (event) this.emitStage(event, run.name);
    this.sweeper.changed(run.key);
  }

  /** Creates the run of a stage that has never started, in status InProgress. */
  createStageRun(run: StageRun): void {
    checkStageTransition(null, 'InProgress');
    this.count();
    this.stages.set(run.name, run);
    // by index: this loop runs once per stage, unoptimised, where each `for…of` step is an object
    const steps = run.steps;
    for (let i = 0; i < steps.length; i++) if (!this.steps.has(steps[i]!.name)) this.steps.set(steps[i]!.name, steps[i]!);
    this.emitStage('stageStarted', run.name);
  }

  setStepStatus(run: StepRun, to: StepStatus, event: TraceEventType | null, fields?: EventFields): void {
    checkStepTransition(run.status, to);
    this.count();
    if (run.status === 'Completed') run.stageRun.completedCount--;
    if (to === 'Completed') run.stageRun.completedCount++;
    run.status = to;
    if (to === 'InProgress') {
      run.startedAt = this.now;
      run.endedAt = null;
    } else {
      run.endedAt = this.now;
    }
    if (event) this.emitStep(event, run, fields);
    this.sweeper.stepChanged(run);
  }

  /** R7: a re-entered stage's step back to NotStarted, outputs and times cleared (`starts` kept). */
  resetStep(run: StepRun): void {
    const was = run.status;
    if (was !== 'NotStarted') {
      checkStepReset(was, true);
      this.count();
      if (was === 'Completed') run.stageRun.completedCount--;
      run.status = 'NotStarted';
    }
    run.mode = null;
    run.runAs = null;
    run.startedAt = null;
    run.endedAt = null;
    run.outputs = null;
    run.workItem = null;
    run.flowOutputs = null;
    run.flowWait = null;
    this.sweeper.stepChanged(run);
  }

  /**
   * Assigns a variable or field. A scenario change is recorded as `variableSet` (R13); a step's
   * output copy (R24) is not an event of its own (as in the worked example): it is part of the
   * step's completion.
   */
  assign(target: string, value: Stored, record: boolean): void {
    this.vars.assign(target, value);
    this.changes++;
    if (record) this.emit('variableSet', { target, value });
    for (const key of keysOfAssignment(target)) this.sweeper.changed(key);
  }

  /** A step's outputs became readable or were cleared. */
  outputsChanged(run: StepRun): void {
    this.changes++;
    this.sweeper.stepChanged(run);
  }

  /** True when the run will never do anything again (Completed or Canceled: final). */
  get finished(): boolean {
    return this.runStatus === 'Completed' || this.runStatus === 'Canceled' || this.launch?.launched === false;
  }
}
