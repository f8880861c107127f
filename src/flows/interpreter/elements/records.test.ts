import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

const cases = () => orgWith({ Case: [
  { Id: '500000000000001AAA', Subject: 'Printer', Status: 'New', Priority: 3 },
  { Id: '500000000000002AAA', Subject: 'Laptop', Status: 'Working', Priority: 1 },
  { Id: '500000000000003AAA', Subject: 'Phone', Status: 'new', Priority: 2 },
] });

const lookup = (extra: Partial<Extract<FlowElement, { kind: 'recordLookup' }>>): FlowElement => ({
  kind: 'recordLookup', name: 'Get_Cases', object: 'Case', filters: [], getFirstRecordOnly: false, storeOutputAutomatically: true,
  outputAssignments: [], queriedFields: [], ...extra,
});

const keep = (ref: string): FlowElement => ({ kind: 'assignment', name: 'Keep', items: [{ ref: 'out', operator: 'Assign', value: { ref } }] });

describe('recordLookups', () => {
  it('recordLookups: sorts by field desc and stores the first record', () => {
    // given
    const flow = flowOf(chain(lookup({ sortField: 'Priority', sortOrder: 'Desc', getFirstRecordOnly: true }), keep('Get_Cases')), { variables: [variable('out', 'SObject', { objectType: 'Case', io: 'out' })] });
    // when
    const { run: result } = run(flow, { org: cases() });
    // then
    expect(result.outputs.out).toMatchObject({ Subject: 'Printer' });
    expect(result.recordsRead).toEqual([{ element: 'Get_Cases', object: 'Case', ids: ['500000000000001AAA'] }]);
  });

  it('recordLookups: filters compare text case-insensitively (as SOQL) and custom filter logic applies', () => {
    // given Status = new AND (Priority > 2 OR Subject starts with Ph)
    const flow = flowOf(chain(lookup({
      filterLogic: '1 AND (2 OR 3)',
      filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'NEW' } }, { field: 'Priority', operator: 'GreaterThan', value: { number: 2 } }, { field: 'Subject', operator: 'StartsWith', value: { string: 'Ph' } }],
    }), keep('Get_Cases')), { variables: [variable('out', 'SObject', { objectType: 'Case', isCollection: true, io: 'out' })] });
    // when
    const { run: result } = run(flow, { org: cases() });
    // then
    expect((result.outputs.out as { Subject: string }[]).map((c) => c.Subject)).toEqual(['Printer', 'Phone']);
  });

  it('recordLookups: none found gives null; field outputs keep their values unless told to assign nulls', () => {
    // given
    const none = [{ field: 'Status', operator: 'EqualTo', value: { string: 'Closed' } }];
    const stored = flowOf(chain(lookup({ filters: none, getFirstRecordOnly: true }), keep('Get_Cases')), { variables: [variable('out', 'SObject', { objectType: 'Case', io: 'out' })] });
    const fields = (nulls: boolean) => flowOf([lookup({ filters: none, getFirstRecordOnly: true, storeOutputAutomatically: false, outputAssignments: [{ name: 'Subject', ref: 'subject' }], assignNullValuesIfNoRecordsFound: nulls })],
      { variables: [variable('subject', 'String', { io: 'out', value: { string: 'before' } })] });
    // when / then
    expect(run(stored, { org: cases() }).run.outputs.out).toBeNull();
    expect(run(fields(false), { org: cases() }).run.outputs.subject).toBe('before');
    expect(run(fields(true), { org: cases() }).run.outputs.subject).toBeNull();
  });

  it('recordLookups: without getFirstRecordOnly (older files), a single record variable as outputReference gets the first record, as Salesforce stores it', () => {
    // given a Fast Lookup into a record variable, saved without getFirstRecordOnly
    const flow = flowOf(chain(lookup({ storeOutputAutomatically: false, outputReference: 'one', sortField: 'Priority', sortOrder: 'Asc' }), keep('one.Subject')), {
      variables: [variable('one', 'SObject', { objectType: 'Case' }), variable('out', 'String', { io: 'out' })],
    });
    // when
    const { run: result } = run(flow, { org: cases() });
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.out).toBe('Laptop');
    expect(result.recordsRead).toEqual([{ element: 'Get_Cases', object: 'Case', ids: ['500000000000002AAA'] }]);
  });

  it('recordLookups: without getFirstRecordOnly, field-by-field outputs read only the first record; a collection variable still gets all', () => {
    // given
    const fields = flowOf([lookup({ storeOutputAutomatically: false, sortField: 'Priority', sortOrder: 'Desc', outputAssignments: [{ name: 'Subject', ref: 'out' }] })], { variables: [variable('out', 'String', { io: 'out' })] });
    const all = flowOf([lookup({ storeOutputAutomatically: false, outputReference: 'out' })], { variables: [variable('out', 'SObject', { objectType: 'Case', isCollection: true, io: 'out' })] });
    // when
    const { run: byField } = run(fields, { org: cases() });
    // then
    expect(byField.outputs.out).toBe('Printer');
    expect(byField.recordsRead).toEqual([{ element: 'Get_Cases', object: 'Case', ids: ['500000000000001AAA'] }]);
    expect((run(all, { org: cases() }).run.outputs.out as unknown[]).length).toBe(3);
  });

  it('recordLookups: records stored into a Text variable are still a type mismatch (a fault naming the variable)', () => {
    // given
    const flow = flowOf([lookup({ storeOutputAutomatically: false, outputReference: 'out' })], { variables: [variable('out', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { org: cases() });
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault?.message).toBe('out: a collection cannot be stored in a single Text value');
  });

  it('recordLookups: outputReference stores the records in a variable', () => {
    // given
    const flow = flowOf([lookup({ storeOutputAutomatically: false, outputReference: 'out' })], { variables: [variable('out', 'SObject', { objectType: 'Case', isCollection: true, io: 'out' })] });
    // when / then
    expect((run(flow, { org: cases() }).run.outputs.out as unknown[]).length).toBe(3);
  });
});

