/**
 * Round 4 of the outside suite: designs written from docs/spec/ alone (FORMAT.md §2, SEMANTICS.md),
 * each with what the spec says its run must show, written down before the app ran it. Documents
 * are minimal — every optional field left out — so that getDocument must give back exactly what
 * was loaded (FORMAT.md: "a valid file survives import → export unchanged except for key order").
 */

export interface RunAs { user: string; context: string; access: string | null }
/** What the spec predicts of one step at the end of the run. */
export interface StepEnd { status: string; mode?: string | null; runAs?: RunAs | null; startedAt?: number | null; endedAt?: number | null; starts?: number; why?: string[] }
export interface Prediction {
  run: { status: string; stalled: boolean; endedAt: number | null };
  stages: Record<string, { status: string; startedAt?: number; endedAt?: number | null; starts?: number }>;
  /** stages the run never enters: absent from the trace, NotStarted on the canvas */
  notEntered?: string[];
  steps: Record<string, StepEnd>;
  /** the decisions taken, in order: [decision, outcome (null: default), next] */
  decisions?: [string, string | null, string | null][];
  /** the Timeline's last time */
  lastT: number;
}
/** `audit`: the folder of src/cli/__fixtures__/spec-audit that keeps the design and the trace `simulate` gave for it. */
export interface Case { title: string; rules: string; audit: string; doc: Record<string, unknown>; expect: Prediction }

