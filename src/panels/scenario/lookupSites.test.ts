import { describe, expect, it } from 'vitest';
import { flowOf } from '../../flows/interpreter/testing/build';
import type { FlowElement } from '../../flows/definition';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import { giveLookupRecord, lookupMatch, lookupSites } from './lookupSites';

const lookup = (name: string, object: string, filters: { field: string; operator: string; value?: unknown }[], filterLogic?: string): FlowElement => ({
  kind: 'recordLookup', name, object, filters: filters as never, ...(filterLogic ? { filterLogic } : {}),
  getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [],
});

const withFlows = (definitions: Record<string, unknown>): Orchestration => ({
  ...emptyOrchestration(),
  flows: Object.entries(definitions).map(([name, definition]) => ({ name, type: 'autolaunched' as const, active: true, definition })),
}) as Orchestration;

const base: Scenario = { format: 'stageflow.scenario', version: 1 };

describe('the records the project flows look up by fixed values', () => {
  const doc = withFlows({
    Notify: flowOf([
      lookup('Get_Type', 'CustomNotificationType', [{ field: 'DeveloperName', operator: 'EqualTo', value: { string: 'account_reassignment' } }]),
      lookup('Get_User', 'User', [{ field: 'Id', operator: 'EqualTo', value: { ref: 'recordId' } }]),
      lookup('Get_Open', 'Case', [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }, { field: 'IsEscalated', operator: 'EqualTo', value: { boolean: true } }], '1 OR 2'),
    ]),
    Notify_Again: flowOf([
      lookup('Find_Type', 'CustomNotificationType', [{ field: 'DeveloperName', operator: 'EqualTo', value: { string: 'account_reassignment' } }]),
      lookup('Get_Queue', 'Group', [{ field: 'Type', operator: 'EqualTo', value: { string: 'Queue' } }, { field: 'DeveloperName', operator: 'EqualTo', value: { string: 'Tier_2' } }]),
    ]),
  });

  it('lists lookups whose filters all equal fixed values (AND), merged over flows; not those by a run value or with OR', () => {
    expect(lookupSites(doc)).toEqual([
      { object: 'CustomNotificationType', fields: [['DeveloperName', 'account_reassignment']], elements: ['Notify.Get_Type', 'Notify_Again.Find_Type'] },
      { object: 'Group', fields: [['Type', 'Queue'], ['DeveloperName', 'Tier_2']], elements: ['Notify_Again.Get_Queue'] },
    ]);
  });

  it('adds a record the lookup finds, and then finds it (compared as the flow\'s record filter compares)', () => {
    const [type, queue] = lookupSites(doc);
    const given = giveLookupRecord(base, queue!);
    expect(given.records).toEqual({ Group: [{ Id: '00GSCN000000000001', Type: 'Queue', DeveloperName: 'Tier_2' }] });
    expect(lookupMatch(given, queue!)).toBe(0);
    expect(lookupMatch(given, type!)).toBeNull();
    const typed: Scenario = { ...base, records: { CustomNotificationType: [{ Id: 'x1', developername: 'ACCOUNT_REASSIGNMENT' }] } };
    expect(lookupMatch(typed, type!)).toBe(0);
    // a number written as text is the number, as the flow's filter compares it
    const [numbered] = lookupSites(withFlows({ F: flowOf([lookup('Get_Tier', 'Tier__c', [{ field: 'Level__c', operator: 'EqualTo', value: { number: 2 } }])]) }));
    expect(lookupMatch({ ...base, records: { Tier__c: [{ Id: 'a1', Level__c: '2' }] } }, numbered!)).toBe(0);
  });
});
