/** Runtime records of one run: a stage run, its step runs and their work items. */
import type { SuspendedFlow } from '../flows/interpreter';
import type { Assignee, RunAsIdentity, Stage, StageStatus, Step, StepMode, StepStatus } from '../model/types';
import type { FlowRunCounts } from './flowRuns/traceEntry';

/** An interactive step's work item (R23). `token` tells one assignment from the next. */
export interface WorkItem {
  open: boolean;
  readonly assignee: Assignee;
  readonly token: number;
  readonly assignedAt: number;
}

/** The run of one step (created when its stage first starts, reused when the stage is re-entered). */
export interface StepRun {
  readonly step: Step;
  readonly name: string;
  /**
   * Its read key (`s:Name`, see readKeys.ts stepKey), made when first needed and then kept: only a
   * stage whose conditions read statuses by name needs it, and a 20,000-step stage that made every
   * key at its start kept 0.5 MB of strings it never read.
   */
  key: string | null;
  readonly stageRun: StageRun;
  /** Position among the stage's steps (declared order). */
  readonly index: number;
  status: StepStatus;
  mode: StepMode | null;
  runAs: RunAsIdentity | null;
  startedAt: number | null;
  endedAt: number | null;
  /** Every start counts, including retries and re-entries (R7, R34). */
  starts: number;
  /** Output values, readable as `Step.Outputs.x` once Completed (R24); null otherwise. */
  outputs: Readonly<Record<string, unknown>> | null;
  workItem: WorkItem | null;
  /** Outputs of the step's project flow once it ran (issue 13); null: the stand-in outputs apply. */
  flowOutputs: Readonly<Record<string, unknown>> | null;
  /** The step's project flow paused at a wait, to be resumed on the virtual clock or by an event. */
  flowWait: FlowWait | null;
  /**
   * The run of the step a `stepCompleted` start names, once found (null: not looked up yet, or not
   * started yet). A name always finds the same run once it exists, so it is looked up once.
   */
  predecessor: StepRun | null;
}

/** A project flow of a step that waits (a `waits` element). */
export interface FlowWait {
  readonly state: SuspendedFlow;
  /** Virtual ms when it resumes by itself (its earliest time event), if any. */
  readonly until: number | undefined;
  /** Platform event types that resume it. */
  readonly events: readonly string[];
  /** What the trace already holds of this run (a resumption records only what is new). */
  readonly recorded: FlowRunCounts;
}

/** The run of one stage. */
export interface StageRun {
  readonly stage: Stage;
  readonly name: string;
  /** Its read key (`s:Name`). */
  readonly key: string;
  status: StageStatus;
  startedAt: number;
  endedAt: number | null;
  starts: number;
  readonly steps: StepRun[];
  /** How many of `steps` are Completed (kept current so allStepsCompleted is O(1)). */
  completedCount: number;
}