const APU = '$AutomatedProcessUser';
const sys = (access: string | null = 'withoutSharing', user = APU): RunAs => ({ user, context: 'system', access });
const usr = (user: string): RunAs => ({ user, context: 'user', access: null });
const orch = (name: string, rest: Record<string, unknown>): Record<string, unknown> => ({ format: 'stageflow.orchestration', version: 1, name, ...rest });
const bg = (name: string, flow: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({ name, kind: 'background', flow, ...more });
const row = (left: string, operator: string, right?: Record<string, unknown>): Record<string, unknown> => (right ? { left, operator, right } : { left, operator });
const SYNC = { name: 'F_Sync', type: 'autolaunched', elements: ['Assignment'] };
const asyncFlow = (name: string, durationMs?: number, more: Record<string, unknown> = {}): Record<string, unknown> =>
  ({ name, type: 'autolaunched', elements: ['Action'], ...(durationMs === undefined ? {} : { behavior: { durationMs } }), ...more });

/** R14, R60–R64, R11 rounds, R16 stall, R17 why: custom logic with NOT and parentheses, text tests case-sensitive. */
const logic: Case = {
  audit: 'l01_custom_logic_stall', title: 'custom logic, rounds and a stall', rules: 'R11 R14 R16 R17 R60–R64',
  doc: orch('Logic_Stall', {
    variables: [
      { name: 'amount', type: 'Number', value: 150 }, { name: 'region', type: 'Text', value: 'EMEA' },
      { name: 'flag', type: 'Boolean', value: false }, { name: 'note', type: 'Text' }, { name: 'due', type: 'Date' },
    ],
    flows: [SYNC, asyncFlow('F_Async', 2000)],
    stages: [{
      name: 'Gate', steps: [
        bg('A', 'F_Sync'),
        // 1 AND (2 OR NOT 3): 150 > 100, EMEA is not APAC, flag is not true → true AND (false OR true)
        bg('B', 'F_Async', { start: { mode: 'requirements', logic: '1 AND (2 OR NOT 3)', requirements: [row('amount', 'GreaterThan', { number: 100 }), row('region', 'EqualTo', { string: 'APAC' }), row('flag', 'EqualTo', { boolean: true })] } }),
        // reads A's status: A completes in round 1 (sync), so C starts in round 2, still at t=0
        bg('C', 'F_Sync', { start: { mode: 'requirements', logic: '1 and 2', requirements: [row('A.Status', 'EqualTo', { string: 'Completed' }), row('region', 'StartsWith', { string: 'EM' })] } }),
        // neither holds: 150 is not < 100, and Contains is case-sensitive (R61)
        bg('D', 'F_Sync', { start: { mode: 'requirements', logic: 'or', requirements: [row('amount', 'LessThan', { number: 100 }), row('region', 'Contains', { string: 'emea' })] } }),
        // NOT (NOT 1 OR NOT 2) = 1 AND 2: note is blank, due is null (R62)
        bg('E', 'F_Sync', { start: { mode: 'requirements', logic: 'NOT (NOT 1 OR NOT 2)', requirements: [row('note', 'IsBlank', { boolean: true }), row('due', 'IsNull', { boolean: true })] } }),
      ],
    }],
  }),
  expect: {
    run: { status: 'InProgress', stalled: true, endedAt: null },
    stages: { Gate: { status: 'InProgress', startedAt: 0, endedAt: null } },
    steps: {
      A: { status: 'Completed', mode: 'sync', runAs: sys(), startedAt: 0, endedAt: 0 },
      B: { status: 'Completed', mode: 'async', runAs: sys(), startedAt: 0, endedAt: 2000 },
      C: { status: 'Completed', mode: 'sync', startedAt: 0, endedAt: 0 },
      D: { status: 'NotStarted', mode: null, runAs: null, why: ['150', 'EMEA'] },
      E: { status: 'Completed', mode: 'sync', startedAt: 0, endedAt: 0 },
    },
    lastT: 2000,
  },
};

/** R22 evaluation flows (input bound by the caller, a fixed result), R5 evaluationFlow exit, R6, R5 0-step stage, R10. */
const evaluation: Case = {
  audit: 'l02_evaluation_flows_empty_stage', title: 'evaluation flows, a stage that ends before a step starts, a 0-step stage', rules: 'R5 R6 R10 R17 R22',
  doc: orch('Evaluations', {
    variables: [{ name: 'amount', type: 'Number', value: 150 }],
    flows: [
      asyncFlow('F_Async', 1000),
      { name: 'E_Big', type: 'evaluation', inputs: ['amt'], condition: { requirements: [row('amt', 'GreaterThan', { number: 100 })] } },
      { name: 'E_No', type: 'evaluation', result: false },
      { name: 'E_Done', type: 'evaluation', condition: { requirements: [row('X.Status', 'EqualTo', { string: 'Completed' })], logic: 'and' } },
    ],
    stages: [
      {
        name: 'Check', next: 'Empty', exit: { mode: 'evaluationFlow', flow: 'E_Done' }, steps: [
          bg('X', 'F_Async', { start: { mode: 'evaluationFlow', flow: 'E_Big', inputs: { amt: 'amount' } } }),
          bg('Y', 'F_Async', { start: { mode: 'evaluationFlow', flow: 'E_No' } }),
        ],
      },
      { name: 'Empty', steps: [] },
    ],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 1000 },
    stages: { Check: { status: 'Completed', startedAt: 0, endedAt: 1000 }, Empty: { status: 'Completed', startedAt: 1000, endedAt: 1000 } },
    steps: {
      X: { status: 'Completed', mode: 'async', runAs: sys(), startedAt: 0, endedAt: 1000 },
      Y: { status: 'NotStarted', runAs: null, why: ['its stage "Check" completed (at 1000 ms) before it started', 'E_No'] },
    },
    lastT: 1000,
  },
};

/** R42–R46 at API 59: the identity starts as launchedBy in user context, changes to the completer (system) after a work item. */
const runAs59: Case = {
  audit: 'l03_runas_api59_identity', title: 'run-as at API 59: launchedBy, the work item completer, async in system context', rules: 'R20 R23 R42–R46',
  doc: orch('RunAs_59', {
    apiVersion: 59,
    trigger: { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
    users: [{ username: 'jdoe', name: 'Jane Doe' }, { username: 'mgr', name: 'Manny Ger' }],
    flows: [
      SYNC, { name: 'F_Share', type: 'autolaunched', elements: ['Assignment'], runMode: 'systemWithSharing' },
      { name: 'F_Long', type: 'autolaunched', elements: ['Assignment'], behavior: { durationMs: 1000 } },
      { name: 'F_Short', type: 'autolaunched', elements: ['Assignment'], behavior: { durationMs: 300 } },
      { name: 'F_Screen', type: 'screen', behavior: { durationMs: 500 } },
    ],
    stages: [{
      name: 'Work', steps: [
        bg('Sy', 'F_Sync'), // R44: the current identity, user context
        bg('As', 'F_Long', { requiresAsync: true }), // R20 ≤62: async by the checkbox; R45: user context → the current identity
        { name: 'Rv', kind: 'interactive', flow: 'F_Screen', assignee: { type: 'user', name: 'mgr' } }, // R46
        bg('After', 'F_Share', { start: { mode: 'stepCompleted', step: 'Rv' } }), // R43: mgr, system
        bg('Async2', 'F_Short', { requiresAsync: true, start: { mode: 'stepCompleted', step: 'Rv' } }), // R45: system → APU
        bg('After2', 'F_Sync', { start: { mode: 'stepCompleted', step: 'As' } }), // after an async step the identity stays mgr
      ],
    }],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 1000 },
    stages: { Work: { status: 'Completed', startedAt: 0, endedAt: 1000 } },
    steps: {
      Sy: { status: 'Completed', mode: 'sync', runAs: usr('jdoe'), startedAt: 0, endedAt: 0 },
      As: { status: 'Completed', mode: 'async', runAs: usr('jdoe'), startedAt: 0, endedAt: 1000 },
      Rv: { status: 'Completed', mode: 'interactive', runAs: usr('mgr'), startedAt: 0, endedAt: 500 },
      After: { status: 'Completed', mode: 'sync', runAs: sys('withSharing', 'mgr'), startedAt: 500, endedAt: 500 },
      Async2: { status: 'Completed', mode: 'async', runAs: sys(), startedAt: 500, endedAt: 800 },
      After2: { status: 'Completed', mode: 'sync', runAs: sys('withoutSharing', 'mgr'), startedAt: 1000, endedAt: 1000 },
    },
    lastT: 1000,
  },
};

/** R40 at API 60 (run as a named user, runMode), R20 at ≤62: an Action flow without the checkbox runs sync; R23 default 1000 ms. */
const runAs60: Case = {
  audit: 'l04_runas_api60_named_user', title: 'run-as at API 60: a named user, the flow\'s runMode, sync without the async checkbox', rules: 'R20 R23 R40 R46',
  doc: orch('RunAs_60', {
    apiVersion: 60,
    trigger: { type: 'autolaunched', launchedBy: 'amy', runContext: 'user' },
    users: [{ username: 'amy', name: 'Amy' }, { username: 'mgr', name: 'Manny Ger', active: true }],
    flows: [
      { name: 'F_User', type: 'autolaunched', elements: ['Assignment'], runMode: 'user' },
      { name: 'F_Share', type: 'autolaunched', elements: ['Assignment'], runMode: 'systemWithSharing' },
      asyncFlow('F_Action', 400),
      { name: 'F_Screen', type: 'screen' },
    ],
    stages: [{
      name: 'Main', steps: [
        bg('U', 'F_User', { runAs: { mode: 'user', user: 'amy' } }),
        bg('Sh', 'F_Share'),
        bg('W', 'F_Action'),
        { name: 'Q', kind: 'interactive', flow: 'F_Screen', assignee: { type: 'user', name: 'mgr' } },
      ],
    }],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 1000 },
    stages: { Main: { status: 'Completed', startedAt: 0, endedAt: 1000 } },
    steps: {
      U: { status: 'Completed', mode: 'sync', runAs: usr('amy') },
      Sh: { status: 'Completed', mode: 'sync', runAs: sys('withSharing') },
      W: { status: 'Completed', mode: 'sync', runAs: sys(), startedAt: 0, endedAt: 0 },
      Q: { status: 'Completed', mode: 'interactive', runAs: usr('mgr'), startedAt: 0, endedAt: 1000 },
    },
    lastT: 1000,
  },
};

/** R30–R32 faults, R4 decisions, R5 a 0-step stage between, R31 an interactive sibling discontinued. */
const faults: Case = {
  audit: 'l06_fault_path_decision_error', title: 'a fault path, a decision, then an error with no fault path', rules: 'R4 R5 R30 R31 R32',
  doc: orch('Faults_And_Decisions', {
    variables: [{ name: 'amount', type: 'Number', value: 150 }],
    users: [{ username: 'mgr', name: 'Manny Ger' }],
    flows: [
      SYNC, asyncFlow('F_Ok', 1000), asyncFlow('F_Slow', 3000),
      { name: 'F_Bad', type: 'autolaunched', elements: ['Action'], behavior: { durationMs: 500, outcome: 'error', message: 'boom' } },
      { name: 'F_Fail', type: 'autolaunched', elements: ['Assignment'], behavior: { outcome: 'error', message: 'sync fail' } },
      { name: 'F_Screen', type: 'screen' },
    ],
    stages: [
      { name: 'Work', next: 'Never', faultNext: 'Recover', steps: [bg('Good', 'F_Ok'), bg('Bad', 'F_Bad'), bg('Slow', 'F_Slow')] },
      { name: 'Recover', next: 'Route', steps: [bg('Fix', 'F_Sync')] },
      { name: 'Big_Stage', next: 'Final', steps: [] },
      { name: 'Final', steps: [{ name: 'Ask', kind: 'interactive', flow: 'F_Screen', assignee: { type: 'user', name: 'mgr' } }, bg('Fail', 'F_Fail')] },
      { name: 'Never', steps: [bg('Z', 'F_Sync')] },
    ],
    decisions: [{
      name: 'Route', defaultNext: 'Never', outcomes: [
        { name: 'Small', requirements: [row('amount', 'LessThan', { number: 100 })], next: 'Never' },
        { name: 'Big', requirements: [row('amount', 'GreaterThanOrEqualTo', { number: 100 })], next: 'Big_Stage' },
      ],
    }],
  }),
  expect: {
    run: { status: 'Error', stalled: false, endedAt: 500 },
    stages: {
      Work: { status: 'Error', startedAt: 0, endedAt: 500 }, Recover: { status: 'Completed', startedAt: 500, endedAt: 500 },
      Big_Stage: { status: 'Completed', startedAt: 500, endedAt: 500 }, Final: { status: 'Error', startedAt: 500, endedAt: 500 },
    },
    notEntered: ['Never'],
    steps: {
      Good: { status: 'Discontinued', mode: 'async', startedAt: 0, endedAt: 500 },
      Bad: { status: 'Error', mode: 'async', startedAt: 0, endedAt: 500 },
      Slow: { status: 'Discontinued', mode: 'async', startedAt: 0, endedAt: 500 },
      Fix: { status: 'Completed', mode: 'sync', startedAt: 500 },
      Ask: { status: 'Discontinued', mode: 'interactive', runAs: usr('mgr'), startedAt: 500, endedAt: 500 },
      Fail: { status: 'Error', mode: 'sync', startedAt: 500, endedAt: 500 },
    },
    decisions: [['Route', 'Big', 'Big_Stage']],
    lastT: 500,
  },
};

/** R7: a decision leads back to a stage that already ran; its step starts again. R24: an output copied into a variable. */
const reentry: Case = {
  audit: 'l07_reentry_by_decision', title: 'a stage entered again through a decision, an output read by the decision', rules: 'R4 R7 R24',
  doc: orch('Reentry', {
    variables: [{ name: 'seen', type: 'Boolean', value: false }],
    flows: [asyncFlow('F_Work', 100), { name: 'F_Mark', type: 'autolaunched', elements: ['Assignment'], outputs: ['v'], behavior: { outputs: { v: true } } }],
    stages: [
      { name: 'Loop', next: 'Again', steps: [bg('M', 'F_Work')] },
      { name: 'Mark', next: 'Loop', steps: [bg('K', 'F_Mark', { outputs: { v: 'seen' } })] },
      { name: 'Done', steps: [] },
    ],
    decisions: [{ name: 'Again', defaultNext: 'Done', outcomes: [{ name: 'First_Time', requirements: [row('seen', 'EqualTo', { boolean: false })], next: 'Mark' }] }],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 200 },
    stages: {
      Loop: { status: 'Completed', starts: 2, startedAt: 100, endedAt: 200 }, Mark: { status: 'Completed', startedAt: 100, endedAt: 100 },
      Done: { status: 'Completed', startedAt: 200, endedAt: 200 },
    },
    steps: { M: { status: 'Completed', starts: 2, startedAt: 100, endedAt: 200 }, K: { status: 'Completed', mode: 'sync' } },
    decisions: [['Again', 'First_Time', 'Mark'], ['Again', null, 'Done']],
    lastT: 200,
  },
};

/** R20 at API 63: a Wait makes a step async whatever the checkbox says; R21 default 1000 ms; R23 interactive closed at 1000. */
const waits: Case = {
  audit: 'l09_waits_api63', title: 'waits at API 63: async by the flow\'s elements, default durations', rules: 'R20 R21 R23',
  doc: orch('Waits_63', {
    apiVersion: 63,
    users: [{ username: 'mgr', name: 'Manny Ger' }],
    flows: [
      { name: 'F_Wait', type: 'autolaunched', elements: ['Wait'], behavior: { durationMs: 5000 } },
      { name: 'F_Sub', type: 'autolaunched', elements: ['Subflow'] },
      { name: 'F_Plain', type: 'autolaunched', elements: ['Assignment'] },
      { name: 'F_Screen', type: 'screen' },
    ],
    stages: [{
      name: 'Hold', steps: [
        bg('W1', 'F_Wait', { requiresAsync: false }), bg('W2', 'F_Sub'), bg('P', 'F_Plain', { requiresAsync: true }),
        { name: 'I', kind: 'interactive', flow: 'F_Screen', assignee: { type: 'user', name: 'mgr' }, start: { mode: 'stepCompleted', step: 'W2' } },
      ],
    }],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 5000 },
    stages: { Hold: { status: 'Completed', startedAt: 0, endedAt: 5000 } },
    steps: {
      W1: { status: 'Completed', mode: 'async', startedAt: 0, endedAt: 5000 },
      W2: { status: 'Completed', mode: 'async', startedAt: 0, endedAt: 1000 },
      P: { status: 'Completed', mode: 'sync', startedAt: 0, endedAt: 0 },
      I: { status: 'Completed', mode: 'interactive', runAs: usr('mgr'), startedAt: 1000, endedAt: 2000 },
    },
    lastT: 5000,
  },
};

/** R42/R44/R45 record-triggered at API 58: the trigger's user in system context; R60 nulls: an unset $Record field. */
const recordTriggered: Case = {
  audit: 'l05_record_triggered_api58', title: 'record-triggered at API 58: triggeredBy in system context, null record fields', rules: 'R17 R42 R44 R45 R60',
  doc: orch('Case_Triggered', {
    apiVersion: 58,
    trigger: { type: 'recordTriggered', object: 'Case', triggeredBy: 'jdoe' },
    users: [{ username: 'jdoe', name: 'Jane Doe' }],
    flows: [SYNC, { name: 'F_Share', type: 'autolaunched', runMode: 'systemWithSharing' }, { name: 'F_Later', type: 'autolaunched' }],
    stages: [{
      name: 'Triage', steps: [
        bg('S', 'F_Sync'), bg('Sh', 'F_Share'), // R44: the identity, system context
        bg('A', 'F_Later', { requiresAsync: true }), // R45: system context → the Automated Process User, 1000 ms (R21)
        // R60: no record was given, so $Record.Status is null: NotEqualTo holds, EqualTo does not
        bg('N', 'F_Sync', { start: { mode: 'requirements', requirements: [row('$Record.Priority', 'NotEqualTo', { string: 'High' }), row('$Record.Status', 'IsNull', { boolean: true })] } }),
        bg('R', 'F_Sync', { start: { mode: 'requirements', requirements: [row('$Record.Status', 'EqualTo', { string: 'New' })] } }),
      ],
    }],
  }),
  expect: {
    run: { status: 'InProgress', stalled: true, endedAt: null },
    stages: { Triage: { status: 'InProgress', startedAt: 0, endedAt: null } },
    steps: {
      S: { status: 'Completed', mode: 'sync', runAs: sys('withoutSharing', 'jdoe') },
      Sh: { status: 'Completed', mode: 'sync', runAs: sys('withSharing', 'jdoe') },
      A: { status: 'Completed', mode: 'async', runAs: sys(), startedAt: 0, endedAt: 1000 },
      N: { status: 'Completed', mode: 'sync', runAs: sys('withoutSharing', 'jdoe') },
      R: { status: 'NotStarted', runAs: null, why: ['$Record.Status'] },
    },
    lastT: 1000,
  },
};

/** R1 and R4: the run starts at a decision, whose outcome has no target — the run ends Completed at t=0, no stage entered. */
const startAtDecision: Case = {
  audit: 'l08_start_at_decision', title: 'a run that starts at a decision and ends there at t=0', rules: 'R1 R4',
  doc: orch('Start_At_Decision', {
    start: 'Pick',
    variables: [{ name: 'flag', type: 'Boolean', value: true }],
    flows: [{ name: 'F', type: 'autolaunched' }],
    stages: [{ name: 'S1', steps: [bg('T1', 'F')] }],
    decisions: [{ name: 'Pick', defaultNext: 'S1', outcomes: [{ name: 'Skip', requirements: [row('flag', 'EqualTo', { boolean: true })] }] }],
  }),
  expect: { run: { status: 'Completed', stalled: false, endedAt: 0 }, stages: {}, notEntered: ['S1'], steps: {}, decisions: [['Pick', 'Skip', null]], lastT: 0 },
};

/** Unicode and long names: 80-character API names, a 255-character label of many scripts, markup as text. */
export const LONG_STAGE = `Stage_${'A'.repeat(74)}`;
export const LONG_STEP = `Step_${'b1'.repeat(36)}_zz`;
export const LONG_LABEL = ('Étape 発送 שלב Этап — <b>&amp;</b> "q" ').repeat(10).slice(0, 255);
export const EMOJI_LABEL = '🚀 Ship it 📦 — 출하';
const names: Case = {
  audit: 'l10_long_unicode_names', title: 'unicode and long names', rules: 'FORMAT §1',
  doc: orch(`O${'rch_1'.repeat(15)}x`, {
    label: EMOJI_LABEL,
    flows: [{ ...SYNC, label: 'ﬂow “quoted” ✓' }, asyncFlow('F_Async', 700)],
    stages: [
      { name: LONG_STAGE, label: LONG_LABEL, next: 'Next_Stage', steps: [bg(LONG_STEP, 'F_Async', { label: EMOJI_LABEL })] },
      { name: 'Next_Stage', label: '<img src=x onerror=alert(1)>', steps: [bg('After', 'F_Sync', { label: 'مرحلة', start: { mode: 'requirements', requirements: [row(`${LONG_STEP}.Status`, 'EqualTo', { string: 'Completed' })] } })] },
    ],
  }),
  expect: {
    run: { status: 'Completed', stalled: false, endedAt: 700 },
    stages: { [LONG_STAGE]: { status: 'Completed', endedAt: 700 }, Next_Stage: { status: 'Completed', startedAt: 700, endedAt: 700 } },
    steps: { [LONG_STEP]: { status: 'Completed', endedAt: 700 }, After: { status: 'Completed', startedAt: 700 } },
    lastT: 700,
  },
};

/** 230 steps: a chain of 200 sync steps (one round each, all at t=0), then 30 async steps ending 100 ms apart. */
export const CHAIN = 200;
export const FAN = 30;
function big(): Case {
  const chain = Array.from({ length: CHAIN }, (_, i) => bg(`C${i + 1}`, 'F_Sync', i === 0 ? {} : { start: { mode: 'stepCompleted', step: `C${i}` } }));
  const fan = Array.from({ length: FAN }, (_, i) => bg(`F${i + 1}`, `F_D${i + 1}`));
  const steps: Record<string, StepEnd> = {};
  for (let i = 1; i <= CHAIN; i++) steps[`C${i}`] = { status: 'Completed', mode: 'sync', startedAt: 0, endedAt: 0 };
  for (let i = 1; i <= FAN; i++) steps[`F${i}`] = { status: 'Completed', mode: 'async', startedAt: 0, endedAt: 100 * i };
  return {
    audit: 'l11_230_steps', title: '230 steps', rules: 'R11 R14 R21',
    doc: orch('Big_Design', {
      flows: [SYNC, ...Array.from({ length: FAN }, (_, i) => asyncFlow(`F_D${i + 1}`, 100 * (i + 1)))],
      stages: [{ name: 'Chain', next: 'Fan', steps: chain }, { name: 'Fan', steps: fan }],
    }),
    expect: {
      run: { status: 'Completed', stalled: false, endedAt: 100 * FAN },
      stages: { Chain: { status: 'Completed', startedAt: 0, endedAt: 0 }, Fan: { status: 'Completed', startedAt: 0, endedAt: 100 * FAN } },
      steps, lastT: 100 * FAN,
    },
  };
}

export const CASES: Case[] = [logic, evaluation, runAs59, runAs60, recordTriggered, faults, reentry, startAtDecision, waits, names, big()];
