import { describe, expect, it } from 'vitest';
import type { Requirement } from './types';
import { backgroundStep, decision, DEFAULT_FLOWS, describeProblems, errorsOf, orchestration, requirement, stage, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

const errors = (doc: unknown): string[] => describeProblems(errorsOf(validateOrchestration(doc)));
const startingWhen = (requirements: Requirement[], logic?: string) =>
  withSteps(backgroundStep('First'), backgroundStep('A', { start: { mode: 'requirements', requirements, ...(logic === undefined ? {} : { logic }) } }));

describe('validateOrchestration: requirements', () => {
  it('refuses 11 requirements and suggests an evaluation flow', () => {
    // given 11 valid rows
    const rows = Array.from({ length: 11 }, (_, i) => requirement('amount', 'GreaterThan', { number: i }));
    // when
    const problems = errors(startingWhen(rows));
    // then
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stages\[0\]\.steps\[1\]\.start\.requirements: step "A" \(when to start\) has 11 requirements; at most 10 are allowed \(logic character 1\)\. .*evaluation flow/);
    // R64: custom logic that names row 11 places the fault there
    expect(errors(startingWhen(rows, '1 AND 2 AND 3 AND 4 AND 5 AND 6 AND 7 AND 8 AND 9 AND 10 AND 11'))[0]).toMatch(/at most 10 are allowed \(logic character 62\)/);
    // and 10 rows are fine
    expect(errors(startingWhen(rows.slice(0, 10)))).toEqual([]);
    // a decision's outcome and an evaluation flow's own condition cannot be handed to an evaluation flow
    const flows = [...DEFAULT_FLOWS, { name: 'Big', type: 'evaluation' as const, active: true, condition: { requirements: rows, logic: 'and' } }];
    const decided = orchestration({ flows, start: 'Route', decisions: [{ name: 'Route', outcomes: [{ name: 'Many', requirements: rows, logic: 'and', next: 'Main' }] }],
      stages: [stage('Main', [backgroundStep('A', { start: { mode: 'evaluationFlow', flow: 'Big' } })])] });
    expect(errors(decided)).toEqual([
      'decisions[0].outcomes[0].requirements: outcome "Many" of decision "Route" has 11 requirements; at most 10 are allowed (logic character 1). Split the test across two decisions, one after the other',
      'flows[4].condition.requirements: evaluation flow "Big" has 11 requirements; at most 10 are allowed (logic character 1). Keep the rows that decide it, or give the flow a fixed "result" (the scenario can also set one)',
    ]);
  });

  it('R64: logic over 1,000 characters is refused with a character position too (the structure check runs first and gave none)', () => {
    // given two rows and logic padded past 1,000 characters
    const rows = [requirement('First.Status'), requirement('amount', 'GreaterThan', { number: 1 })];
    // when
    const problems = errors(startingWhen(rows, `1 AND 2${' '.repeat(1000)}`));
    // then
    expect(problems).toEqual(['stages[0].steps[1].start.logic: condition logic has at most 1000 characters (character 1001 is past the limit, R64)']);
  });

  it('R64: reports bad logic with its 1-based character position', () => {
    // given "1 OR 2 AND 3": AND at character 8 mixes with OR
    const rows = [requirement('First.Status'), requirement('amount', 'GreaterThan', { number: 1 }), requirement('region', 'EqualTo', { string: 'EMEA' })];
    // when
    const problems = errors(startingWhen(rows, '1 OR 2 AND 3'));
    // then
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^stages\[0\]\.steps\[1\]\.start\.logic: condition logic "1 OR 2 AND 3": OR \(character 3\) and AND \(character 8\) are mixed/);
    expect(errors(startingWhen(rows, '1 AND 4'))[0]).toMatch(/row 4 does not exist at character 7/);
    expect(errors(startingWhen(rows, '(1 OR 2) AND 3'))).toEqual([]);
  });

  it('needs at least one requirement when the condition is made of requirements', () => {
    expect(errors(startingWhen([]))).toEqual(['stages[0].steps[1].start.requirements: step "A" (when to start) has no requirements: add at least one']);
  });

  it('R50: left sides and ref values must resolve', () => {
    const problems = errors(startingWhen([
      requirement('Valdate.Status'),
      requirement('ordr.Paid', 'EqualTo', { boolean: true }),
      requirement('region', 'EqualTo', { ref: 'regon' }),
      requirement('First.Outputs.nothing', 'EqualTo', { string: 'x' }),
    ], 'and'));
    expect(problems).toEqual([
      'stages[0].steps[1].start.requirements[0].left: unknown step, stage or record variable "Valdate" in "Valdate.Status"',
      'stages[0].steps[1].start.requirements[1].left: "ordr.Paid" refers to "ordr", which is not a variable of this orchestration (did you mean "order"?)',
      'stages[0].steps[1].start.requirements[2].right.ref: unknown resource "regon": nothing in this orchestration has this name (did you mean "region"?)',
      'stages[0].steps[1].start.requirements[3].left: step "First" runs flow "Do_Work", which has no output "nothing" (outputs: result)',
    ]);
  });

  it('R60: operators suit the left type (ordering for numbers and dates, text tests for text)', () => {
    const problems = errors(startingWhen([
      requirement('region', 'GreaterThan', { string: 'A' }),
      requirement('amount', 'Contains', { string: '1' }),
      requirement('order.Paid', 'LessThan', { boolean: true }),
      requirement('First.Status', 'GreaterThan', { string: 'Completed' }),
      requirement('due', 'GreaterThan', { date: '2025-01-01' }),
      requirement('order.Status', 'StartsWith', { string: 'Dr' }),
    ]));
    expect(problems.map((p) => p.split(':')[0])).toEqual([0, 1, 2, 3].map((i) => `stages[0].steps[1].start.requirements[${i}].operator`));
    expect(problems[0]).toMatch(/GreaterThan does not apply to region, a Text value \(ordering applies to numbers, dates and date\/times\): use EqualTo, NotEqualTo, Contains/);
  });

  it('R60: right values have a compatible type; R63: statuses compare as text with known values', () => {
    const problems = errors(startingWhen([
      requirement('amount', 'EqualTo', { string: '120' }),
      requirement('order.Total', 'GreaterThan', { ref: 'region' }),
      requirement('First.Status', 'EqualTo', { string: 'Complete' }),
      requirement('amount', 'IsNull', { number: 1 }),
      requirement('amount', 'GreaterThan'),
      requirement('First.Status', 'NotEqualTo', { ref: 'region' }),
    ].map((r, i) => (i === 4 ? { left: r.left, operator: r.operator } : r))));
    expect(problems).toEqual([
      'stages[0].steps[1].start.requirements[0].right: amount is a Number value and cannot be compared with a Text value',
      'stages[0].steps[1].start.requirements[1].right: order.Total is a Number value and cannot be compared with a Text value',
      'stages[0].steps[1].start.requirements[2].right: "Complete" is not a status: statuses are NotStarted, InProgress, Completed, Discontinued, Canceled, Error',
      'stages[0].steps[1].start.requirements[3].right: IsNull takes true or false, not a Number value',
      'stages[0].steps[1].start.requirements[4].right: GreaterThan needs a value to compare amount with',
    ]);
  });

  it('R60: leaves unknown types alone (step outputs, fields without a value)', () => {
    const doc = startingWhen([requirement('First.Outputs.result', 'GreaterThan', { number: 3 }), requirement('order.Id', 'GreaterThan', { number: 1 })]);
    expect(errors({ ...doc, variables: [{ name: 'order', type: 'Record', value: { Id: null } }] })).toEqual([]);
  });

  it('checks decision outcomes and evaluation flow conditions, whose rows may read the flow inputs', () => {
    const doc = orchestration({
      stages: [stage('Main', undefined, { next: 'Route' })],
      decisions: [decision('Route', { outcomes: [{ name: 'Big', requirements: [requirement('amount', 'Contains', { string: '1' })] }] })],
      flows: [
        { name: 'Do_Work', type: 'autolaunched', outputs: ['result'] },
        { name: 'Check', type: 'evaluation', inputs: ['limit'], condition: { requirements: [requirement('limit', 'EqualTo', { number: 1 }), requirement('nothing', 'EqualTo', { number: 1 })] } },
      ],
    });
    expect(errors(doc)).toEqual([
      'decisions[0].outcomes[0].requirements[0].operator: Contains does not apply to amount, a Number value (text tests apply to text): use EqualTo, NotEqualTo, GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo, IsNull, IsBlank, WasSet',
      'flows[1].condition.requirements[1].left: unknown resource "nothing": nothing in this orchestration has this name (resources: amount, region, due, order)',
    ]);
  });
});
