import { describe, expect, it } from 'vitest';
import type { Requirement, Variable } from '../model/types';
import { simulate } from './index';
import { bg, orch, stage } from './testing/builders';
import { compare, formatValue, type TypedValue } from './values';

const num = (value: number): TypedValue => ({ type: 'Number', value });
const text = (value: string): TypedValue => ({ type: 'Text', value });
const nul: TypedValue = { type: 'Unknown', value: null };

/** Starts a step on the given requirement rows; true when it started at t=0. */
function startsWith(requirements: Requirement[], variables: Variable[] = [], logic?: string): boolean {
  const doc = orch([stage('S', [bg('Probe', { start: { mode: 'requirements', requirements, ...(logic ? { logic } : {}) } }), bg('Other', { flow: 'Async' })])], { variables });
  return simulate(doc).steps.Probe?.status === 'Completed';
}

describe('inputs, references and requirements', () => {
  it('R50: inputs name a variable, a field, Step.Outputs.x, X.Status, or are literals', () => {
    const doc = orch([stage('S', [
      bg('A', { flow: 'Producer' }),
      bg('ByField', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { v: 'order.Code' } } }),
      bg('ByVar', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { v: 'code' } } }),
      bg('ByOutput', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { v: 'A.Outputs.code' } } }),
      bg('ByStatus', { start: { mode: 'evaluationFlow', flow: 'IsDone', inputs: { v: 'A.Status' } } }),
      bg('ByLiteral', { start: { mode: 'evaluationFlow', flow: 'Check', inputs: { v: 'X1' } } }),
    ])], {
      variables: [{ name: 'order', type: 'Record', value: { Code: 'X1' } }, { name: 'code', type: 'Text', value: 'X1' }],
      flows: [
        { name: 'Producer', type: 'autolaunched', active: true, outputs: ['code'], behavior: { outputs: { code: 'X1' } } },
        { name: 'Check', type: 'evaluation', active: true, inputs: ['v'], condition: { requirements: [{ left: 'v', operator: 'EqualTo', right: { string: 'X1' } }] } },
        { name: 'IsDone', type: 'evaluation', active: true, inputs: ['v'], condition: { requirements: [{ left: 'v', operator: 'EqualTo', right: { string: 'Completed' } }] } },
      ],
    });
    const t = simulate(doc);
    for (const s of ['ByField', 'ByVar', 'ByOutput', 'ByStatus', 'ByLiteral']) expect(t.steps[s]?.status, s).toBe('Completed');
  });

  it('R51: X.Status of a step whose stage has not started, and outputs of a step not completed, read as null', () => {
    const doc = orch([
      stage('First', [
        bg('Probe', { start: { mode: 'requirements', logic: 'and', requirements: [
          { left: 'Later.Status', operator: 'IsNull', right: { boolean: true } },
          { left: 'Slow.Outputs.x', operator: 'IsNull', right: { boolean: true } },
          { left: 'Slow.Status', operator: 'EqualTo', right: { string: 'InProgress' } },
        ] } }),
        bg('Slow', { flow: 'Async' }),
      ], { next: 'Second' }),
      stage('Second', [bg('Later')]),
    ]);
    const t = simulate(doc);
    // Probe is declared first: on the first sweep Slow is NotStarted; it starts on the second iteration
    expect(t.steps.Probe).toMatchObject({ status: 'Completed', startedAt: 0 });
  });

  it('R60: numbers compare as numbers, dates and date-times as instants, text as text', () => {
    expect(compare('GreaterThan', num(10), num(9), false)).toBe(true);
    expect(compare('LessThan', text('10'), text('9'), false)).toBe(false); // text has no ordering
    expect(compare('LessThan', { type: 'Date', value: '2025-01-09' }, { type: 'Date', value: '2025-01-10' }, false)).toBe(true);
    expect(compare('GreaterThan', { type: 'DateTime', value: '2025-03-09T14:00:00Z' }, { type: 'Date', value: '2025-03-09' }, false)).toBe(true);
    expect(compare('EqualTo', { type: 'DateTime', value: '2025-03-09T14:00:00.000Z' }, { type: 'DateTime', value: '2025-03-09T14:00:00Z' }, false)).toBe(true);
    expect(compare('EqualTo', text('5'), num(5), false)).toBe(false); // incompatible types never equal
    expect(compare('NotEqualTo', text('5'), num(5), false)).toBe(true);
    expect(startsWith([{ left: 'due', operator: 'LessThanOrEqualTo', right: { date: '2025-02-01' } }], [{ name: 'due', type: 'Date', value: '2025-01-31' }])).toBe(true);
    expect(startsWith([{ left: 'rec.When', operator: 'GreaterThan', right: { dateTime: '2025-01-01T00:00:00Z' } }], [{ name: 'rec', type: 'Record', value: { When: '2025-06-01T08:00:00Z' } }])).toBe(true);
  });

  it('R60: a day that does not exist (2025-02-30) is no date: never equal to the day it would roll over to, never ordered', () => {
    expect(compare('EqualTo', { type: 'Date', value: '2025-02-30' }, { type: 'Date', value: '2025-03-02' }, false)).toBe(false);
    expect(compare('LessThan', { type: 'DateTime', value: '2025-02-30T10:00:00Z' }, { type: 'Date', value: '2025-03-05' }, false)).toBe(false);
    expect(compare('NotEqualTo', { type: 'Date', value: '2025-02-30' }, { type: 'Date', value: '2025-03-02' }, false)).toBe(true);
  });

  it('R60: with a null on either side, EqualTo holds only when both are null, NotEqualTo unless both are, others are false', () => {
    expect(compare('EqualTo', nul, nul, false)).toBe(true);
    expect(compare('EqualTo', nul, num(1), false)).toBe(false);
    expect(compare('NotEqualTo', nul, num(1), false)).toBe(true);
    expect(compare('NotEqualTo', nul, nul, false)).toBe(false);
    expect(compare('GreaterThan', nul, num(1), false)).toBe(false);
    expect(compare('LessThan', num(1), nul, false)).toBe(false);
    expect(compare('Contains', nul, text(''), false)).toBe(false);
    expect(startsWith([{ left: 'missing', operator: 'EqualTo', right: { ref: 'alsoMissing' } }], [{ name: 'missing', type: 'Text' }, { name: 'alsoMissing', type: 'Number' }])).toBe(true);
  });

  it('R60 (chosen): a number that is NaN compares as a number — never equal, never ordered, not null — and reads "not a number"', () => {
    const nan = num(NaN);
    expect(compare('EqualTo', nan, nan, false)).toBe(false);
    expect(compare('NotEqualTo', nan, num(1), false)).toBe(true);
    expect(compare('GreaterThan', nan, num(1), false)).toBe(false);
    expect(compare('IsNull', nan, { type: 'Boolean', value: true }, false)).toBe(false);
    expect(formatValue(nan)).toBe('not a number');
    // the sentence the Why panel and the stuck banner show, and the requirement table's values
    const doc = orch([stage('S', [
      bg('Probe', { start: { mode: 'requirements', requirements: [{ left: 'amount', operator: 'IsNull', right: { boolean: true } }, { left: 'limit', operator: 'LessThan', right: { ref: 'amount' } }], logic: 'or' } }),
      bg('Other', { flow: 'Async' }),
    ])], { variables: [{ name: 'amount', type: 'Number', value: NaN }, { name: 'limit', type: 'Number', value: 5 }] });
    const why = simulate(doc).steps.Probe?.why;
    expect(why).toBe('its start requirements (any must hold) are not met: row 1: amount is not a number, needs IsNull true; row 2: limit is 5, needs LessThan amount (not a number)');
  });

  it('R61: Contains, StartsWith and EndsWith are case-sensitive text tests', () => {
    expect(compare('Contains', text('Hello World'), text('World'), false)).toBe(true);
    expect(compare('Contains', text('Hello World'), text('world'), false)).toBe(false);
    expect(compare('StartsWith', text('Hello'), text('he'), false)).toBe(false);
    expect(compare('EndsWith', text('Hello'), text('llo'), false)).toBe(true);
    expect(compare('Contains', num(123), num(2), false)).toBe(false);
  });

  it('R62: IsNull, IsBlank (null, empty, whitespace) and WasSet (assigned during the run)', () => {
    expect(compare('IsNull', nul, { type: 'Boolean', value: true }, false)).toBe(true);
    expect(compare('IsNull', text(''), { type: 'Boolean', value: true }, false)).toBe(false);
    expect(compare('IsNull', text(''), { type: 'Boolean', value: false }, false)).toBe(true);
    expect(compare('IsBlank', text('  \t'), { type: 'Boolean', value: true }, false)).toBe(true);
    expect(compare('IsBlank', text(' x '), { type: 'Boolean', value: true }, false)).toBe(false);
    expect(compare('IsBlank', nul, { type: 'Boolean', value: true }, false)).toBe(true);
    expect(compare('WasSet', text('x'), { type: 'Boolean', value: true }, false)).toBe(false);
    // WasSet in a run: the output copy assigns `copied`; `untouched` keeps its initial value
    const doc = orch([stage('S', [
      bg('Copy', { flow: 'Producer', outputs: { x: 'copied' } }),
      bg('SawCopy', { start: { mode: 'requirements', requirements: [{ left: 'copied', operator: 'WasSet', right: { boolean: true } }] } }),
      bg('SawNothing', { start: { mode: 'requirements', requirements: [{ left: 'untouched', operator: 'WasSet', right: { boolean: true } }] } }),
    ])], {
      variables: [{ name: 'copied', type: 'Text' }, { name: 'untouched', type: 'Text', value: 'initial' }],
      flows: [{ name: 'Producer', type: 'autolaunched', active: true, outputs: ['x'], behavior: { outputs: { x: 'v' } } }],
    });
    const t = simulate(doc);
    expect(t.steps.SawCopy?.status).toBe('Completed');
    expect(t.steps.SawNothing?.status).toBe('NotStarted');
    expect(t.steps.SawNothing?.why).toBe('its start requirements (all must hold) are not met: row 1: untouched was not set during the run, needs WasSet true');
  });

  it('R63: statuses compare as text', () => {
    expect(startsWith([{ left: 'Other.Status', operator: 'EqualTo', right: { string: 'InProgress' } }])).toBe(true);
    expect(startsWith([{ left: 'Other.Status', operator: 'StartsWith', right: { string: 'In' } }])).toBe(true);
    expect(startsWith([{ left: 'Other.Status', operator: 'EqualTo', right: { string: 'inprogress' } }])).toBe(false);
  });

  it('R64: and, or and custom logic with NOT and parentheses decide whether the rows hold', () => {
    const vars: Variable[] = [{ name: 'a', type: 'Number', value: 1 }, { name: 'b', type: 'Number', value: 2 }, { name: 'c', type: 'Number', value: 3 }];
    const rows: Requirement[] = [
      { left: 'a', operator: 'EqualTo', right: { number: 1 } }, // true
      { left: 'b', operator: 'EqualTo', right: { number: 9 } }, // false
      { left: 'c', operator: 'EqualTo', right: { number: 3 } }, // true
    ];
    expect(startsWith(rows, vars, 'and')).toBe(false);
    expect(startsWith(rows, vars, 'or')).toBe(true);
    expect(startsWith(rows, vars, '1 AND (2 OR 3)')).toBe(true);
    expect(startsWith(rows, vars, 'not 1 or (2 and 3)')).toBe(false);
    expect(startsWith(rows, vars, '(1 AND NOT 2) AND 3')).toBe(true);
    // logic that mixes AND and OR without parentheses never holds (a validation error)
    expect(startsWith(rows, vars, '1 OR 2 AND 3')).toBe(false);
  });
});

describe('blank right values', () => {
  it('R60: a row with no right value compares with a blank value: null or empty text (chosen)', () => {
    const vars: Variable[] = [{ name: 'empty', type: 'Text', value: '' }, { name: 'full', type: 'Text', value: 'x' }];
    expect(startsWith([{ left: 'empty', operator: 'EqualTo' }], vars)).toBe(true);
    expect(startsWith([{ left: 'full', operator: 'EqualTo' }], vars)).toBe(false);
    expect(startsWith([{ left: 'full', operator: 'NotEqualTo' }], vars)).toBe(true);
  });
});
