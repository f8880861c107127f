/**
 * A design and scenario whose names can be the names of `Object.prototype`'s properties
 * (`constructor`, `toString`…): valid API names (FORMAT.md §1) that a lookup in a plain object
 * finds even when the object has no such key. Built from one map of role → name, so the same
 * design with ordinary names is the control a test compares with (docs/decisions.md, *chosen*).
 */
import type { Orchestration, Scenario } from '../types';

/** Names of `Object.prototype`'s properties that are valid API names. */
export const OBJECT_WORDS = ['constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/** Roles in the namespace of stages, steps, decisions and variables. */
const ELEMENT_ROLES = ['stage', 'step', 'decision', 'variable', 'laterStep', 'lastStage', 'lastStep'] as const;
/** Roles in the flows' namespace and the names inside a flow or a decision. */
const OTHER_ROLES = ['flow', 'evaluationFlow', 'output', 'input', 'outcome'] as const;

export type Role = (typeof ELEMENT_ROLES)[number] | (typeof OTHER_ROLES)[number];
export type Names = Record<Role, string>;

/** Ordinary names, none of them a substring of another or of anything else in the design. */
export const ORDINARY: Names = {
  stage: 'Ord_Stage', step: 'Ord_Step', decision: 'Ord_Decision', variable: 'Ord_Variable', laterStep: 'Ord_Later', lastStage: 'Ord_Last', lastStep: 'Ord_Wrap',
  flow: 'Ord_Flow', evaluationFlow: 'Ord_Eval', output: 'Ord_Output', input: 'Ord_Input', outcome: 'Ord_Outcome',
};

/** How many rotations there are: over all of them, every word plays every role. */
export const ROTATIONS = ELEMENT_ROLES.length;

/** The `rotation`th assignment of the words to roles (the element roles left over keep ordinary names). */
export function wordNames(rotation: number): Names {
  const names = { ...ORDINARY };
  ELEMENT_ROLES.forEach((role, j) => {
    const word = OBJECT_WORDS[(rotation + j) % ELEMENT_ROLES.length];
    if (word) names[role] = word;
  });
  OTHER_ROLES.forEach((role, j) => { names[role] = OBJECT_WORDS[(rotation + j) % OBJECT_WORDS.length]!; });
  return names;
}

/** `text` with every ordinary name replaced by its name in `names` (whole words only). */
export function renamed(text: string, names: Names): string {
  return (Object.keys(ORDINARY) as Role[]).reduce((out, role) => out.replace(new RegExp(`\\b${ORDINARY[role]}\\b`, 'g'), names[role]), text);
}

/** The design; without `layout` when `withLayout` is false (every position then computed). */
export function wordDesign(n: Names, withLayout = true): Orchestration {
  const doc: Orchestration = {
    format: 'stageflow.orchestration', version: 1, name: 'Object_Words', label: 'Object words', apiVersion: 63,
    trigger: { type: 'autolaunched', launchedBy: 'admin', runContext: 'user' },
    users: [{ username: 'admin', name: 'Ada Admin', active: true }],
    variables: [{ name: n.variable, type: 'Text', input: true }],
    flows: [
      { name: n.flow, label: 'Work', type: 'autolaunched', active: true, elements: ['Action'], runMode: 'default', inputs: [n.input], outputs: [n.output],
        behavior: { durationMs: 1000, outcome: 'success', outputs: { [n.output]: 'stand-in' } } },
      { name: n.evaluationFlow, label: 'Ready?', type: 'evaluation', active: true, elements: [], inputs: [n.input], outputs: [],
        condition: { requirements: [{ left: n.input, operator: 'EqualTo', right: { string: 'go' } }], logic: 'and' } },
      { name: 'Gate', label: 'Gate', type: 'evaluation', active: true, elements: [], inputs: [n.input], outputs: [],
        condition: { requirements: [{ left: n.input, operator: 'EqualTo', right: { string: 'go' } }], logic: 'and' } },
    ],
    start: n.stage,
    stages: [
      { name: n.stage, label: 'First', exit: { mode: 'allStepsCompleted' }, next: n.decision, steps: [
        { name: n.step, label: 'Step', kind: 'background', flow: n.flow, start: { mode: 'stageStarts' }, runAs: { mode: 'default' },
          inputs: { [n.input]: n.variable }, outputs: { [n.output]: n.variable } },
        { name: n.laterStep, label: 'Later', kind: 'background', flow: n.flow, runAs: { mode: 'default' },
          start: { mode: 'evaluationFlow', flow: 'Gate', inputs: { [n.input]: `${n.step}.Outputs.${n.output}` } }, inputs: { [n.input]: n.variable } },
      ] },
      { name: n.lastStage, label: 'Last', exit: { mode: 'evaluationFlow', flow: n.evaluationFlow, inputs: { [n.input]: `${n.laterStep}.Status` } }, steps: [
        { name: n.lastStep, label: 'Wrap', kind: 'background', flow: n.flow, runAs: { mode: 'default' }, inputs: { [n.input]: `${n.laterStep}.Status` },
          start: { mode: 'requirements', logic: 'and', requirements: [{ left: `${n.step}.Status`, operator: 'EqualTo', right: { string: 'Completed' } }] } },
      ] },
    ],
    decisions: [
      { name: n.decision, label: 'Go?', defaultNext: null, outcomes: [
        { name: n.outcome, label: 'Go', logic: 'and', next: n.lastStage, requirements: [{ left: n.variable, operator: 'EqualTo', right: { string: 'go' } }] },
      ] },
    ],
    layout: {
      [n.stage]: { x: 0, y: 0 }, [n.decision]: { x: 400, y: 0 }, [n.lastStage]: { x: 800, y: 0 },
      [n.step]: { x: 16, y: 60 }, [n.laterStep]: { x: 16, y: 160 }, [n.lastStep]: { x: 16, y: 60 },
    },
  };
  if (!withLayout) delete doc.layout;
  return doc;
}

/**
 * The scenario. `full`: every map keyed by name has its key and the run completes. `sparse`: no
 * step or evaluation flow overrides, so every lookup by name misses; the run stalls in the first
 * stage, and the last stage and its step never start (absent from the trace).
 */
export function wordScenario(n: Names, kind: 'full' | 'sparse' = 'full'): Scenario {
  if (kind === 'sparse') {
    return {
      format: 'stageflow.scenario', version: 1, name: 'object words, nothing overridden', inputs: {},
      expectations: [
        { kind: 'stepStatus', step: n.lastStep, status: 'NotStarted' },
        { kind: 'stepStatus', step: n.lastStep, status: 'Completed' },
        { kind: 'notStarted', step: n.lastStep },
        { kind: 'runAs', step: n.lastStep, user: 'admin' },
        { kind: 'stepTime', step: n.lastStep, startedBy: 5000 },
        { kind: 'stageStatus', stage: n.lastStage, status: 'Completed' },
        { kind: 'notStarted', step: n.laterStep },
        { kind: 'decision', decision: n.decision, outcome: n.outcome },
        { kind: 'value', target: n.variable, value: 'stand-in' },
      ],
    };
  }
  return {
    format: 'stageflow.scenario', version: 1, name: 'object words',
    inputs: { [n.variable]: 'start' },
    steps: { [n.step]: { durationMs: 500, outputs: { [n.output]: 'go' } }, [n.laterStep]: { outcome: 'success', durationMs: 700 } },
    evaluationFlows: { [n.evaluationFlow]: { result: true } },
    events: [{ at: 300, type: 'publishEvent', by: 'admin' }],
    expectations: [
      { kind: 'stepStatus', step: n.laterStep, status: 'Completed' },
      { kind: 'stageStatus', stage: n.lastStage, status: 'Completed' },
      { kind: 'decision', decision: n.decision, outcome: n.outcome },
      { kind: 'value', target: n.variable, value: 'go' },
      { kind: 'runStatus', status: 'Completed' },
    ],
  };
}
