import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import type { FieldValue } from '../../org/simulatedOrg';
import { flowOf, orgWith, run } from '../testing/build';

const ACCOUNT = '001000000000001AAA';
const CASE = '500000000000001AAA';

/** An Update Records element on `inputReference`, setting Description, with `filters` on the records it names. */
const stamp = (inputReference: string, filters: Extract<FlowElement, { kind: 'recordUpdate' }>['filters'] = []): FlowElement => ({
  kind: 'recordUpdate', name: 'Stamp_Related', inputReference, filters, inputAssignments: [{ name: 'Description', value: { string: 'touched' } }],
});

const org = () => orgWith({
  Account: [{ Id: ACCOUNT, Name: 'Harbour Tools', Description: null, Rating: 'Hot' }],
  Case: [{ Id: CASE, Subject: 'Broken hinge', Description: null }],
});

/** A record-triggered flow on `object` whose one element is `element`, run with `fields` as its `$Record`. */
const runOn = (object: string, fields: Record<string, FieldValue>, element: FlowElement) => {
  const flow = flowOf([element], { start: { connector: element.name, object, triggerType: 'RecordAfterSave', recordTriggerType: 'Create' } });
  return run(flow, { org: org(), record: { object, fields } });
};

describe('recordUpdates on a record related to $Record (Update records related to the record that triggered the flow)', () => {
  it('recordUpdates: $Record.Account updates the account the contact looks up through AccountId', () => {
    // when
    const { run: result, org: after } = runOn('Contact', { Id: '003000000000001AAA', AccountId: ACCOUNT }, stamp('$Record.Account'));
    // then
    expect(result.status).toBe('completed');
    expect(result.recordChanges).toEqual([{ element: 'Stamp_Related', operation: 'update', object: 'Account', id: ACCOUNT, before: { Description: null }, after: { Description: 'touched' } }]);
    expect(after.get(ACCOUNT)?.fields.Description).toBe('touched');
  });

  it('recordUpdates: the element\'s filters apply to the related record (Rating = Cold leaves a Hot account as it is)', () => {
    // when
    const { run: result } = runOn('Contact', { Id: '003000000000001AAA', AccountId: ACCOUNT }, stamp('$Record.Account', [{ field: 'Rating', operator: 'EqualTo', value: { string: 'Cold' } }]));
    // then
    expect(result.status).toBe('completed');
    expect(result.recordChanges).toEqual([]);
  });

  it('recordUpdates: a custom lookup $Record.Main_Account__r is followed through Main_Account__c', () => {
    // when
    const { run: result } = runOn('Visit__c', { Id: 'a01000000000001AAA', Main_Account__c: ACCOUNT }, stamp('$Record.Main_Account__r'));
    // then
    expect(result.recordChanges.map((c) => c.id)).toEqual([ACCOUNT]);
  });

  it('recordUpdates: a polymorphic $Record.Parent:Case updates the parent only when it is a case', () => {
    // when
    const onCase = runOn('FeedItem', { Id: '0D5000000000001AAA', ParentId: CASE }, stamp('$Record.Parent:Case')).run;
    const onAccount = runOn('FeedItem', { Id: '0D5000000000002AAA', ParentId: ACCOUNT }, stamp('$Record.Parent:Case')).run;
    // then
    expect(onCase.recordChanges.map((c) => [c.object, c.id])).toEqual([['Case', CASE]]);
    expect(onAccount).toMatchObject({ status: 'completed', recordChanges: [] });
  });

  it('recordUpdates: an empty lookup relates no record, so nothing is updated', () => {
    // when
    const { run: result } = runOn('Contact', { Id: '003000000000001AAA', AccountId: null }, stamp('$Record.Account'));
    // then
    expect(result).toMatchObject({ status: 'completed', recordChanges: [] });
  });

  it('recordUpdates: a parent the org does not hold faults, naming its Id', () => {
    // when
    const { run: result } = runOn('Contact', { Id: '003000000000001AAA', AccountId: '001000000000009AAA' }, stamp('$Record.Account'));
    // then
    expect(result.status).toBe('faulted');
    expect(result.fault?.message).toBe('Stamp_Related: there is no record with Id 001000000000009AAA to update (it does not exist or was deleted)');
  });

  it('recordUpdates: a relationship whose lookup field $Record lacks (a custom child relationship, $Record.Repairs__r) stops as unsupported, saying what to give', () => {
    // when
    const { run: result } = runOn('Account', { Id: ACCOUNT }, stamp('$Record.Repairs__r'));
    // then
    expect(result).toMatchObject({ status: 'unsupported', recordChanges: [] });
    expect(result.unsupported?.message).toBe('Stamp_Related: {!$Record.Repairs__r}: $Record has no Repairs__c, so the records related through Repairs__r are not known: the simulator updates the parent record a lookup names (give $Record its Repairs__c) and, of the child relationships (the records whose lookup names this one), reads only the standard ones it knows, such as an Account\'s Contacts');
  });

  it('recordUpdates: a related record of a related record ($Record.Account.Parent) is followed lookup by lookup; an unknown child of one ($Record.Account.Plans__r) stops as unsupported', () => {
    // given the contact's account, whose parent account is in the org
    const orgOf = () => orgWith({ Account: [{ Id: ACCOUNT, ParentId: '001000000000002AAA' }, { Id: '001000000000002AAA', Name: 'Harbour Group' }] });
    const flowOn = (reference: string) => flowOf([stamp(reference)], { start: { connector: 'Stamp_Related', object: 'Contact', triggerType: 'RecordAfterSave', recordTriggerType: 'Create' } });
    const record = { object: 'Contact', fields: { Id: '003000000000001AAA', AccountId: ACCOUNT } };
    // when
    const parent = run(flowOn('$Record.Account.Parent'), { org: orgOf(), record }).run;
    const children = run(flowOn('$Record.Account.Plans__r'), { org: orgOf(), record }).run;
    // then
    expect(parent.recordChanges.map((c) => c.id)).toEqual(['001000000000002AAA']);
    expect(children.status).toBe('unsupported');
    expect(children.unsupported?.message).toMatch(/^Stamp_Related: \{!\$Record\.Account\.Plans__r\}: \$Record\.Account has no Plans__c/);
  });

  it('recordUpdates: a record variable is read as before', () => {
    // given a record variable naming the case
    const flow = flowOf([stamp('theCase')], { variables: [{ name: 'theCase', dataType: 'SObject', objectType: 'Case', isCollection: false, isInput: true, isOutput: false }] });
    // when
    const { run: result } = run(flow, { org: org(), inputs: { theCase: { Id: CASE } } });
    // then
    expect(result.recordChanges.map((c) => c.id)).toEqual([CASE]);
  });
});
