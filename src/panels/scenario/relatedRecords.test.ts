import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import { giveRelatedRecord, linkedRecord, missingFields, relatedReads } from './relatedRecords';

/** A Case orchestration whose step reads `left` in a requirement and is assigned to `assignee`. */
function onCase(lefts: string[], assignee?: string): Orchestration {
  return {
    ...emptyOrchestration(),
    trigger: { type: 'recordTriggered', object: 'Case', when: 'create' },
    flows: [{ name: 'F', type: 'autolaunched', active: true }],
    stages: [{ name: 'S', steps: [{
      name: 'Step', kind: 'interactive', flow: 'F',
      ...(assignee ? { assignee: { type: 'user' as const, name: assignee } } : {}),
      start: { mode: 'requirements', requirements: lefts.map((left) => ({ left, operator: 'EqualTo' as const, right: { string: 'x' } })) },
    }] }],
  } as Orchestration;
}

const base: Scenario = { format: 'stageflow.scenario', version: 1 };

describe('the records a design reads through the triggering record', () => {
  it('groups the paths by relationship, names the lookup field and, where the name says it, the object', () => {
    const doc = onCase(['$Record.Account.Rating', '$Record.Account.Industry', '$Record.Parent.Subject', '$Record.Parent_Case__r.Status', '$Record.Status', '$Record.Account.Owner.Email'], '$Record.Owner:User.Username');
    expect(relatedReads(doc)).toEqual([
      { relationship: 'Account', lookupField: 'AccountId', object: 'Account', fields: ['Industry', 'OwnerId', 'Rating'] },
      { relationship: 'Owner:User', lookupField: 'OwnerId', object: 'User', fields: ['Username'] },
      { relationship: 'Parent', lookupField: 'ParentId', object: 'Case', fields: ['Subject'] },
      { relationship: 'Parent_Case__r', lookupField: 'Parent_Case__c', object: null, fields: ['Status'] },
    ]);
  });

  it('finds none for an autolaunched orchestration', () => {
    expect(relatedReads({ ...onCase(['$Record.Account.Rating']), trigger: { type: 'autolaunched' } } as Orchestration)).toEqual([]);
  });

  it('gives the related record in one edit: a User with the fields read (its Id is the link), its Id in ManagerId', () => {
    const [manager] = relatedReads(onCase(['$Record.Manager.Id'], '$Record.Manager.Username'));
    const given = giveRelatedRecord({ ...base, record: { Status: 'New' } }, manager!);
    expect(given.records).toEqual({ User: [{ Id: '005SCN000000000001', Username: '' }] });
    expect(given.record).toEqual({ Status: 'New', ManagerId: '005SCN000000000001' });
    expect(linkedRecord(given, manager!)).toEqual({ object: 'User', index: 0, fields: { Id: '005SCN000000000001', Username: '' } });
    expect(missingFields(given, manager!)).toEqual([]);
  });

  it('keeps an Id already typed in the lookup field, and adds only the missing fields to a linked record', () => {
    const [account] = relatedReads(onCase(['$Record.Account.Rating', '$Record.Account.Industry']));
    const typed = giveRelatedRecord({ ...base, record: { AccountId: '001TYPED' } }, account!);
    expect(typed.records).toEqual({ Account: [{ Id: '001TYPED', Industry: '', Rating: '' }] });
    const partial: Scenario = { ...base, record: { AccountId: '001A' }, records: { Account: [{ Id: '001A', Rating: 'Hot' }] } };
    expect(missingFields(partial, account!)).toEqual(['Industry']);
    expect(giveRelatedRecord(partial, account!).records).toEqual({ Account: [{ Industry: '', Id: '001A', Rating: 'Hot' }] });
  });

  it('leaves the scenario alone for a relationship whose object it cannot tell', () => {
    const [custom] = relatedReads(onCase(['$Record.Parent_Case__r.Status']));
    const scenario = { ...base, record: {} };
    expect(giveRelatedRecord(scenario, custom!)).toBe(scenario);
  });
});
