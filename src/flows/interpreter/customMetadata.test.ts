/**
 * `$CustomMetadata.Type__mdt.Record.Field` (customMetadata.ts). Survey 10: three Active processes of a
 * production org (PatilAmol22/UAT-Backup, no licence, so nothing is copied: the names here are ours)
 * compare a sales order's organisation with `{!$CustomMetadata.….India_SalesOrg.Value__c}` in their
 * criteria formulas, and stopped as unsupported: "is a global the simulator does not provide".
 */
import { describe, expect, it } from 'vitest';
import type { FlowDefinition } from '../definition';
import { flowOf, orgWith, run, variable } from './testing/build';

/** A flow whose Boolean formula compares its input `salesOrg` with a custom metadata record's field, into the output `isIndia`. */
function comparing(reference: string): FlowDefinition {
  return flowOf([{ kind: 'assignment', name: 'Keep', items: [{ ref: 'isIndia', operator: 'Assign', value: { ref: 'Is_India' } }] }], {
    variables: [variable('salesOrg', 'String', { io: 'in' }), variable('isIndia', 'Boolean', { io: 'out' })],
    formulas: [{ name: 'Is_India', dataType: 'Boolean', expression: `{!salesOrg} = {!${reference}}` }],
  });
}

const orgs = orgWith({ Sales_Org_Setting__mdt: [
  { Id: 'm00000000000001AAA', DeveloperName: 'Brazil_SalesOrg', Value__c: '5191' },
  { Id: 'm00000000000002AAA', DeveloperName: 'India_SalesOrg', Value__c: '1000' },
] });

describe('$CustomMetadata: a custom metadata record\'s field (customMetadata.ts)', () => {
  it('$CustomMetadata.Type.Record.Field reads the field of the org\'s record of the type with that DeveloperName (names ignoring case)', () => {
    // given
    const flow = comparing('$CustomMetadata.Sales_Org_Setting__mdt.India_SalesOrg.Value__c');
    const ignoringCase = comparing('$CustomMetadata.sales_org_setting__MDT.india_salesorg.value__C');
    // when
    const india = run(flow, { inputs: { salesOrg: '1000' }, org: orgs }).run;
    const brazil = run(flow, { inputs: { salesOrg: '5191' }, org: orgs }).run;
    const cased = run(ignoringCase, { inputs: { salesOrg: '1000' }, org: orgs }).run;
    // then
    expect(india.status).toBe('completed');
    expect(india.outputs).toEqual({ isIndia: true });
    expect(brazil.outputs).toEqual({ isIndia: false });
    expect(cased.outputs).toEqual({ isIndia: true });
  });

  it('$CustomMetadata: a record the org lacks stops the run as unsupported, saying what to give', () => {
    // given
    const flow = comparing('$CustomMetadata.Sales_Org_Setting__mdt.Chile_SalesOrg.Value__c');
    // when
    const noRecord = run(flow, { inputs: { salesOrg: '1000' }, org: orgs }).run;
    const noType = run(flow, { inputs: { salesOrg: '1000' } }).run;
    // then
    expect(noRecord.status).toBe('unsupported');
    expect(noRecord.unsupported?.message).toBe('formula Is_India: {!$CustomMetadata.Sales_Org_Setting__mdt.Chile_SalesOrg.Value__c} reads the custom metadata record Chile_SalesOrg of Sales_Org_Setting__mdt, and no record of Sales_Org_Setting__mdt in the simulated org has that DeveloperName (give a record of Sales_Org_Setting__mdt with DeveloperName "Chile_SalesOrg" in the records)');
    expect(noType.unsupported?.message).toBe('formula Is_India: {!$CustomMetadata.Sales_Org_Setting__mdt.Chile_SalesOrg.Value__c} reads the custom metadata record Chile_SalesOrg of Sales_Org_Setting__mdt, and the simulated org has no records of it (give a record of Sales_Org_Setting__mdt with DeveloperName "Chile_SalesOrg" in the records)');
  });
});
