/**
 * fast-check generators of orchestrations and scenarios for the engine's property tests. Documents
 * are mostly valid (names resolve) but deliberately include what validation would reject — missing
 * flows, predecessor cycles, unknown run-as users, odd operators — because the engine must never
 * throw. Limits are always set so that loops end quickly.
 */
import fc from 'fast-check';
import type { Decision, Flow, Orchestration, Requirement, RightValue, Scenario, ScenarioEvent, Stage, Step, Variable } from '../../model/types';
import { OPERATORS } from '../../model/schema';

const FLOWS: Flow[] = [
  { name: 'Sync', type: 'autolaunched', active: true, elements: ['Assignment'], runMode: 'default', outputs: ['out'], behavior: { outputs: { out: 1 } } },
  { name: 'Async', type: 'autolaunched', active: true, elements: ['Action'], runMode: 'systemWithSharing', outputs: ['out'], behavior: { durationMs: 500, outputs: { out: 'x' } } },
  { name: 'Slow', type: 'autolaunched', active: true, elements: ['Wait'], runMode: 'user', behavior: { durationMs: 1500 } },
  { name: 'Instant', type: 'autolaunched', active: true, elements: ['Subflow'], behavior: { durationMs: 0 } },
  { name: 'SyncFail', type: 'autolaunched', active: true, elements: [], behavior: { outcome: 'error' } },
  { name: 'AsyncFail', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 750, outcome: 'error' } },
  { name: 'Retired', type: 'autolaunched', active: false },
  { name: 'Screen', type: 'screen', active: true, behavior: { durationMs: 1000 } },
  { name: 'QuickScreen', type: 'screen', active: true, behavior: { durationMs: 0 } },
  { name: 'Yes', type: 'evaluation', active: true, result: true },
  { name: 'No', type: 'evaluation', active: true, result: false },
  { name: 'FlagOn', type: 'evaluation', active: true, condition: { requirements: [{ left: 'flag', operator: 'EqualTo', right: { boolean: true } }] } },
  { name: 'Above', type: 'evaluation', active: true, inputs: ['value'], condition: { requirements: [{ left: 'value', operator: 'GreaterThan', right: { number: 2 } }] } },
];
const BACKGROUND_FLOWS = ['Sync', 'Sync', 'Async', 'Async', 'Slow', 'Instant', 'SyncFail', 'AsyncFail', 'Retired', 'Missing'];
const SCREEN_FLOWS = ['Screen', 'QuickScreen'];
const EVAL_FLOWS = ['Yes', 'No', 'FlagOn', 'Above', 'Missing'];
const VARIABLES: Variable[] = [
  { name: 'n', type: 'Number', value: 1 },
  { name: 'flag', type: 'Boolean', value: false },
  { name: 'txt', type: 'Text', value: 'Hello' },
  { name: 'day', type: 'Date', value: '2025-03-09' },
  { name: 'rec', type: 'Record', object: 'Order', value: { X: 1, T: 'a', When: '2025-03-09T14:00:00Z' } },
  { name: 'outVar', type: 'Text' },
];
const SET_TARGETS = ['n', 'flag', 'txt', 'rec.X', 'rec.T', 'rec', 'day'];
const USERS = ['jdoe', 'ann', 'ghost'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length]!;

const rowSeed = fc.record({ left: fc.nat(), op: fc.nat(), right: fc.nat(), value: fc.integer({ min: -1, max: 4 }) });
type RowSeed = typeof rowSeed extends fc.Arbitrary<infer T> ? T : never;
const condSeed = fc.record({ mode: fc.nat(9), rows: fc.array(rowSeed, { minLength: 1, maxLength: 3 }), logic: fc.nat(5), target: fc.nat() });
type CondSeed = typeof condSeed extends fc.Arbitrary<infer T> ? T : never;
const stepSeed = fc.record({
  interactive: fc.nat(3), flow: fc.nat(), start: condSeed, complete: condSeed, runAs: fc.nat(5), requiresAsync: fc.boolean(), assignee: fc.nat(5), outputs: fc.boolean(),
});
const stageSeed = fc.record({ steps: fc.array(stepSeed, { maxLength: 6 }), exit: condSeed, next: fc.nat(), fault: fc.nat(5) });
const decisionSeed = fc.record({ outcomes: fc.array(fc.record({ cond: condSeed, next: fc.nat() }), { maxLength: 2 }), defaultNext: fc.nat() });

function rightValue(seed: RowSeed): RightValue {
  switch (seed.right % 7) {
    case 0: return { number: seed.value };
    case 1: return { boolean: seed.value % 2 === 0 };
    case 2: return { string: pick(['Completed', 'InProgress', 'Hello', 'a', 'Error', ''], seed.value + 1) };
    case 3: return { date: pick(['2025-03-09', '2024-12-31', '2025-06-01'], seed.value + 1) };
    case 4: return { dateTime: '2025-03-09T14:00:00Z' };
    case 5: return { ref: pick(['n', 'rec.X', 'txt', 'missing'], seed.value + 1) };
    default: return { boolean: true };
  }
}

