import { describe, expect, it } from 'vitest';
import type { FlowCondition, FlowElement } from '../../definition';
import { resumeFlow } from '../run';
import { flowOf, orgWith, run, variable } from '../testing/build';

function decide(conditions: FlowCondition[], logic = 'and', parts: Parameters<typeof flowOf>[1] = {}, options: Parameters<typeof run>[1] = {}) {
  const decision: FlowElement = { kind: 'decision', name: 'Check', rules: [{ name: 'Yes', logic, conditions }], defaultConnector: undefined };
  return run(flowOf([decision], parts), options).run;
}

const holds = (...args: Parameters<typeof decide>) => decide(...args).path[0]?.outcome === 'Yes';

const vars = {
  variables: [
    variable('amount', 'Number', { value: { number: 120 } }), variable('name', 'String', { value: { string: 'Acme Corp' } }),
    variable('empty', 'String'), variable('day', 'Date', { value: { date: '2025-03-09' } }), variable('flag', 'Boolean', { value: { boolean: true } }),
    variable('tags', 'String', { isCollection: true }),
  ],
};

describe('decisions', () => {
  it('decisions: EqualTo and NotEqualTo compare typed values (a number written as text is a number)', () => {
    expect(holds([{ left: 'amount', operator: 'EqualTo', right: { number: 120 } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'amount', operator: 'EqualTo', right: { string: '120' } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'name', operator: 'EqualTo', right: { string: 'acme corp' } }], 'and', vars)).toBe(false);
    expect(holds([{ left: 'flag', operator: 'NotEqualTo', right: { boolean: false } }], 'and', vars)).toBe(true);
  });

  it('decisions: GreaterThan, GreaterThanOrEqualTo, LessThan, LessThanOrEqualTo on numbers and dates; null is never ordered', () => {
    expect(holds([{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'amount', operator: 'GreaterThanOrEqualTo', right: { number: 120 } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'amount', operator: 'LessThan', right: { number: 120 } }], 'and', vars)).toBe(false);
    expect(holds([{ left: 'day', operator: 'LessThanOrEqualTo', right: { date: '2025-03-09' } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'day', operator: 'GreaterThan', right: { dateTime: '2025-03-08T23:00:00Z' } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'empty', operator: 'LessThan', right: { string: 'z' } }], 'and', vars)).toBe(false);
  });

  it('decisions: a value that is not a real ISO date ("abc", "1", 2025-02-30) is never equal to a Date or DateTime, nor ordered against it', () => {
    // given a Date variable, and text that Date.parse would read ("1" as 2001, Feb 30 as March 2)
    const dated = { variables: [...vars.variables, variable('stamp', 'String', { value: { string: '2025-02-30T00:00:00Z' } })] };
    // when / then: text is not ordered against a date (it was compared as text: "2025-03-09" < "abc")
    expect(holds([{ left: 'day', operator: 'LessThan', right: { string: 'abc' } }], 'and', dated)).toBe(false);
    expect(holds([{ left: 'day', operator: 'GreaterThan', right: { string: '1' } }], 'and', dated)).toBe(false);
    expect(holds([{ left: 'day', operator: 'EqualTo', right: { string: 'abc' } }], 'and', dated)).toBe(false);
    expect(holds([{ left: 'day', operator: 'NotEqualTo', right: { string: 'abc' } }], 'and', dated)).toBe(true);
    // a day that does not exist is not rolled over to the next month
    expect(holds([{ left: 'stamp', operator: 'EqualTo', right: { dateTime: '2025-03-02T00:00:00Z' } }], 'and', dated)).toBe(false);
    // a real date written as text still compares by instant
    expect(holds([{ left: 'day', operator: 'EqualTo', right: { string: '2025-03-09T00:00:00Z' } }], 'and', dated)).toBe(true);
  });

  it('decisions: Contains, StartsWith, EndsWith are case-sensitive text tests; Contains on a collection looks for the item', () => {
    expect(holds([{ left: 'name', operator: 'Contains', right: { string: 'me C' } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'name', operator: 'StartsWith', right: { string: 'acme' } }], 'and', vars)).toBe(false);
    expect(holds([{ left: 'name', operator: 'EndsWith', right: { string: 'Corp' } }], 'and', vars)).toBe(true);
    const withTags = { variables: [variable('tags', 'String', { isCollection: true, value: undefined })] };
    expect(holds([{ left: 'tags', operator: 'Contains', right: { string: 'x' } }], 'and', withTags)).toBe(false);
  });

  it('decisions: IsNull and IsBlank with true or false; an empty text is blank and null', () => {
    expect(holds([{ left: 'empty', operator: 'IsNull', right: { boolean: true } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'name', operator: 'IsNull', right: { boolean: false } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'empty', operator: 'IsBlank', right: { boolean: true } }], 'and', vars)).toBe(true);
    expect(holds([{ left: 'empty', operator: 'EqualTo', right: { ref: '$GlobalConstant.EmptyString' } }], 'and', vars)).toBe(true);
  });

  it('decisions: custom logic (1 AND 2) OR (3 AND 4) decides as Salesforce does', () => {
    // given rows 1 false, 2 true, 3 true, 4 true
    const rows: FlowCondition[] = [
      { left: 'amount', operator: 'LessThan', right: { number: 0 } },
      { left: 'flag', operator: 'EqualTo', right: { boolean: true } },
      { left: 'name', operator: 'StartsWith', right: { string: 'Acme' } },
      { left: 'day', operator: 'EqualTo', right: { date: '2025-03-09' } },
    ];
    // when / then
    expect(holds(rows, '(1 AND 2) OR (3 AND 4)', vars)).toBe(true);
    expect(holds(rows, '(1 OR 2) AND NOT 3', vars)).toBe(false);
    expect(holds(rows, 'or', vars)).toBe(true);
    expect(holds(rows, 'and', vars)).toBe(false);
  });

  it('decisions: the first outcome that holds is taken, else the default outcome', () => {
    // given
    const decision: FlowElement = {
      kind: 'decision', name: 'Route', defaultConnector: 'Small',
      rules: [
        { name: 'Huge', logic: 'and', conditions: [{ left: 'amount', operator: 'GreaterThan', right: { number: 1000 } }], connector: 'Big' },
        { name: 'Large', logic: 'and', conditions: [{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }], connector: 'Big' },
      ],
    };
    const end = (name: string): FlowElement => ({ kind: 'assignment', name, items: [{ ref: 'size', operator: 'Assign', value: { string: name } }] });
    const flow = (amount: number) => flowOf([decision, end('Big'), end('Small')], { variables: [variable('amount', 'Number', { value: { number: amount } }), variable('size', 'String', { io: 'out' })] });
    // when
    const large = run(flow(500), { explainDecisions: true }).run;
    const small = run(flow(5), { explainDecisions: true }).run;
    // then
    expect(large.path.map((p) => [p.element, p.outcome])).toEqual([['Route', 'Large'], ['Big', undefined]]);
    expect(small.path[0]?.outcome).toBe('default');
    expect(small.outputs.size).toBe('Small');
    // and, asked to (explainDecisions), the run says why the outcomes before the one taken were not met: the rows that did not hold, with the values read
    expect(large.lastDecision).toEqual({ element: 'Route', outcome: 'Large', notMet: [{ outcome: 'Huge', rows: [{ left: 'amount', operator: 'GreaterThan', value: 500, expected: 1000 }] }] });
    expect(small.lastDecision?.notMet.map((n) => [n.outcome, n.rows.map((r) => r.value)])).toEqual([['Huge', [5]], ['Large', [5]]]);
    // and a run not asked (a step flow's in a simulation) reads no row twice and records no check: same path, same outputs
    const unexplained = run(flow(500)).run;
    expect(unexplained.lastDecision).toBeUndefined();
    expect(unexplained.path).toEqual(large.path);
    expect(unexplained.outputs).toEqual(large.outputs);
  });

  it('decisions: IsChanged compares $Record with $Record__Prior', () => {
    // given
    const rows: FlowCondition[] = [{ left: '$Record.Status', operator: 'IsChanged', right: { boolean: true } }];
    const record = { object: 'Case', fields: { Id: '500A', Status: 'Closed' } };
    // when / then
    expect(holds(rows, 'and', {}, { record, recordPrior: { object: 'Case', fields: { Id: '500A', Status: 'New' } } })).toBe(true);
    expect(holds(rows, 'and', {}, { record, recordPrior: { object: 'Case', fields: { Id: '500A', Status: 'Closed' } } })).toBe(false);
  });

  it('decisions: WasSet is true for an input given or a variable assigned', () => {
    // given
    const flow = { variables: [variable('given', 'String', { io: 'in' }), variable('other', 'String', { io: 'in' })] };
    // when / then
    expect(holds([{ left: 'given', operator: 'WasSet', right: { boolean: true } }], 'and', flow, { inputs: { given: 'x' } })).toBe(true);
    expect(holds([{ left: 'other', operator: 'WasSet', right: { boolean: true } }], 'and', flow, { inputs: { given: 'x' } })).toBe(false);
  });

  it('decisions: WasSet on a field holds when the field has a value; a field of a Get Records that found nothing was not set, and reading it does not fault', () => {
    // given a before-save trigger's pattern (survey 14): Get Records of an open task, then "not found" when Found_Task.Id WasSet false
    const lookup: FlowElement = { kind: 'recordLookup', name: 'Found_Task', object: 'Task', connector: 'Check', filters: [{ field: 'Subject', operator: 'EqualTo', value: { ref: 'subject' } }], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] };
    const check: FlowElement = { kind: 'decision', name: 'Check', defaultConnector: undefined, rules: [{ name: 'Not_Found', logic: 'and', conditions: [{ left: 'Found_Task.Id', operator: 'WasSet', right: { boolean: false } }] }] };
    const flow = flowOf([lookup, check], { variables: [variable('subject', 'String', { io: 'in' })] });
    const org = orgWith({ Task: [{ Id: '00T000000000001AAA', Subject: 'Call' }] });
    // when
    const missing = run(flow, { org, inputs: { subject: 'Visit' } }).run;
    const found = run(flow, { org, inputs: { subject: 'Call' } }).run;
    // then
    expect(missing.status).toBe('completed');
    expect(missing.path.find((step) => step.element === 'Check')?.outcome).toBe('Not_Found');
    expect(found.path.find((step) => step.element === 'Check')?.outcome).toBe('default');
    // and a $Record field is set when it has a value, not when it is null or blank (Salesforce Help's "Was Set")
    const record = { object: 'Case', fields: { Id: '500A', Subject: 'Printer', Description: '' } };
    expect(holds([{ left: '$Record.Subject', operator: 'WasSet', right: { boolean: true } }], 'and', {}, { record })).toBe(true);
    expect(holds([{ left: '$Record.Description', operator: 'WasSet', right: { boolean: true } }], 'and', {}, { record })).toBe(false);
  });

  it('decisions: HasError is true when the element failed and took its fault path during the run, false when it ran without error or has not run; kept across a wait', () => {
    // given an Update Records of a record the org may not have, its fault path joining the decision, as Salesforce Help's
    // "Flow Operators in Decision, Wait, and Collection Filter Elements" describes Has Error
    const save: FlowElement = { kind: 'recordUpdate', name: 'Save', inputReference: 'rec', filters: [], inputAssignments: [], connector: 'Pause', faultConnector: 'Pause' };
    const pause: FlowElement = { kind: 'wait', name: 'Pause', defaultConnector: undefined, events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector: 'Check', outputParameters: [], inputParameters: [
      { name: 'AlarmTime', value: { ref: '$Flow.InterviewStartTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Hours' } },
    ] }] };
    const check: FlowElement = { kind: 'decision', name: 'Check', defaultConnector: undefined, rules: [
      { name: 'Failed', logic: 'and', conditions: [{ left: 'save', operator: 'HasError', right: { boolean: true } }] },
      { name: 'Saved', logic: 'and', conditions: [{ left: 'Save', operator: 'HasError', right: { boolean: false } }] },
    ] };
    const flow = flowOf([save, pause, check], { variables: [variable('rec', 'SObject', { objectType: 'Case', io: 'in' })] });
    const org = orgWith({ Case: [{ Id: '500000000000001AAA', Status: 'New' }] });
    const outcomeAfterWait = (id: string) => {
      const waiting = run(flow, { org, inputs: { rec: { Id: id } } }).run.waiting!;
      return resumeFlow(flow, waiting.state, { org, now: 3_600_000 }).run.path.find((step) => step.element === 'Check')?.outcome;
    };
    // when / then
    expect(outcomeAfterWait('500000000000009AAA')).toBe('Failed');
    expect(outcomeAfterWait('500000000000001AAA')).toBe('Saved');
    // an element that has not run has no error
    expect(holds([{ left: 'Check', operator: 'HasError', right: { boolean: false } }])).toBe(true);
  });

  it('decisions: HasError on a name that is no element of the flow is a fault naming it', () => {
    // given / when
    const result = decide([{ left: 'amount', operator: 'HasError', right: { boolean: true } }], 'and', vars);
    // then
    expect(result.fault).toEqual({ element: 'Check', message: 'HasError on {!amount}: amount is not an element of this flow' });
  });

  it('decisions: an operator the simulator does not know stops the run, named', () => {
    // given / when
    const result = decide([{ left: 'amount', operator: 'Matches', right: { number: 1 } }], 'and', vars);
    // then
    expect(result.status).toBe('unsupported');
    expect(result.unsupported).toMatchObject({ element: 'Check', kind: 'Matches' });
  });

  it('decisions: an outcome is a Boolean resource, true when it was taken the last time its decision ran, false before and when another was taken', () => {
    // given: First takes Is_Big when n > 5; Second reads {!Is_Big}; Early reads it before First ran
    const early: FlowElement = { kind: 'assignment', name: 'Early', items: [{ ref: 'before', operator: 'Assign', value: { ref: 'Is_Big' } }], connector: 'First' };
    const first: FlowElement = { kind: 'decision', name: 'First', rules: [
      { name: 'Is_Big', logic: 'and', conditions: [{ left: 'n', operator: 'GreaterThan', right: { number: 5 } }], connector: 'Second' },
      { name: 'Is_Small', logic: 'and', conditions: [{ left: 'n', operator: 'LessThan', right: { number: 2 } }], connector: 'Second' },
    ], defaultConnector: 'Second' };
    const second: FlowElement = { kind: 'assignment', name: 'Second', items: [{ ref: 'big', operator: 'Assign', value: { ref: 'Is_Big' } }, { ref: 'small', operator: 'Assign', value: { ref: 'Is_Small' } }] };
    const flow = flowOf([early, first, second], { variables: [variable('n', 'Number', { io: 'in' }), variable('before', 'Boolean', { io: 'out' }), variable('big', 'Boolean', { io: 'out' }), variable('small', 'Boolean', { io: 'out' })] });
    // when / then
    expect(run(flow, { inputs: { n: 7 } }).run.outputs).toEqual({ before: false, big: true, small: false });
    expect(run(flow, { inputs: { n: 1 } }).run.outputs).toEqual({ before: false, big: false, small: true });
    expect(run(flow, { inputs: { n: 3 } }).run.outputs).toEqual({ before: false, big: false, small: false });
  });

  it('decisions: logic of a deployed file that mixes AND and OR without parentheses runs, AND first (Salesforce accepted it)', () => {
    // given rows 1 false, 2 true, 3 true under "1 AND 2 OR 3"
    const rows: FlowCondition[] = [
      { left: 'n', operator: 'EqualTo', right: { number: 0 } }, { left: 'n', operator: 'EqualTo', right: { number: 1 } }, { left: 'n', operator: 'GreaterThan', right: { number: 0 } },
    ];
    const parts = { variables: [variable('n', 'Number', { io: 'in' })] };
    // when / then: (1 AND 2) OR 3 holds; the run does not fault on the logic
    const result = decide(rows, '1 AND 2 OR 3', parts, { inputs: { n: 1 } });
    expect(result.status).toBe('completed');
    expect(result.path[0]?.outcome).toBe('Yes');
  });
});
