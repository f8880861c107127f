import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

const assign = (name: string, items: Extract<FlowElement, { kind: 'assignment' }>['items']): FlowElement => ({ kind: 'assignment', name, items });

describe('assignments', () => {
  it('assignments: Assign sets a variable, converted to its type, and is logged', () => {
    // given
    const flow = flowOf([assign('Set', [{ ref: 'count', operator: 'Assign', value: { string: '42' } }])], { variables: [variable('count', 'Number', { io: 'out' })] });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.outputs.count).toBe(42);
    expect(result.assignments).toEqual([{ element: 'Set', variable: 'count', value: 42 }]);
  });

  it('assignments: Add and Subtract on numbers, text, dates and date-times', () => {
    // given
    const flow = flowOf([assign('Math', [
      { ref: 'n', operator: 'Add', value: { number: 5 } },
      { ref: 'n', operator: 'Subtract', value: { number: 2 } },
      { ref: 't', operator: 'Add', value: { string: 'lo' } },
      { ref: 'd', operator: 'Add', value: { number: 30 } },
      { ref: 'dt', operator: 'Subtract', value: { number: 1 } },
    ])], { variables: [
      variable('n', 'Number', { io: 'out', value: { number: 10 } }), variable('t', 'String', { io: 'out', value: { string: 'hel' } }),
      variable('d', 'Date', { io: 'out', value: { date: '2025-01-15' } }), variable('dt', 'DateTime', { io: 'out', value: { dateTime: '2025-03-01T10:00:00.000Z' } }),
    ] });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.outputs).toEqual({ n: 13, t: 'hello', d: '2025-02-14', dt: '2025-02-28T10:00:00Z' });
  });

  it('assignments: Add of days that leaves the years Salesforce holds, or a date-time literal that is not an ISO date-time, is a fault naming the element', () => {
    // given: 10 million days after 2025 (JavaScript's Date cannot hold it), and <dateTimeValue>1</dateTimeValue> (Date.parse reads 2001)
    const far = flowOf([assign('Later', [{ ref: 'dt', operator: 'Add', value: { number: 10_000_000 } }])], { variables: [variable('dt', 'DateTime', { value: { dateTime: '2025-03-01T10:00:00Z' } })] });
    const loose = flowOf([assign('Stamp', [{ ref: 'dt', operator: 'Assign', value: { dateTime: '1' } }])], { variables: [variable('dt', 'DateTime', { io: 'out' })] });
    // when
    const farRun = run(far).run;
    const looseRun = run(loose).run;
    // then
    expect(farRun.status).toBe('faulted');
    expect(farRun.fault).toEqual({ element: 'Later', message: 'Later: dt: 10000000 days from "2025-03-01T10:00:00Z" is outside the dates Salesforce holds (years 1700 to 4000)' });
    expect(looseRun.status).toBe('faulted');
    expect(looseRun.fault?.element).toBe('Stamp');
    expect(looseRun.fault?.message).toMatch(/"1" is not a valid DateTime/);
  });

  it('assignments: Add on a number field of a record read from the org adds numbers (the field has no declared type)', () => {
    // given a case whose Reopen_Count__c is 0 in the org, and one whose count is empty
    const flow = flowOf(chain(
      { kind: 'recordLookup', name: 'Get_Case', object: 'Case', filters: [{ field: 'Subject', operator: 'EqualTo', value: { ref: 'subject' } }], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] },
      { kind: 'assignment', name: 'Count', items: [{ ref: 'Get_Case.Reopen_Count__c', operator: 'Add', value: { number: 1 } }, { ref: 'count', operator: 'Assign', value: { ref: 'Get_Case.Reopen_Count__c' } }] },
    ), { variables: [variable('subject', 'String', { io: 'in' }), variable('count', 'Number', { io: 'out' })] });
    const org = orgWith({ Case: [{ Subject: 'zero', Reopen_Count__c: 0 }, { Subject: 'empty', Reopen_Count__c: null }] });
    // when / then
    const added = (subject: string) => run(flow, { org, inputs: { subject } }).run.assignments.find((a) => a.variable === 'Get_Case.Reopen_Count__c')?.value;
    expect(added('zero')).toBe(1);
    expect(added('empty')).toBe(1);
  });

  it('assignments: Add to a null number treats it as 0; Add to a null text as empty', () => {
    // given
    const flow = flowOf([assign('A', [{ ref: 'n', operator: 'Add', value: { number: 2 } }, { ref: 't', operator: 'Add', value: { string: 'x' } }])],
      { variables: [variable('n', 'Number', { io: 'out' }), variable('t', 'String', { io: 'out' })] });
    // when / then
    expect(run(flow).run.outputs).toEqual({ n: 2, t: 'x' });
  });

  it('assignments: collection operators Add, AddItem, AddAtStart, RemoveFirst, RemoveAll, RemoveAfterFirst, RemoveBeforeFirst, RemoveUncommon, RemovePosition', () => {
    // given a text collection and a second one for RemoveUncommon
    const items = (ops: [string, string | number][]) => ops.map(([operator, v]) => ({ ref: 'list', operator, value: typeof v === 'number' ? { number: v } : { string: v } }));
    const flow = flowOf([assign('Ops', [
      ...items([['Add', 'b'], ['AddItem', 'c'], ['AddAtStart', 'a'], ['Add', 'b'], ['Add', 'd']]),
      // a b c b d
    ])], { variables: [variable('list', 'String', { io: 'out', isCollection: true })] });
    const base = run(flow).run.outputs.list;
    const after = (operator: string, value: { string: string } | { number: number } | { ref: string }) => run(flowOf([assign('Ops', [
      ...items([['Add', 'a'], ['Add', 'b'], ['Add', 'c'], ['Add', 'b'], ['Add', 'd']]), { ref: 'list', operator, value },
    ])], { variables: [variable('list', 'String', { io: 'out', isCollection: true }), variable('keep', 'String', { isCollection: true })] })).run.outputs.list;
    // then
    expect(base).toEqual(['a', 'b', 'c', 'b', 'd']);
    expect(after('RemoveFirst', { string: 'b' })).toEqual(['a', 'c', 'b', 'd']);
    expect(after('RemoveAll', { string: 'b' })).toEqual(['a', 'c', 'd']);
    expect(after('RemoveAfterFirst', { string: 'b' })).toEqual(['a', 'b']);
    expect(after('RemoveBeforeFirst', { string: 'c' })).toEqual(['c', 'b', 'd']);
    expect(after('RemovePosition', { number: 2 })).toEqual(['a', 'c', 'b', 'd']);
  });

  it('assignments: RemoveUncommon keeps only the items also in the other collection; AssignCount counts', () => {
    // given
    const flow = flowOf(chain(
      assign('Fill', [
        { ref: 'list', operator: 'Add', value: { string: 'a' } }, { ref: 'list', operator: 'Add', value: { string: 'b' } },
        { ref: 'list', operator: 'Add', value: { string: 'c' } }, { ref: 'keep', operator: 'Add', value: { string: 'c' } },
        { ref: 'keep', operator: 'Add', value: { string: 'a' } },
      ]),
      assign('Trim', [{ ref: 'list', operator: 'RemoveUncommon', value: { ref: 'keep' } }, { ref: 'count', operator: 'AssignCount', value: { ref: 'list' } }]),
    ), { variables: [variable('list', 'String', { io: 'out', isCollection: true }), variable('keep', 'String', { isCollection: true }), variable('count', 'Number', { io: 'out' })] });
    // when
    const { run: result } = run(flow);
    // then
    expect(result.outputs).toEqual({ list: ['a', 'c'], count: 2 });
  });

  it('assignments: a record variable\'s field is set, creating the record when it was null', () => {
    // given
    const flow = flowOf([assign('Fill', [{ ref: 'rec.Status', operator: 'Assign', value: { string: 'New' } }, { ref: 'rec.Priority', operator: 'Assign', value: { string: 'High' } }])],
      { variables: [variable('rec', 'SObject', { objectType: 'Case', io: 'out' })] });
    // when / then
    expect(run(flow).run.outputs.rec).toEqual({ Status: 'New', Priority: 'High' });
  });

  it('assignments: a constant cannot be changed (fault), an unknown variable is a fault', () => {
    // given
    const constant = flowOf([assign('Change', [{ ref: 'LIMIT', operator: 'Assign', value: { number: 1 } }])], { constants: [{ name: 'LIMIT', dataType: 'Number', value: { number: 5 } }] });
    const unknown = flowOf([assign('Change', [{ ref: 'nothing', operator: 'Assign', value: { number: 1 } }])]);
    // when / then
    expect(run(constant).run.fault).toEqual({ message: 'LIMIT is a constant and cannot be changed', element: 'Change' });
    expect(run(unknown).run.fault?.message).toMatch(/nothing.*not a variable/);
  });

  it('assignments: the log stays small when a loop grows a text until the element limit (a real flow ran out of memory): Add on a text logs what was added, a long value is cut', () => {
    // given: a flow that appends 100 characters to a text forever; one that assigns a long text; a collection assigned then appended to
    const grow = { ...assign('Grow', [{ ref: 't', operator: 'Add', value: { string: 'x'.repeat(100) } }]), connector: 'Grow' };
    const flow = flowOf([grow], { variables: [variable('t', 'String', { io: 'out' })] });
    const long = flowOf([assign('Long', [{ ref: 't', operator: 'Assign', value: { string: 'y'.repeat(300) } }])], { variables: [variable('t', 'String', { io: 'out' })] });
    const lists = flowOf(chain(
      assign('Start', [{ ref: 'names', operator: 'Assign', value: { ref: 'seed' } }]),
      assign('More', [{ ref: 'names', operator: 'Add', value: { string: 'Cy' } }]),
    ), { variables: [variable('seed', 'String', { isCollection: true, io: 'in' }), variable('names', 'String', { isCollection: true, io: 'out' })] });
    // when
    const { run: result } = run(flow, { limits: { maxElements: 2_000 } });
    const listed = run(lists, { inputs: { seed: ['Al', 'Bo'] } }).run;
    // then: the run stops at the limit, the variable holds everything, each log entry what was added
    expect(result.stoppedBy).toBe('maxElements');
    expect(result.assignments).toHaveLength(2_000);
    expect(result.assignments.every((a) => a.operator === 'Add' && a.value === 'x'.repeat(100))).toBe(true);
    // and a long value is logged cut, while the variable keeps it whole
    const assigned = run(long).run;
    expect(assigned.assignments[0]!.value).toBe(`${'y'.repeat(200)}…`);
    expect(assigned.outputs.t).toBe('y'.repeat(300));
    // and a logged list is the list as it was then, not the variable's list changed later
    expect(listed.outputs.names).toEqual(['Al', 'Bo', 'Cy']);
    expect(listed.assignments).toEqual([
      { element: 'Start', variable: 'names', value: ['Al', 'Bo'] },
      { element: 'More', variable: 'names', operator: 'Add', value: 'Cy' },
    ]);
  });

  it('assignments: a field of $Record is set in memory (a before-save flow), read back through $Record, and saved by an Update Records of $Record', () => {
    // given: Set_Desc sets $Record.Description and adds 1 to $Record.NumberOfEmployees; Copy reads it back; Save updates $Record
    // (the field named in another case, then in its own, is one field: the last value stands)
    const set = assign('Set_Desc', [
      { ref: '$Record.description', operator: 'Assign', value: { string: 'first' } },
      { ref: '$Record.Description', operator: 'Assign', value: { string: 'hello' } },
      { ref: '$Record.NumberOfEmployees', operator: 'Add', value: { number: 1 } },
    ]);
    const copy = assign('Copy', [{ ref: 'seen', operator: 'Assign', value: { ref: '$Record.Description' } }]);
    const save: FlowElement = { kind: 'recordUpdate', name: 'Save', inputReference: '$Record', filters: [], inputAssignments: [] };
    const parts = { variables: [variable('seen', 'String', { io: 'out' })] };
    const record = { object: 'Account', fields: { Id: '001000000000001AAA', Name: 'Acme', NumberOfEmployees: 10 } };
    const org = () => orgWith({ Account: [{ ...record.fields }] });
    // when
    const inMemory = run(flowOf(chain(set, copy), parts), { org: org(), record });
    const saved = run(flowOf(chain(set, save), parts), { org: org(), record });
    const noRecord = run(flowOf([set], parts)).run;
    // then
    expect(inMemory.run.outputs.seen).toBe('hello');
    expect(inMemory.run.assignments.map((a) => [a.variable, a.value])).toEqual([['$Record.description', 'first'], ['$Record.Description', 'hello'], ['$Record.NumberOfEmployees', 11], ['seen', 'hello']]);
    expect(inMemory.org.get('001000000000001AAA')?.fields).toEqual(record.fields);
    expect(saved.org.get('001000000000001AAA')?.fields).toEqual({ ...record.fields, Description: 'hello', NumberOfEmployees: 11 });
    expect(noRecord.status).toBe('unsupported');
    expect(noRecord.unsupported?.message).toBe('{!$Record.description} is assigned, but this run has no $Record (give the triggering record)');
  });
});
