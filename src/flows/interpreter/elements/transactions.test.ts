import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { resumeFlow } from '../run';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

const cases = () => orgWith({ Case: [{ Id: '500000000000001AAA', Subject: 'Printer', Status: 'New' }] });
const escalate = (name = 'Escalate'): FlowElement => ({ kind: 'recordUpdate', name, object: 'Case', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }], inputAssignments: [{ name: 'Status', value: { string: 'Escalated' } }] });
const create = (name: string): FlowElement => ({ kind: 'recordCreate', name, object: 'Task', inputAssignments: [{ name: 'Subject', value: { string: name } }] });
const rollback: FlowElement = { kind: 'recordRollback', name: 'Undo_Changes' };
const status = (org: ReturnType<typeof cases>) => org.get('500000000000001AAA')?.fields.Status;

describe('customErrors', () => {
  it('customErrors: ends the run as failed with its message (merge fields filled, the field named) and rolls its changes back', () => {
    // given: an update, then a Custom Error with a field error and a record error
    const error: FlowElement = { kind: 'customError', name: 'Block_Save', messages: [
      { message: 'Discount cannot exceed {!limit}%', isFieldError: true, field: 'Discount__c' },
      { message: 'Ask your manager.', isFieldError: false },
    ] };
    const flow = flowOf(chain(escalate(), error), { variables: [variable('limit', 'Number', { io: 'in' })] });
    const org = cases();
    // when
    const result = run(flow, { org, inputs: { limit: 20 } });
    // then
    expect(result.run.status).toBe('faulted');
    expect(result.run.fault).toEqual({ message: 'Block_Save: Discount__c: Discount cannot exceed 20%; Ask your manager.', element: 'Block_Save' });
    expect(result.run.rolledBack).toBe(true);
    expect(status(result.org)).toBe('New');
  });

  it('customErrors: is not caught by a fault connector elsewhere; a run that does not reach it completes', () => {
    // given: a decision sends the run to the Custom Error only when the input says so
    const decide: FlowElement = { kind: 'decision', name: 'Too_Big', rules: [{ name: 'Yes', logic: 'and', conditions: [{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }], connector: 'Refuse' }] };
    const refuse: FlowElement = { kind: 'customError', name: 'Refuse', messages: [{ message: 'Too big', isFieldError: false }] };
    const flow = flowOf([decide, refuse], { variables: [variable('amount', 'Number', { io: 'in' })] });
    // when / then
    expect(run(flow, { inputs: { amount: 500 } }).run.fault?.message).toBe('Refuse: Too big');
    expect(run(flow, { inputs: { amount: 5 } }).run.status).toBe('completed');
  });
});

describe('recordRollbacks', () => {
  it('recordRollbacks: undoes the changes of the transaction and the run goes on', () => {
    // given: update and create, roll back, then create again
    const flow = flowOf(chain(escalate(), create('First_Task'), rollback, create('After_Rollback')));
    // when
    const result = run(flow, { org: cases() });
    // then
    expect(result.run.status).toBe('completed');
    expect(status(result.org)).toBe('New');
    expect(result.run.recordChanges.map((c) => c.element)).toEqual(['After_Rollback']);
    expect(result.org.recordsOf('Task').map((t) => t.fields.Subject)).toEqual(['After_Rollback']);
    expect(result.run.path.map((p) => p.element)).toEqual(['Escalate', 'First_Task', 'Undo_Changes', 'After_Rollback']);
  });

  it('recordRollbacks: a screen commits what came before it, so only the changes after it are undone', () => {
    // given: update, screen, create, roll back
    const screen: FlowElement = { kind: 'screen', name: 'Confirm', fields: [] };
    const flow = flowOf(chain(escalate(), screen, create('Follow_Up'), rollback));
    // when
    const result = run(flow, { org: cases() });
    // then
    expect(status(result.org)).toBe('Escalated');
    expect(result.org.recordsOf('Task')).toEqual([]);
    expect(result.run.recordChanges.map((c) => c.element)).toEqual(['Escalate']);
  });

  it('recordRollbacks: after a wait, only the changes made since the run resumed are undone', () => {
    // given: update, wait one day, create, roll back
    const wait: FlowElement = { kind: 'wait', name: 'One_Day', events: [{ name: 'Later', eventType: 'AlarmEvent', conditions: [], connector: 'Follow_Up',
      inputParameters: [{ name: 'AlarmTime', value: { ref: '$Flow.CurrentDateTime' } }, { name: 'TimeOffset', value: { number: 1 } }, { name: 'TimeOffsetUnit', value: { string: 'Days' } }], outputParameters: [] }] };
    const flow = flowOf([{ ...escalate(), connector: 'One_Day' }, wait, { ...create('Follow_Up'), connector: 'Undo_Changes' }, rollback]);
    const first = run(flow, { org: cases() });
    expect(first.run.status).toBe('waiting');
    // when
    const resumed = resumeFlow(flow, first.run.waiting!.state, { org: first.org, now: 2 * 86_400_000 });
    // then
    expect(resumed.run.status).toBe('completed');
    expect(status(resumed.org)).toBe('Escalated');
    expect(resumed.org.recordsOf('Task')).toEqual([]);
    expect(resumed.run.recordChanges.map((c) => c.element)).toEqual(['Escalate']);
  });
});
