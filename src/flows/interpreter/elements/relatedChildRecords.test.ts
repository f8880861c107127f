import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { standardChildRelationship } from '../../org/standardChildRelationships';
import { flowOf, orgWith, run } from '../testing/build';

// Survey 17: Account triggers update "records related to the record that triggered the flow" through
// the child relationships $Record.Contacts and $Record.Opportunities (open ones only); the run stopped
// as unsupported, suggesting a lookup field ContactsId that no Account has. Flows written anew.
const ACCOUNT = '001000000000001AAA';
const OTHER = '001000000000002AAA';

const org = () => orgWith({
  Account: [{ Id: ACCOUNT, Name: 'Harbour Tools' }, { Id: OTHER, Name: 'Elsewhere Ltd' }],
  Contact: [{ Id: '003000000000001AAA', AccountId: ACCOUNT, Primary__c: false }, { Id: '003000000000002AAA', AccountId: OTHER, Primary__c: false }, { Id: '003000000000003AAA', AccountId: ACCOUNT, Primary__c: false }],
  Opportunity: [{ Id: '006000000000001AAA', AccountId: ACCOUNT, IsClosed: false, Division__c: null }, { Id: '006000000000002AAA', AccountId: ACCOUNT, IsClosed: true, Division__c: null }],
  Case: [{ Id: '500000000000001AAA', ParentId: '500000000000009AAA', Status: 'New' }, { Id: '500000000000002AAA', ParentId: null, Status: 'New' }],
});

const update = (inputReference: string, field: string, value: { string: string } | { boolean: boolean }, filters: Extract<FlowElement, { kind: 'recordUpdate' }>['filters'] = []): FlowElement => ({
  kind: 'recordUpdate', name: 'Touch_Children', inputReference, filters, inputAssignments: [{ name: field, value }],
});

const onSave = (object: string, id: string, element: FlowElement) => run(
  flowOf([element], { start: { connector: element.name, object, triggerType: 'RecordAfterSave', recordTriggerType: 'CreateAndUpdate' } }),
  { org: org(), record: { object, fields: { Id: id } } },
);

describe('recordUpdates on a standard child relationship of a record ($Record.Contacts)', () => {
  it('recordUpdates: $Record.Contacts updates the contacts whose AccountId is the account, and no other', () => {
    // when
    const { run: result, org: after } = onSave('Account', ACCOUNT, update('$Record.Contacts', 'Primary__c', { boolean: true }));
    // then
    expect(result.status).toBe('completed');
    expect(result.recordChanges.map((c) => c.id)).toEqual(['003000000000001AAA', '003000000000003AAA']);
    expect(after.get('003000000000002AAA')?.fields.Primary__c).toBe(false);
  });

  it('recordUpdates: $Record.Opportunities with a filter (IsClosed = false) updates only the open opportunities of the account', () => {
    // when
    const { run: result } = onSave('Account', ACCOUNT, update('$Record.Opportunities', 'Division__c', { string: 'EMEA' }, [{ field: 'IsClosed', operator: 'EqualTo', value: { boolean: false } }]));
    // then
    expect(result.status).toBe('completed');
    expect(result.recordChanges.map((c) => [c.id, c.after])).toEqual([['006000000000001AAA', { Division__c: 'EMEA' }]]);
  });

  it('recordUpdates: $Record.Cases of a Case is its child cases (ParentId); none related updates nothing', () => {
    // when
    const withChild = onSave('Case', '500000000000009AAA', update('$Record.Cases', 'Status', { string: 'Closed' }));
    const without = onSave('Case', '500000000000002AAA', update('$Record.Cases', 'Status', { string: 'Closed' }));
    // then
    expect(withChild.run.recordChanges.map((c) => c.id)).toEqual(['500000000000001AAA']);
    expect(without.run).toMatchObject({ status: 'completed', recordChanges: [] });
  });

  it('standardChildRelationship: names are read case-insensitively, and an object named like a built-in property is no parent', () => {
    expect(standardChildRelationship('account', 'contacts')).toEqual({ object: 'Contact', field: 'AccountId' });
    expect(standardChildRelationship('Contact', 'Tasks')).toEqual({ object: 'Task', field: 'WhoId' });
    expect(standardChildRelationship('constructor', 'name')).toBeUndefined();
    expect(standardChildRelationship('Account', 'Plans__r')).toBeUndefined();
  });
});
