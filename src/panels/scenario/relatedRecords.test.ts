import { describe, expect, it } from 'vitest';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import type { FlowElement } from '../../flows/definition';
import { flowOf } from '../../flows/interpreter/testing/build';
import { isObjectName, objectChoices, objectsTheFlowsUse } from './objectNames';
import { giveRelatedRecord, guessObject, inputRecord, linkedRecord, missingFields, relatedReads, variableFieldsRead, variableRelatedReads } from './relatedRecords';

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
    expect(given.records).toEqual({ User: [{ Id: '005SCN000000000001', Username: 'manager@example.com' }] });
    expect(given.record).toEqual({ Status: 'New', ManagerId: '005SCN000000000001' });
    expect(linkedRecord(given, manager!)).toEqual({ object: 'User', index: 0, fields: { Id: '005SCN000000000001', Username: 'manager@example.com' } });
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

  it('gives the record behind a custom relationship as the object the admin names, its Id in the lookup field', () => {
    const [custom] = relatedReads(onCase(['$Record.Parent_Case__r.Status']));
    const given = giveRelatedRecord({ ...base, record: { Subject: 'x' } }, custom!, 'Case');
    expect(given.record).toEqual({ Subject: 'x', Parent_Case__c: '500SCN000000000001' });
    expect(given.records).toEqual({ Case: [{ Id: '500SCN000000000001', Status: '' }] });
    expect(linkedRecord(given, custom!)?.object).toBe('Case');
    // a custom object gets a custom-object-like Id; an Id already typed is kept
    const invoice = giveRelatedRecord({ ...base, record: { Parent_Case__c: 'a0STYPED' } }, custom!, 'Invoice__c');
    expect(invoice.records).toEqual({ Invoice__c: [{ Id: 'a0STYPED', Status: '' }] });
  });

  it('refuses an object name that is not an API name, __proto__ included, leaving the scenario as it is', () => {
    const [custom] = relatedReads(onCase(['$Record.Parent_Case__r.Status']));
    const scenario = { ...base, record: {} };
    for (const bad of ['', 'Case Record', '__proto__', 'Invoice__c_', '1Case', 'constructor.x']) expect(giveRelatedRecord(scenario, custom!, bad)).toBe(scenario);
    expect(['Case', 'Invoice__c', 'ns__Invoice__c', 'X'].every(isObjectName)).toBe(true);
    expect(['', '_Case', 'Case_', 'Ca se', '__proto__'].some(isObjectName)).toBe(false);
  });

  it('offers the trigger object, the scenario\'s objects and the objects the flows\' record elements name, and guesses only a same-named object', () => {
    const doc: Orchestration = {
      ...onCase(['$Record.Invoice__r.Total__c', '$Record.Parent_Case__r.Status']),
      flows: [{ name: 'F', type: 'autolaunched', active: true, definition: flowOf([
        { kind: 'recordLookup', name: 'Get_Invoice', object: 'Invoice__c', filters: [], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] },
        { kind: 'recordCreate', name: 'Make_Task', object: 'Task', inputAssignments: [] },
      ] as FlowElement[]) }],
    } as Orchestration;
    expect(objectsTheFlowsUse(doc).sort()).toEqual(['Invoice__c', 'Task']);
    const choices = objectChoices(doc, { ...base, records: { Contact: [], __proto__x: [] } as never });
    expect(choices).toEqual(['Case', 'Contact', 'Invoice__c', 'Task']);
    const [invoice, parent] = relatedReads(doc);
    expect(guessObject(invoice!, choices)).toBe('Invoice__c');
    expect(guessObject(parent!, choices)).toBe('');
    expect(guessObject({ relationship: 'Account__r', lookupField: 'Account__c', object: null, fields: [] }, ['Account'])).toBe('Account');
  });
});

describe('a custom relationship\'s object from the project', () => {
  const fields = (entries: [string, { type?: string; referenceTo?: string[] }][]) => new Map([['Case', new Map(entries.map(([name, f]) => [name, { name, ...f }]))]]);

  it('is the lookup field\'s one <referenceTo>, and says it came from the project', () => {
    const reads = relatedReads(onCase(['$Record.Parent_Case__r.Status', '$Record.Account.Rating']), undefined, fields([['Parent_Case__c', { type: 'Lookup', referenceTo: ['Case'] }], ['AccountId', { type: 'Lookup', referenceTo: ['Partner__c'] }]]));
    expect(reads.map((r) => [r.relationship, r.object, r.objectFromProject ?? false])).toEqual([
      // a standard relationship keeps the object its name says
      ['Account', 'Account', false],
      ['Parent_Case__r', 'Case', true],
    ]);
  });

  it('is not taken when the lookup may point to several objects, or the project does not declare it', () => {
    const reads = relatedReads(onCase(['$Record.Parent_Case__r.Status', '$Record.Invoice__r.Paid__c']), undefined, fields([['Parent_Case__c', { type: 'Lookup', referenceTo: ['Case', 'Account'] }]]));
    expect(reads.map((r) => [r.relationship, r.object])).toEqual([['Invoice__r', null], ['Parent_Case__r', null]]);
  });
});

describe('the records a design reads through a Record input\'s relationships', () => {
  /** An autolaunched design with the input `curUser` (a User), assigned to curUser.Manager.Username, passing curUser.Username. */
  const design = (): Orchestration => ({
    ...emptyOrchestration(),
    variables: [{ name: 'curUser', type: 'Record', object: 'User', input: true }],
    flows: [{ name: 'F', type: 'screen', active: true, inputs: ['who'] }],
    stages: [{ name: 'S', steps: [{ name: 'Ask', kind: 'interactive', flow: 'F', inputs: { who: 'curUser.Username' }, assignee: { type: 'user', name: 'curUser.Manager.Username' } }] }],
  }) as Orchestration;

  it('lists the input\'s own fields and its relationships, with the related object', () => {
    expect(variableFieldsRead(design(), 'curUser')).toEqual(['Username']);
    expect(variableRelatedReads(design(), 'curUser', 'User')).toEqual([{ relationship: 'Manager', lookupField: 'ManagerId', object: 'User', fields: ['Username'] }]);
    expect(variableRelatedReads(design(), 'other', 'User')).toEqual([]);
  });

  it('gives the related record with its Id in the input\'s lookup field, keeping what the input holds', () => {
    // given the launcher passes curUser with a Username
    const scenario: Scenario = { ...base, inputs: { curUser: { Username: 'leaving@example.com' } } };
    const [manager] = variableRelatedReads(design(), 'curUser', 'User');
    // when
    const given = giveRelatedRecord(scenario, manager!, manager!.object, inputRecord('curUser'));
    // then
    expect(given.inputs).toEqual({ curUser: { Username: 'leaving@example.com', ManagerId: '005SCN000000000001' } });
    expect(given.records).toEqual({ User: [{ Id: '005SCN000000000001', Username: 'manager@example.com' }] });
    expect(given.record).toBeUndefined();
    expect(linkedRecord(given, manager!, inputRecord('curUser'))?.object).toBe('User');
    expect(linkedRecord(given, manager!)).toBeNull();
  });
});