function logicFor(seed: number, rows: number): string {
  if (rows === 1) return pick(['and', 'or', '1', 'NOT 1', 'and', 'or'], seed);
  if (rows === 2) return pick(['and', 'or', '1 AND NOT 2', '(1 OR 2)', 'NOT (1 AND 2)', '1 OR 2 AND 1'], seed);
  return pick(['and', 'or', '1 AND (2 OR 3)', '(1 OR NOT 2) AND 3', 'NOT 1 OR (2 AND 3)', 'and'], seed);
}

class Builder {
  readonly steps: string[][];
  readonly allSteps: string[];
  constructor(readonly stageNames: string[], stepCounts: number[]) {
    this.steps = stepCounts.map((n, i) => Array.from({ length: n }, (_, j) => `S${i}_${j}`));
    this.allSteps = this.steps.flat();
  }

  private left(seed: number, stage: number): string {
    const own = this.steps[stage] ?? [];
    const options = ['n', 'flag', 'txt', 'day', 'rec.X', 'rec.T', 'rec.When', 'outVar', 'rec'];
    for (const s of own) options.push(`${s}.Status`, `${s}.Outputs.out`);
    options.push(`${pick(this.stageNames, seed)}.Status`, `${pick(this.allSteps.length ? this.allSteps : ['n'], seed)}.Status`);
    return pick(options, seed);
  }

  rows(seed: CondSeed, stage: number): { requirements: Requirement[]; logic: string } {
    const requirements = seed.rows.map((r) => ({ left: this.left(r.left, stage), operator: pick(OPERATORS, r.op), right: rightValue(r) }));
    return { requirements, logic: logicFor(seed.logic, requirements.length) };
  }

  start(seed: CondSeed, stage: number, self: string): Step['start'] {
    const own = this.steps[stage] ?? [];
    switch (seed.mode % 5) {
      case 0: return undefined;
      case 1: return { mode: 'stageStarts' };
      case 2: return { mode: 'stepCompleted', step: pick(own.filter((s) => s !== self).concat(own.length < 2 ? [self] : []), seed.target) };
      case 3: return { mode: 'requirements', ...this.rows(seed, stage) };
      default: return { mode: 'evaluationFlow', flow: pick(EVAL_FLOWS, seed.target), inputs: { value: pick(['n', 'rec.X', '5'], seed.logic) } };
    }
  }

  exit(seed: CondSeed, stage: number): Stage['exit'] {
    switch (seed.mode % 6) {
      case 0: case 1: return undefined;
      case 2: return { mode: 'allStepsCompleted' };
      case 3: case 4: return { mode: 'requirements', ...this.rows(seed, stage) };
      default: return { mode: 'evaluationFlow', flow: pick(EVAL_FLOWS, seed.target), inputs: { value: 'n' } };
    }
  }

  complete(seed: CondSeed, stage: number): Step['complete'] {
    switch (seed.mode % 4) {
      case 0: return undefined;
      case 1: return { mode: 'screenFlowFinished' };
      case 2: return { mode: 'requirements', ...this.rows(seed, stage) };
      default: return { mode: 'evaluationFlow', flow: pick(EVAL_FLOWS, seed.target) };
    }
  }
}

const docSeed = fc.record({
  stages: fc.array(stageSeed, { minLength: 1, maxLength: 4 }),
  decisions: fc.array(decisionSeed, { maxLength: 2 }),
  api: fc.constantFrom(52, 57, 59, 60, 62, 63, 66),
  trigger: fc.nat(3),
  start: fc.nat(),
});

