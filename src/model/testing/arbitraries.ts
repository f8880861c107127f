/**
 * fast-check arbitraries of valid documents, for property tests anywhere (io round trips, engine
 * invariants). Every generated orchestration validates with no errors (warnings may occur, e.g. an
 * unreachable stage); names are unique by construction, predecessors point to earlier steps only.
 */
import fc from 'fast-check';
import { STATUS_VALUES } from '../schema';
import type { Flow, Orchestration, Requirement, RequirementList, Stage, Step, User, Variable } from '../types';

const label = fc.string({ minLength: 1, maxLength: 24 });
const amountValue = fc.integer({ min: -1000, max: 100_000 });
const word = fc.constantFrom('EMEA', 'AMER', 'APAC', 'Gold', 'Silver', 'Draft', 'Shipped', '');
const date = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

const FLOWS: Flow[] = [
  { name: 'Sync_Work', label: 'Sync work', type: 'autolaunched', active: true, elements: ['Assignment', 'RecordUpdate'], runMode: 'default', inputs: ['recordId'], outputs: ['result'], behavior: { durationMs: 0, outcome: 'success', outputs: { result: 'ok' } } },
  { name: 'Async_Work', label: 'Async work', type: 'autolaunched', active: true, elements: ['Action'], runMode: 'systemWithSharing', inputs: ['recordId'], outputs: ['result'], behavior: { durationMs: 1500, outcome: 'success', outputs: { result: 'TRK-1' } } },
  { name: 'Review', label: 'Review', type: 'screen', active: true, elements: ['Screen'], inputs: ['recordId'], outputs: [], behavior: { durationMs: 2000 } },
  { name: 'Is_Ready', label: 'Is ready?', type: 'evaluation', active: true, inputs: ['recordId'], outputs: [], result: true },
  { name: 'Is_Paid', label: 'Is paid?', type: 'evaluation', active: true, inputs: [], outputs: [], condition: { requirements: [{ left: 'order.Paid', operator: 'EqualTo', right: { boolean: true } }], logic: 'and' } },
];

const variables: fc.Arbitrary<Variable[]> = fc.tuple(amountValue, word, date, fc.boolean(), amountValue).map(([amount, region, due, paid, total]) => [
  { name: 'amount', type: 'Number', value: amount },
  { name: 'region', type: 'Text', value: region },
  { name: 'due', type: 'Date', value: due },
  { name: 'tracking', type: 'Text' },
  { name: 'order', type: 'Record', object: 'Order', value: { Id: '801A1', Paid: paid, Total: total, Region: region } },
]);

const users: fc.Arbitrary<User[]> = fc.boolean().map((active) => [
  { username: 'jdoe', name: 'Jane Doe', active: true },
  { username: 'ops', name: 'Ops Team Lead', active },
]);

function requirementArb(statusOf: string[]): fc.Arbitrary<Requirement> {
  const options: Array<fc.Arbitrary<Requirement>> = [
    amountValue.map((n) => ({ left: 'amount', operator: 'GreaterThan', right: { number: n } })),
    fc.tuple(fc.constantFrom('EqualTo', 'StartsWith', 'Contains') as fc.Arbitrary<Requirement['operator']>, word).map(([operator, s]) => ({ left: 'region', operator, right: { string: s } })),
    fc.boolean().map((b) => ({ left: 'order.Paid', operator: 'EqualTo', right: { boolean: b } })),
    date.map((d) => ({ left: 'due', operator: 'LessThanOrEqualTo', right: { date: d } })),
    fc.boolean().map((b) => ({ left: 'amount', operator: 'IsNull', right: { boolean: b } })),
    fc.constant({ left: 'order.Region', operator: 'EqualTo', right: { ref: 'region' } }),
  ];
  if (statusOf.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...statusOf), fc.constantFrom(...STATUS_VALUES)).map(([element, status]) => ({ left: `${element}.Status`, operator: 'EqualTo', right: { string: status } })));
  }
  return fc.oneof(...options);
}

/** `and`, `or` or custom logic using every row once. */
function logicFor(rows: number): fc.Arbitrary<string | undefined> {
  const numbers = Array.from({ length: rows }, (_, i) => String(i + 1));
  const custom = rows >= 3 ? `${numbers[0]} AND (${numbers.slice(1).join(' OR ')})` : rows === 2 ? 'NOT 1 OR 2' : '1';
  return fc.constantFrom(undefined, 'and', 'or', custom);
}

function requirementList(statusOf: string[]): fc.Arbitrary<RequirementList> {
  return fc.array(requirementArb(statusOf), { minLength: 1, maxLength: 4 }).chain((requirements) =>
    logicFor(requirements.length).map((logic) => (logic === undefined ? { requirements } : { requirements, logic })));
}

