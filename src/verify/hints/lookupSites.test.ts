import { describe, expect, it } from 'vitest';
import { flowOf, variable } from '../../flows/interpreter/testing/build';
import type { FlowElement } from '../../flows/definition';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import { giveLookupRecord, lookupMatch, lookupSites, lookupsNotFound } from './lookupSites';

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

  it('follows a filter on an input variable to the fixed value each step calling the flow passes (SFDC-Assets incident demo: User where Alias = "Quentin", given by the step Get Escalation Manager), not a value the run computes', () => {
    // given a flow that looks a user up by its input alias, called by three steps: two with a fixed alias, one with a resource
    const byAlias = flowOf([lookup('Get_User_by_Alias', 'User', [{ field: 'Alias', operator: 'EqualTo', value: { ref: 'alias' } }])], { variables: [variable('alias', 'String', { io: 'in' })] });
    const doc: Orchestration = {
      ...withFlows({ Get_by_Alias: byAlias }),
      variables: [{ name: 'leadAlias', type: 'Text' }],
      stages: [{ name: 'S', steps: [
        { name: 'Get_Manager', kind: 'background', flow: 'Get_by_Alias', inputs: { alias: 'Quentin' } },
        { name: 'Get_Lead', kind: 'background', flow: 'Get_by_Alias', inputs: { ALIAS: 'Quentin' } },
        { name: 'Get_Other', kind: 'background', flow: 'Get_by_Alias', inputs: { alias: 'leadAlias' } },
        { name: 'Get_Owner', kind: 'background', flow: 'Get_by_Alias', inputs: { alias: '$Record.Owner.Alias' } },
      ] }],
    } as Orchestration;
    // when
    const sites = lookupSites(doc);
    // then one site, for the steps that pass the fixed alias
    expect(sites).toEqual([{ object: 'User', fields: [['Alias', 'Quentin']], elements: ['Get_by_Alias.Get_User_by_Alias'], steps: ['Get_Manager', 'Get_Lead'] }]);
    expect(giveLookupRecord(base, sites[0]!).records).toEqual({ User: [{ Id: '005SCN000000000001', Alias: 'Quentin' }] });
    // and a run of the flow for Get_Manager that found no user is that missing setup; one for Get_Other is not (its alias is the run's)
    const notFound = (step: string) => lookupsNotFound({ flow: 'Get_by_Alias', step, recordsRead: [{ element: 'Get_User_by_Alias', object: 'User', ids: [] }] }, sites);
    expect(notFound('Get_Manager')).toEqual(sites);
    expect(notFound('Get_Other')).toEqual([]);
  });
});