/** Arbitrary orchestration documents (see the file comment). */
export const orchestrationArb: fc.Arbitrary<Orchestration> = docSeed.map((seed) => {
  const stageNames = seed.stages.map((_, i) => `Stage${i}`);
  const decisionNames = seed.decisions.map((_, i) => `Choice${i}`);
  const b = new Builder(stageNames, seed.stages.map((s) => s.steps.length));
  const targets: (string | null)[] = [...stageNames.slice(1), ...decisionNames, null, null, ...stageNames];
  const stages: Stage[] = seed.stages.map((s, i) => {
    const steps: Step[] = s.steps.map((st, j) => {
      const name = b.steps[i]![j]!;
      const start = b.start(st.start, i, name);
      const common = { name, ...(start ? { start } : {}) };
      if (st.interactive === 0) {
        const complete = b.complete(st.complete, i);
        return {
          ...common, kind: 'interactive' as const, flow: pick(SCREEN_FLOWS, st.flow),
          assignee: st.assignee % 2 === 0 ? { type: 'user' as const, name: pick(USERS, st.assignee) } : { type: 'queue' as const, name: 'Support' },
          ...(complete ? { complete } : {}),
        };
      }
      return {
        ...common, kind: 'background' as const, flow: pick(BACKGROUND_FLOWS, st.flow), requiresAsync: st.requiresAsync,
        runAs: st.runAs === 0 ? { mode: 'user' as const, user: pick(USERS, st.flow) } : { mode: 'default' as const },
        ...(st.outputs ? { outputs: { out: 'outVar' } } : {}),
      };
    });
    const exit = b.exit(s.exit, i);
    const stage: Stage = { name: stageNames[i]!, steps, next: pick(targets, s.next + i), ...(exit ? { exit } : {}) };
    if (s.fault === 0) stage.faultNext = pick(stageNames, s.next);
    return stage;
  });
  const decisions: Decision[] = seed.decisions.map((d, i) => ({
    name: decisionNames[i]!,
    outcomes: d.outcomes.map((o, k) => ({ name: `Out${k}`, ...b.rows(o.cond, 0), next: pick(targets, o.next) })),
    defaultNext: pick(targets, d.defaultNext),
  }));
  const triggers: Orchestration['trigger'][] = [
    undefined,
    { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
    { type: 'autolaunched', launchedBy: 'ann', runContext: 'system' },
    { type: 'recordTriggered', object: 'Order', triggeredBy: 'jdoe' },
  ];
  const trigger = triggers[seed.trigger];
  return {
    format: 'stageflow.orchestration', version: 1, name: 'Generated', apiVersion: seed.api,
    ...(trigger ? { trigger } : {}),
    variables: VARIABLES.map((v) => ({ ...v })),
    users: [{ username: 'jdoe', active: true }, { username: 'ann', active: true }],
    flows: FLOWS,
    stages,
    ...(decisions.length ? { decisions } : {}),
    ...(seed.start % 4 === 0 ? { start: pick([...stageNames, ...decisionNames], seed.start) } : {}),
  };
});

const eventSeed = fc.record({ at: fc.integer({ min: 0, max: 24 }), kind: fc.nat(12), a: fc.nat(), b: fc.integer({ min: -1, max: 4 }) });

function scenarioEvent(seed: typeof eventSeed extends fc.Arbitrary<infer T> ? T : never, steps: string[]): ScenarioEvent {
  const at = seed.at * 250;
  switch (seed.kind) {
    case 0: case 1: case 2: {
      const target = pick(SET_TARGETS, seed.a);
      const value = target === 'flag' ? seed.b % 2 === 0 : target === 'txt' || target === 'rec.T' ? pick(['a', 'Hello', ' '], seed.a) : target === 'day' ? '2025-01-01' : target === 'rec' ? null : seed.b;
      return { at, type: 'set', target, value };
    }
    case 3: case 4: return { at, type: 'publishEvent', by: pick(['jdoe', 'ann'], seed.a) };
    case 5: case 6: return { at, type: 'completeWorkItem', step: pick(steps.length ? steps : ['Nope'], seed.a), ...(seed.b >= 0 ? { by: pick(USERS, seed.b) } : {}) };
    case 7: return { at, type: 'suspend' };
    case 8: return { at, type: 'resume' };
    case 9: return { at, type: 'cancel' };
    default: return { at, type: 'retry' };
  }
}

/** Arbitrary scenarios for a document: events, step overrides, work-item setting, limits. */
export function scenarioArb(doc: Orchestration): fc.Arbitrary<Scenario> {
  const steps = doc.stages.flatMap((s) => s.steps.map((st) => st.name));
  return fc.record({
    events: fc.array(eventSeed, { maxLength: 8 }),
    overrides: fc.array(fc.record({ step: fc.nat(), outcome: fc.nat(4), duration: fc.nat(8) }), { maxLength: 3 }),
    auto: fc.nat(3),
    maxTransitions: fc.integer({ min: 20, max: 1500 }),
    maxTime: fc.constantFrom(2000, 6000, 20000),
  }).map((s) => {
    const overrides: NonNullable<Scenario['steps']> = {};
    for (const o of s.overrides) {
      if (!steps.length) break;
      const outcome = o.outcome === 0 ? { outcome: 'error' as const } : o.outcome === 1 ? { outcomes: ['error' as const, 'success' as const] } : {};
      overrides[pick(steps, o.step)] = { ...outcome, durationMs: o.duration * 250 };
    }
    return {
      format: 'stageflow.scenario', version: 1,
      events: s.events.map((e) => scenarioEvent(e, steps)),
      steps: overrides,
      ...(s.auto === 0 ? { autoCompleteWorkItems: false } : {}),
      limits: { maxTimeMs: s.maxTime, maxTransitions: s.maxTransitions },
    };
  });
}

/** A document with a scenario for it. */
export const runArb: fc.Arbitrary<{ doc: Orchestration; scenario: Scenario }> = orchestrationArb.chain((doc) => scenarioArb(doc).map((scenario) => ({ doc, scenario })));
