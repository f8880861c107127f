/**
 * `$Record__Prior` when the record is being created. The flows here are reduced from the shape of
 * real record-triggered flows of a survey of public repositories (survey 7, Gusto/sfdc — a repository
 * without a licence, so nothing is copied from it: the elements are written anew, with our names).
 */
import { describe, expect, it } from 'vitest';
import type { FlowCondition, FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const CASE = '500000000000001AAA';
const record = { object: 'Case', fields: { Id: CASE, Status: 'New', OwnerId: '00G000000000001AAA' } };
const recordPrior = { object: 'Case', fields: { Id: CASE, Status: 'Working', OwnerId: '00G000000000001AAA' } };

/** A Case trigger whose first decision tells a creation from an update, as the real ones do. */
function caseTrigger(recordTriggerType: string, conditions: FlowCondition[], logic = 'or') {
  const route: FlowElement = { kind: 'decision', name: 'Route', defaultConnector: undefined, rules: [{ name: 'Matched', logic, conditions }] };
  return flowOf([route], { start: { connector: 'Route', object: 'Case', triggerType: 'RecordAfterSave', recordTriggerType } });
}

const outcome = (result: ReturnType<typeof run>) => result.run.path[0]?.outcome;

describe('$Record__Prior when the record is being created', () => {
  it('$Record__Prior: on a creation (a flow triggered on create and update, run without a prior record) it is null, so IsNull true holds', () => {
    // given the real pattern "(1 OR 2) AND 3": a new record, or a record whose price book changed, that has a price book
    const flow = caseTrigger('CreateAndUpdate', [
      { left: '$Record__Prior', operator: 'IsNull', right: { boolean: true } },
      { left: '$Record__Prior.Status', operator: 'NotEqualTo', right: { ref: '$Record.Status' } },
      { left: '$Record.Status', operator: 'IsNull', right: { boolean: false } },
    ], '(1 OR 2) AND 3');
    // when / then: created, it matches; updated without a change of Status, it does not
    expect(outcome(run(flow, { record }))).toBe('Matched');
    expect(run(flow, { record }).run.status).toBe('completed');
    expect(outcome(run(flow, { record, recordPrior: { ...recordPrior, fields: { ...recordPrior.fields, Status: 'New' } } }))).toBe('default');
    expect(outcome(run(flow, { record, recordPrior }))).toBe('Matched');
  });

  it('$Record__Prior: a field of it on a creation reads null, relationship steps included, where a field of an empty record variable faults (chosen from real use)', () => {
    // given a first decision reading prior fields with nothing guarding a creation, as two real active triggers do
    const flow = caseTrigger('CreateAndUpdate', [
      { left: '$Record__Prior.Status', operator: 'IsNull', right: { boolean: false } },
      { left: '$Record__Prior.Owner:Group.Name', operator: 'EqualTo', right: { string: 'Benefit Transfer' } },
    ]);
    // when
    const created = run(flow, { record });
    // then: both rows are false on a creation, and the run goes on by the default outcome
    expect(created.run.status).toBe('completed');
    expect(outcome(created)).toBe('default');
    expect(outcome(run(flow, { record, recordPrior }))).toBe('Matched');
    // a formula reads it the same way
    const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'result', operator: 'Assign', value: { ref: 'PriorStatus' } }] };
    const formulaFlow = flowOf(chain(copy), {
      start: { connector: 'Copy', object: 'Case', triggerType: 'RecordBeforeSave', recordTriggerType: 'Create' },
      variables: [variable('result', 'String', { io: 'out' })],
      formulas: [{ name: 'PriorStatus', dataType: 'String', expression: 'BLANKVALUE({!$Record__Prior.Status}, "none")' }],
    });
    expect(run(formulaFlow, { record }).run.outputs).toEqual({ result: 'none' });
  });

  it('$Record__Prior: still missing, not a creation, in a flow triggered only on update, and without any triggering record', () => {
    // given
    const flow = caseTrigger('Update', [{ left: '$Record__Prior', operator: 'IsNull', right: { boolean: true } }]);
    // when
    const updateOnly = run(flow, { record });
    const noRecord = run(caseTrigger('CreateAndUpdate', [{ left: '$Record__Prior', operator: 'IsNull', right: { boolean: true } }]));
    // then
    expect(updateOnly.run.status).toBe('unsupported');
    // $Record is given: what is missing is the record before the update, as IsChanged says (survey 8: it said "give the triggering record", which was given)
    expect(updateOnly.run.unsupported?.message).toBe('{!$Record__Prior} is read, but this flow runs only when a record is updated, and this run has no {!$Record__Prior} (the record before the update): give it');
    expect(noRecord.run.status).toBe('unsupported');
    expect(noRecord.run.unsupported?.message).toBe('{!$Record__Prior} is read, but this run has no $Record__Prior (give the triggering record)');
    // a schedule-triggered flow has no record before an update: it is not told to give one
    const scheduled = flowOf([{ kind: 'decision', name: 'Route', defaultConnector: undefined, rules: [{ name: 'Matched', logic: 'and', conditions: [{ left: '$Record__Prior', operator: 'IsNull', right: { boolean: true } }] }] }],
      { start: { connector: 'Route', object: 'Case', triggerType: 'Scheduled' } });
    expect(run(scheduled, { record }).run.unsupported?.message).toBe('{!$Record__Prior} is read, but this run has no $Record__Prior (give the triggering record)');
  });
});
