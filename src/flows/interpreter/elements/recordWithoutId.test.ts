import { describe, expect, it } from 'vitest';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

// Survey 13: 11 runs stopped at "Update_Case: the record to update has no Id", which did not say
// which record: the flows set {!case.Id} from an input or a field the run did not give.
const caseVariable = variable('theCase', 'SObject', { objectType: 'Case' });
const cases = variable('cases', 'SObject', { objectType: 'Case', isCollection: true });
const fillCase = { kind: 'assignment' as const, name: 'Fill', items: [{ ref: 'theCase.Subject', operator: 'Assign', value: { string: 'Moved' } }] };

describe('a record without an Id given to Update or Delete Records', () => {
  it('recordUpdates of a record variable without an Id: the fault names the variable and says how a record to update is found', () => {
    // given
    const flow = flowOf(chain(fillCase, { kind: 'recordUpdate', name: 'Update_Case', inputReference: 'theCase', inputAssignments: [], filters: [] }), { variables: [caseVariable] });
    // when
    const { run: result } = run(flow, { org: orgWith({}) });
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault?.message).toBe('Update_Case: {!theCase} has no Id, and Update Records changes the record its Id names (set {!theCase.Id}, or find the record with Get Records first)');
  });

  it('recordUpdates of a record collection with a record without an Id: the fault says a record in the collection has none', () => {
    // given
    const flow = flowOf(chain(fillCase, { kind: 'assignment', name: 'Collect', items: [{ ref: 'cases', operator: 'Add', value: { ref: 'theCase' } }] },
      { kind: 'recordUpdate', name: 'Update_Cases', inputReference: 'cases', inputAssignments: [], filters: [] }), { variables: [caseVariable, cases] });
    // when
    const { run: result } = run(flow, { org: orgWith({}) });
    // then
    expect(result.fault?.message).toBe('Update_Cases: a record in {!cases} has no Id, and Update Records changes the record its Id names (set its Id, or find the records with Get Records first)');
  });

  it('recordDeletes of a record variable without an Id: the fault names the variable', () => {
    // given
    const flow = flowOf(chain(fillCase, { kind: 'recordDelete', name: 'Delete_Case', inputReference: 'theCase', filters: [] }), { variables: [caseVariable] });
    // when
    const { run: result } = run(flow, { org: orgWith({}) });
    // then
    expect(result.fault?.message).toBe('Delete_Case: {!theCase} has no Id, and Delete Records deletes the record its Id names (set {!theCase.Id}, or find the record with Get Records first)');
  });
});