function stepArb(name: string, earlier: string[], apiVersion: number): fc.Arbitrary<Step> {
  const starts: Array<fc.Arbitrary<Step['start']>> = [
    fc.constant({ mode: 'stageStarts' }),
    requirementList(earlier).map((list) => ({ mode: 'requirements' as const, ...list })),
    fc.constantFrom({ mode: 'evaluationFlow' as const, flow: 'Is_Ready', inputs: { recordId: 'order.Id' } }, { mode: 'evaluationFlow' as const, flow: 'Is_Paid' }),
  ];
  if (earlier.length > 0) starts.push(fc.constantFrom(...earlier).map((step) => ({ mode: 'stepCompleted' as const, step })));
  const runAs = apiVersion >= 60 ? fc.constantFrom({ mode: 'default' as const }, { mode: 'user' as const, user: 'jdoe' }) : fc.constant({ mode: 'default' as const });
  return fc.record({
    label, interactive: fc.boolean(), async: fc.boolean(), start: fc.oneof(...starts), runAs,
    requiresAsync: fc.boolean(), withInputs: fc.boolean(), withOutputs: fc.boolean(),
  }).map(({ label: stepLabel, interactive, async, start, runAs: as, requiresAsync, withInputs, withOutputs }): Step => {
    const inputs = withInputs ? { inputs: { recordId: 'order.Id' } } : {};
    if (interactive) {
      return { name, label: stepLabel, kind: 'interactive', flow: 'Review', start, ...inputs, assignee: { type: 'user', name: 'jdoe' }, complete: { mode: 'screenFlowFinished' } };
    }
    return {
      name, label: stepLabel, kind: 'background', flow: async ? 'Async_Work' : 'Sync_Work', start, runAs: as, requiresAsync,
      ...inputs, ...(withOutputs ? { outputs: { result: 'tracking' } } : {}),
    };
  });
}

function stageArb(index: number, stageCount: number, apiVersion: number, stepCount: number): fc.Arbitrary<Stage> {
  const stageName = `Stage_${index + 1}`;
  const steps = (i: number, earlier: string[]): fc.Arbitrary<Step[]> => {
    if (i >= stepCount) return fc.constant([]);
    const name = `S${index + 1}_Step_${i + 1}`;
    return stepArb(name, earlier, apiVersion).chain((step) => steps(i + 1, [...earlier, name]).map((rest) => [step, ...rest]));
  };
  const exit = fc.oneof(
    fc.constant({ mode: 'allStepsCompleted' as const }),
    requirementList([]).map((list) => ({ mode: 'requirements' as const, ...list })),
    fc.constant({ mode: 'evaluationFlow' as const, flow: 'Is_Ready', inputs: { recordId: 'order.Id' } }),
  );
  const later = Array.from({ length: stageCount - index - 1 }, (_, k) => `Stage_${index + k + 2}`);
  const faultNext = later.length > 0 ? fc.option(fc.constantFrom(...later), { nil: undefined }) : fc.constant(undefined);
  return fc.record({ label, exit, steps: steps(0, []), faultNext }).map(({ label: stageLabel, exit: stageExit, steps: stageSteps, faultNext: fault }) => ({
    name: stageName, label: stageLabel, exit: stageExit, next: later[0] ?? null, ...(fault === undefined ? {} : { faultNext: fault }), steps: stageSteps,
  }));
}

export interface OrchestrationArbitraryOptions { maxStages?: number; maxStepsPerStage?: number }

/** Valid orchestration documents (no validation errors). */
export function orchestrationArbitrary(options: OrchestrationArbitraryOptions = {}): fc.Arbitrary<Orchestration> {
  const maxStages = options.maxStages ?? 4;
  const maxSteps = options.maxStepsPerStage ?? 4;
  return fc.record({
    apiVersion: fc.integer({ min: 50, max: 66 }),
    stepCounts: fc.array(fc.integer({ min: 0, max: maxSteps }), { minLength: 1, maxLength: maxStages }),
    label, description: fc.option(fc.string({ maxLength: 80 }), { nil: undefined }),
    variables, users, recordTriggered: fc.boolean(), withDecision: fc.boolean(), extra: fc.option(fc.dictionary(fc.constantFrom('note', 'owner', 'ticket'), fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))), { nil: undefined }),
  }).chain(({ apiVersion, stepCounts, label: docLabel, description, variables: vars, users: people, recordTriggered, withDecision, extra }) => {
    const stages = stepCounts.map((count, i) => stageArb(i, stepCounts.length, apiVersion, count));
    return fc.tuple(...stages).map((built): Orchestration => {
      const doc: Orchestration = {
        format: 'stageflow.orchestration', version: 1, name: 'Generated_Orchestration', label: docLabel,
        ...(description === undefined ? {} : { description }), apiVersion,
        trigger: recordTriggered ? { type: 'recordTriggered', object: 'Order', triggeredBy: 'jdoe' } : { type: 'autolaunched', launchedBy: 'jdoe', runContext: 'user' },
        variables: vars, users: people, flows: FLOWS, start: 'Stage_1', stages: built,
        ...(extra === undefined ? {} : { x_note: extra }),
      };
      if (withDecision && built.length > 1) {
        const last = built[built.length - 1]!.name;
        built[0] = { ...built[0]!, next: 'Route' };
        doc.decisions = [{ name: 'Route', label: 'Route', outcomes: [{ name: 'Big', requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 1000 } }], next: last }], defaultNext: built[1]!.name }];
      }
      return doc;
    });
  });
}
