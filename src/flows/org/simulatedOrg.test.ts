import { describe, expect, it } from 'vitest';
import { lookupFieldOf, SimulatedOrg } from './simulatedOrg';

const records = {
  User: [
    { Id: '005A', Username: 'mgr@example.com', Email: 'mgr@example.com', ManagerId: null },
    { Id: '005B', Username: 'agent@example.com', Email: 'agent@example.com', ManagerId: '005A' },
  ],
  Group: [{ Id: '00GQ', Name: 'Tier 2' }],
  Case: [
    { Id: '500A', Status: 'New', OwnerId: '005B' },
    { Id: '500B', Status: 'Closed', OwnerId: '00GQ' },
  ],
};

describe('simulated org', () => {
  it('holds scenario records by object in the order given, with their Ids', () => {
    // given / when
    const org = SimulatedOrg.from(records);
    // then
    expect(org.objects()).toEqual(['User', 'Group', 'Case']);
    expect(org.recordsOf('Case').map((r) => r.fields.Id)).toEqual(['500A', '500B']);
    expect(org.get('005B')?.object).toBe('User');
    expect(org.size).toBe(5);
  });

  it('gives records without an Id a deterministic 18-character Id with the object key prefix', () => {
    const a = SimulatedOrg.from({ Case: [{ Status: 'New' }], Thing__c: [{}] });
    const b = SimulatedOrg.from({ Case: [{ Status: 'New' }], Thing__c: [{}] });
    const ids = a.recordsOf('Case').concat(a.recordsOf('Thing__c')).map((r) => r.fields.Id);
    expect(ids).toEqual(b.recordsOf('Case').concat(b.recordsOf('Thing__c')).map((r) => r.fields.Id));
    expect(ids[0]).toMatch(/^500SIM\d{12}$/);
    expect(String(ids[0])).toHaveLength(18);
    expect(ids[1]).toMatch(/^a0SSIM/);
  });

  it('never lets a second record take an Id that is in use', () => {
    const org = SimulatedOrg.from({ Case: [{ Id: 'X1' }, { Id: 'X1' }] });
    const [first, second] = org.recordsOf('Case');
    expect(first!.fields.Id).toBe('X1');
    expect(second!.fields.Id).not.toBe('X1');
  });

  it('reads and updates fields case-insensitively, keeping the record spelling, never the Id', () => {
    const org = SimulatedOrg.from(records);
    expect(org.readPath(org.get('500A'), ['status'])).toBe('New');
    expect(org.update('500A', { STATUS: 'Escalated', Id: 'other', Priority: 'High' })).toBe(true);
    expect(org.get('500A')!.fields).toEqual({ Id: '500A', Status: 'Escalated', OwnerId: '005B', Priority: 'High' });
    expect(org.update('nope', { Status: 'x' })).toBe(false);
  });

  it('reads relationship paths through lookup fields, and polymorphic ones only on the named object', () => {
    const org = SimulatedOrg.from(records);
    const assigned = org.get('500A');
    const queued = org.get('500B');
    expect(org.readPath(assigned, ['Owner', 'Email'])).toBe('agent@example.com');
    expect(org.readPath(assigned, ['Owner', 'Manager', 'Username'])).toBe('mgr@example.com');
    expect(org.readPath(assigned, ['Owner:User', 'Username'])).toBe('agent@example.com');
    expect(org.readPath(queued, ['Owner:User', 'Username'])).toBeNull();
    expect(org.readPath(queued, ['Owner:Group', 'Name'])).toBe('Tier 2');
    expect(org.readPath(org.get('005A'), ['Manager', 'Email'])).toBeNull();
    expect(org.readPath(undefined, ['Status'])).toBeNull();
    expect(lookupFieldOf('Parent_Case__r')).toBe('Parent_Case__c');
  });

  it('deletes records, and a clone changes independently', () => {
    const org = SimulatedOrg.from(records);
    const copy = org.clone();
    expect(org.delete('500A')).toBe(true);
    expect(org.delete('500A')).toBe(false);
    copy.update('500B', { Status: 'Reopened' });
    expect(org.recordsOf('Case').map((r) => r.fields.Id)).toEqual(['500B']);
    expect(org.get('500B')!.fields.Status).toBe('Closed');
    expect(copy.recordsOf('Case')).toHaveLength(2);
  });

  it('drops prototype-polluting keys and object names from untrusted data', () => {
    const hostile = JSON.parse('{"__proto__":[{"Id":"1"}],"Case":[{"Id":"2","__proto__":{"x":1},"constructor":"c"}]}');
    const org = SimulatedOrg.from(hostile);
    expect(org.objects()).toEqual(['Case']);
    expect(Object.keys(org.get('2')!.fields)).toEqual(['Id']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('serialises to the scenario `records` shape', () => {
    const org = SimulatedOrg.from(records);
    expect(SimulatedOrg.from(org.toJSON()).toJSON()).toEqual(org.toJSON());
    expect(org.toJSON().Case).toEqual(records.Case);
  });
});
