/** Types of the FORMAT.md documents, inferred from the zod schemas (never written twice). */
import type { z } from 'zod';
import type * as S from './schema';

export type Orchestration = z.infer<typeof S.Orchestration>;
export type Stage = z.infer<typeof S.Stage>;
export type Step = z.infer<typeof S.Step>;
export type Decision = z.infer<typeof S.Decision>;
export type DecisionOutcome = z.infer<typeof S.DecisionOutcome>;
export type Variable = z.infer<typeof S.Variable>;
export type VariableType = Variable['type'];
export type Flow = z.infer<typeof S.Flow>;
export type FlowType = Flow['type'];
export type FlowParameter = z.infer<typeof S.FlowParameter>;
export type User = z.infer<typeof S.User>;
export type Trigger = z.infer<typeof S.Trigger>;
export type RecordTrigger = Extract<Trigger, { type: 'recordTriggered' }>;
export type RecordFilter = z.infer<typeof S.RecordFilter>;
export type RecordFilterOperator = RecordFilter['operator'];
export type Formula = z.infer<typeof S.Formula>;
export type FormulaType = Formula['type'];
export type Requirement = z.infer<typeof S.Requirement>;
export type RightValue = z.infer<typeof S.RightValue>;
export type Operator = Requirement['operator'];
export type StartCondition = z.infer<typeof S.StartCondition>;
export type ExitCondition = z.infer<typeof S.ExitCondition>;
export type CompletionCondition = z.infer<typeof S.CompletionCondition>;
export type RunAs = z.infer<typeof S.RunAs>;
export type Assignee = z.infer<typeof S.Assignee>;
export type Position = z.infer<typeof S.Position>;

export type Scenario = z.infer<typeof S.Scenario>;
export type ScenarioEvent = z.infer<typeof S.ScenarioEvent>;
export type StepOverride = z.infer<typeof S.StepOverride>;
export type Expectation = z.infer<typeof S.Expectation>;

export type Trace = z.infer<typeof S.Trace>;
export type TraceEvent = z.infer<typeof S.TraceEvent>;
export type TraceFlowRun = z.infer<typeof S.TraceFlowRun>;
export type TraceEventType = TraceEvent['type'];
export type EvaluationCause = NonNullable<TraceEvent['cause']>;
export type RunAsIdentity = z.infer<typeof S.RunAsIdentity>;
export type StepStatus = (typeof S.STATUS_VALUES)[number];
export type StageStatus = (typeof S.STAGE_STATUSES)[number];
export type RunStatus = (typeof S.RUN_STATUSES)[number];
export type StepMode = 'sync' | 'async' | 'interactive';

/** A thing in the orchestration that conditions can have: requirements + logic. */
export interface RequirementList {
  requirements: Requirement[];
  logic?: string;
}

/** One validation problem, with the JSON path of the offending field. */
export interface Problem {
  path: string;
  message: string;
  severity: 'error' | 'warning';
  /**
   * For a warning that only follows from a fault elsewhere (a stage that can never complete because
   * one of its steps has no flow that can run): the path of that fault's field (`stages[0].steps[1].flow`).
   * An error reported there is the cause the admin fixes; the CLI prints the warning as its consequence.
   */
  cause?: string;
}
