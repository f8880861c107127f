import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

// Survey 17: an Active API 65.0 trigger creates an Opportunity with Create Records (field values,
// output stored automatically), then gives an Event the opportunity's dates and owner as
// {!Create_Deal.Close_Date__c}, {!Create_Deal.OwnerId}: the run faulted, "Create_Deal is "006…", not a record".
const createDeal: FlowElement = {
  kind: 'recordCreate', name: 'Create_Deal', object: 'Opportunity', storeOutputAutomatically: true,
  inputAssignments: [{ name: 'Name', value: { string: 'Spring fair' } }, { name: 'StageName', value: { string: 'Prospecting' } }, { name: 'OwnerId', value: { string: '005000000000001AAA' } }],
};

describe('recordCreates: the automatically stored output of a Create Records element of field values', () => {
  it('recordCreates: {!Create_Deal.Field} reads that field of the record the element created (chosen, docs/flows.md)', () => {
    // given
    const flow = flowOf(chain(
      createDeal,
      { kind: 'recordCreate', name: 'Create_Visit', object: 'Event', inputAssignments: [{ name: 'Subject', value: { ref: 'Create_Deal.StageName' } }, { name: 'OwnerId', value: { ref: 'Create_Deal.OwnerId' } }, { name: 'WhatId', value: { ref: 'Create_Deal.Id' } }] },
    ));
    // when
    const { run: result, org } = run(flow, { org: orgWith({}) });
    // then
    expect(result.status).toBe('completed');
    const deal = org.recordsOf('Opportunity')[0]!;
    expect(org.recordsOf('Event').map((e) => [e.fields.Subject, e.fields.OwnerId, e.fields.WhatId])).toEqual([['Prospecting', '005000000000001AAA', deal.fields.Id]]);
  });

  it('recordCreates: {!Create_Deal} alone is still the new record\'s Id, as Salesforce stores it', () => {
    // given
    const flow = flowOf(chain(
      createDeal,
      { kind: 'assignment', name: 'Keep', items: [{ ref: 'dealId', operator: 'Assign', value: { ref: 'Create_Deal' } }] },
    ), { variables: [variable('dealId', 'String', { io: 'out' })] });
    // when
    const { run: result, org } = run(flow, { org: orgWith({}) });
    // then
    expect(result.outputs.dealId).toBe(org.recordsOf('Opportunity')[0]!.fields.Id);
  });

  it('recordCreates: a field the element did not set reads null, not a fault', () => {
    // given
    const flow = flowOf(chain(
      createDeal,
      { kind: 'assignment', name: 'Keep', items: [{ ref: 'amount', operator: 'Assign', value: { ref: 'Create_Deal.Amount' } }] },
    ), { variables: [variable('amount', 'Currency', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { org: orgWith({}) });
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs.amount).toBeNull();
  });
});
