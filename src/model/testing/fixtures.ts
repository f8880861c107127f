/**
 * Small builders of valid documents for tests: each gives a sensible default and takes overrides,
 * so a test states only what it is about. `orchestration()` alone validates with no problems.
 */
import type { Decision, Flow, Orchestration, Problem, Requirement, Scenario, Stage, Step, Variable } from '../types';

/** Flows every builder-made document has: one of each type, active. */
export const DEFAULT_FLOWS: Flow[] = [
  { name: 'Do_Work', type: 'autolaunched', active: true, elements: ['Assignment'], inputs: ['recordId'], outputs: ['result'] },
  { name: 'Call_Out', type: 'autolaunched', active: true, elements: ['Action'], inputs: [], outputs: [] },
  { name: 'Review_Screen', type: 'screen', active: true, elements: ['Screen'], inputs: ['recordId'], outputs: [] },
  { name: 'Is_Ready', type: 'evaluation', active: true, inputs: ['recordId'], outputs: [], result: true },
];

export const DEFAULT_USERS = [
  { username: 'jdoe', name: 'Jane Doe', active: true },
  { username: 'gone', name: 'Former Employee', active: false },
];

export const DEFAULT_VARIABLES: Variable[] = [
  { name: 'amount', type: 'Number', value: 120 },
  { name: 'region', type: 'Text', value: 'EMEA' },
  { name: 'due', type: 'Date', value: '2025-03-09' },
  { name: 'order', type: 'Record', object: 'Order', value: { Id: '801A1', Status: 'Draft', Paid: false, Total: 99 } },
];

/** A background step running `Do_Work`, started when its stage starts. */
export function backgroundStep(name: string, extra: Partial<Step> = {}): Step {
  return { name, kind: 'background', flow: 'Do_Work', start: { mode: 'stageStarts' }, runAs: { mode: 'default' }, ...extra };
}

/** An interactive step running `Review_Screen`, assigned to jdoe, about the record `order`. */
export function interactiveStep(name: string, extra: Partial<Step> = {}): Step {
  return {
    name, kind: 'interactive', flow: 'Review_Screen', start: { mode: 'stageStarts' }, inputs: { ActionInput__RecordId: 'order.Id' },
    assignee: { type: 'user', name: 'jdoe' }, complete: { mode: 'screenFlowFinished' }, ...extra,
  };
}

/** A step that starts when `predecessor` completes. */
export function after(predecessor: string, name: string, extra: Partial<Step> = {}): Step {
  return backgroundStep(name, { start: { mode: 'stepCompleted', step: predecessor }, ...extra });
}

export function stage(name: string, steps: Step[] = [backgroundStep(`${name}_Step`)], extra: Partial<Stage> = {}): Stage {
  return { name, exit: { mode: 'allStepsCompleted' }, steps, ...extra };
}

export function decision(name: string, extra: Partial<Decision> = {}): Decision {
  return { name, outcomes: [], ...extra };
}

export function requirement(left: string, operator: Requirement['operator'] = 'EqualTo', right: Requirement['right'] = { string: 'Completed' }): Requirement {
  return { left, operator, right };
}

/** A valid orchestration: one stage with one step, default flows, users and variables. */
export function orchestration(extra: Partial<Orchestration> = {}): Orchestration {
  return {
    format: 'stageflow.orchestration', version: 1, name: 'Test_Orchestration', apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
    variables: DEFAULT_VARIABLES, users: DEFAULT_USERS, flows: DEFAULT_FLOWS,
    stages: [stage('Main')], ...extra,
  };
}

/** An orchestration whose only stage holds `steps`. */
export function withSteps(...steps: Step[]): Orchestration {
  return orchestration({ stages: [stage('Main', steps)] });
}

export function scenario(extra: Partial<Scenario> = {}): Scenario {
  return { format: 'stageflow.scenario', version: 1, ...extra };
}

export const errorsOf = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity === 'error');
export const warningsOf = (problems: readonly Problem[]): Problem[] => problems.filter((p) => p.severity === 'warning');
/** `path: message` of each problem, handy in `toEqual`/`toContain` assertions. */
export const describeProblems = (problems: readonly Problem[]): string[] => problems.map((p) => `${p.path}: ${p.message}`);
