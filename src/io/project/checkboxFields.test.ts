/**
 * The stored Checkbox fields a project declares, and the one rule that fills them in on a record given
 * without them (flows/org/omittedCheckboxes.ts), shared by `stageflow flow`, `simulate` and the app.
 */
import { describe, expect, it } from 'vitest';
import { SimulatedOrg } from '../../flows/org/simulatedOrg';
import { untickOmittedCheckboxes } from '../../flows/org/omittedCheckboxes';
import { checkboxFieldsOf } from './checkboxFields';
import { readObjectFields } from './objectFields';

const field = (object: string, xml: string) => ({ path: `force-app/main/default/objects/${object}/fields/x.field-meta.xml`, text: `<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">${xml}</CustomField>` });

describe('checkboxFieldsOf', () => {
  it('lists each object\'s stored Checkbox fields by name; a formula Checkbox (<formula>) is not stored, so it is left out', () => {
    const files = [
      field('Depot__c', '<fullName>Skip__c</fullName><defaultValue>false</defaultValue><type>Checkbox</type>'),
      field('Depot__c', '<fullName>Is_Empty__c</fullName><formula>ISBLANK(Name)</formula><type>Checkbox</type>'),
      field('Depot__c', '<fullName>Code__c</fullName><type>Text</type>'),
      field('Lead', '<fullName>Hot__c</fullName><type>Checkbox</type>'),
      field('Lead', '<fullName>Archived__c</fullName><type>Checkbox</type>'),
    ].map((f, i) => ({ ...f, path: f.path.replace('x.', `f${i}.`) }));
    const read = readObjectFields(files, new Set(['Depot__c', 'Lead']));
    expect(read.objects.get('Depot__c')?.get('Is_Empty__c')?.formula).toBe(true);
    expect(checkboxFieldsOf(read.objects)).toEqual({ Depot__c: ['Skip__c'], Lead: ['Archived__c', 'Hot__c'] });
    expect(checkboxFieldsOf(new Map())).toBeUndefined();
  });
});

describe('untickOmittedCheckboxes', () => {
  it('sets a Checkbox a record omits to false (object and field matched ignoring case), keeps a value given, and leaves other objects alone', () => {
    const org = SimulatedOrg.from({
      depot__c: [{ Id: 'a01000000000001AAA', Name: 'North' }, { Id: 'a01000000000002AAA', skip__c: true }],
      Thing__c: [{ Id: 'a02000000000001AAA' }],
    });
    untickOmittedCheckboxes(org, { Depot__c: ['Skip__c'], Other__c: ['Flag__c'] });
    expect(org.get('a01000000000001AAA')?.fields).toEqual({ Id: 'a01000000000001AAA', Name: 'North', Skip__c: false });
    expect(org.get('a01000000000002AAA')?.fields).toEqual({ Id: 'a01000000000002AAA', skip__c: true });
    expect(org.get('a02000000000001AAA')?.fields).toEqual({ Id: 'a02000000000001AAA' });
  });

  it('a Checkbox a record gives as null holds false too, as a mid-run set of null stores (eventCheckboxes.ts): Salesforce has no null Checkbox', () => {
    // given a scenario record that writes the Checkbox out as null
    const org = SimulatedOrg.from({ Depot__c: [{ Id: 'a01000000000003AAA', Skip__c: null }] });
    untickOmittedCheckboxes(org, { Depot__c: ['Skip__c'] });
    // then it holds false, under the name the record gave it
    expect(org.get('a01000000000003AAA')?.fields).toEqual({ Id: 'a01000000000003AAA', Skip__c: false });
  });
});