describe('recordCreates, recordUpdates, recordDeletes', () => {
  it('recordCreates: from field values, the new Id stored under the element name, the change reported', () => {
    // given
    const create: FlowElement = { kind: 'recordCreate', name: 'New_Case', object: 'Case', inputAssignments: [{ name: 'Subject', value: { string: 'Hi {!who}' } }] };
    const flow = flowOf(chain(create, keep('New_Case')), { variables: [variable('who', 'String', { io: 'in' }), variable('out', 'String', { io: 'out' })] });
    // when
    const { run: result, org } = run(flow, { org: cases(), inputs: { who: 'Ann' } });
    // then
    const id = result.outputs.out as string;
    expect(id).toMatch(/^500SIM/);
    expect(org.get(id)?.fields).toEqual({ Id: id, Subject: 'Hi Ann' });
    expect(result.recordChanges).toEqual([{ element: 'New_Case', operation: 'create', object: 'Case', id, after: { Id: id, Subject: 'Hi Ann' } }]);
  });

  it('recordCreates: from a record variable, which gets its Id back', () => {
    // given
    const flow = flowOf(chain(
      { kind: 'assignment', name: 'Fill', items: [{ ref: 'rec.Subject', operator: 'Assign', value: { string: 'New one' } }] },
      { kind: 'recordCreate', name: 'Save', inputReference: 'rec', inputAssignments: [] },
    ), { variables: [variable('rec', 'SObject', { objectType: 'Case', io: 'out' })] });
    // when
    const { run: result, org } = run(flow, { org: cases() });
    // then
    const rec = result.outputs.rec as { Id: string };
    expect(org.get(rec.Id)?.fields.Subject).toBe('New one');
  });

  it('recordUpdates: by filter with input assignments, before and after of changed fields', () => {
    // given
    const update: FlowElement = { kind: 'recordUpdate', name: 'Escalate', object: 'Case', filters: [{ field: 'Priority', operator: 'LessThanOrEqualTo', value: { number: 1 } }], inputAssignments: [{ name: 'Status', value: { string: 'Escalated' } }] };
    // when
    const { run: result, org } = run(flowOf([update]), { org: cases() });
    // then
    expect(org.get('500000000000002AAA')?.fields.Status).toBe('Escalated');
    expect(result.recordChanges).toEqual([{ element: 'Escalate', operation: 'update', object: 'Case', id: '500000000000002AAA', before: { Status: 'Working' }, after: { Status: 'Escalated' } }]);
  });

  it('recordUpdates: of a missing record is a fault; with a fault connector the run goes on with $Flow.FaultMessage', () => {
    // given
    const update = (faultConnector?: string): FlowElement => ({ kind: 'recordUpdate', name: 'Save', inputReference: 'rec', filters: [], inputAssignments: [], ...(faultConnector ? { faultConnector } : {}) });
    const handle: FlowElement = { kind: 'assignment', name: 'Handle', items: [{ ref: 'message', operator: 'Assign', value: { ref: '$Flow.FaultMessage' } }] };
    const vars = { variables: [variable('rec', 'SObject', { objectType: 'Case', io: 'in' }), variable('message', 'String', { io: 'out' })] };
    const inputs = { rec: { Id: '500000000000009AAA', Status: 'Closed' } };
    // when
    const caught = run(flowOf([update('Handle'), handle], vars), { org: cases(), inputs }).run;
    const uncaught = run(flowOf([update()], vars), { org: cases(), inputs }).run;
    // then
    expect(caught.status).toBe('completed');
    expect(caught.outputs.message).toMatch(/no record with Id 500000000000009AAA to update/);
    expect(caught.path[0]).toMatchObject({ element: 'Save', fault: expect.stringContaining('500000000000009AAA') });
    expect(uncaught).toMatchObject({ status: 'faulted', fault: { element: 'Save' } });
  });

  it('recordUpdates: a fault without a fault connector rolls back the flow\'s earlier record changes', () => {
    // given a create, then an update of a missing record
    const flow = flowOf(chain(
      { kind: 'recordCreate', name: 'New_Case', object: 'Case', inputAssignments: [{ name: 'Subject', value: { string: 'x' } }] },
      { kind: 'recordUpdate', name: 'Break', inputReference: 'rec', filters: [], inputAssignments: [] },
    ), { variables: [variable('rec', 'SObject', { objectType: 'Case', io: 'in' })] });
    const org = cases();
    // when
    const result = run(flow, { org, inputs: { rec: { Id: '500000000000009AAA' } } });
    // then
    expect(result.run.status).toBe('faulted');
    expect(result.run.rolledBack).toBe(true);
    expect(result.org).toBe(org);
    expect(result.org.recordsOf('Case')).toHaveLength(3);
  });

  it('recordDeletes: by variable and by filter; the caller\'s org is never changed', () => {
    // given
    const byFilter: FlowElement = { kind: 'recordDelete', name: 'Purge', object: 'Case', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'new' } }] };
    const org = cases();
    // when
    const result = run(flowOf([byFilter]), { org });
    // then
    expect(result.org.recordsOf('Case').map((c) => c.fields.Subject)).toEqual(['Laptop']);
    expect(result.run.recordChanges.map((c) => [c.operation, c.id])).toEqual([['delete', '500000000000001AAA'], ['delete', '500000000000003AAA']]);
    expect(org.recordsOf('Case')).toHaveLength(3);
  });
});
