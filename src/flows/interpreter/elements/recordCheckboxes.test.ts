import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { untickOmittedCheckboxes } from '../../org/omittedCheckboxes';
import { chain, flowOf, orgWith, run, variable } from '../testing/build';

// Salesforce never stores null in a Checkbox: a record a flow creates without one holds false, and
// a null written to one stores false (docs/projects.md). The org a project run uses knows the
// project's stored Checkboxes (untickOmittedCheckboxes), and so keeps the rule for every write.
const orgOfProject = () => {
  const org = orgWith({ Depot__c: [{ Id: 'a01000000000001AAA', Name: 'North' }] });
  untickOmittedCheckboxes(org, { Crate__c: ['Fragile__c', 'Sealed__c'] });
  return org;
};

const create: FlowElement = {
  kind: 'recordCreate', name: 'Create_Crate', object: 'Crate__c', storeOutputAutomatically: true,
  inputAssignments: [{ name: 'Name', value: { string: 'Crate' } }, { name: 'Sealed__c', value: { boolean: true } }],
};
const getCrate: FlowElement = {
  kind: 'recordLookup', name: 'Get_Crate', object: 'Crate__c', filters: [], getFirstRecordOnly: true, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [],
};
const keep = (ref: string): FlowElement => ({ kind: 'assignment', name: 'Keep', items: [{ ref: 'out', operator: 'Assign', value: { ref } }] });
const out = { variables: [variable('out', 'Boolean', { io: 'out' })] };

describe('records a flow creates and updates in a project run: stored Checkboxes are never null', () => {
  it('recordCreates: a Checkbox the element does not set is false in the org, in Get Records and in {!Create_Crate.Fragile__c}', () => {
    // when
    const read = run(flowOf(chain(create, getCrate, keep('Get_Crate.Fragile__c')), out), { org: orgOfProject() });
    const output = run(flowOf(chain(create, keep('Create_Crate.Fragile__c')), out), { org: orgOfProject() });
    // then
    expect(read.run.outputs.out).toBe(false);
    expect(output.run.outputs.out).toBe(false);
    expect(read.org.recordsOf('Crate__c')[0]!.fields).toMatchObject({ Name: 'Crate', Sealed__c: true, Fragile__c: false });
    expect(read.run.recordChanges[0]).toMatchObject({ operation: 'create', after: { Fragile__c: false, Sealed__c: true } });
  });

  it('recordCreates from a record variable: the created record holds false for a Checkbox the variable gives as null or as empty text', () => {
    // given a record variable with Fragile__c null (an unset Boolean) and Sealed__c {!$GlobalConstant.EmptyString}
    const flow = flowOf(chain(
      { kind: 'assignment', name: 'Fill', items: [
        { ref: 'crate.Name', operator: 'Assign', value: { string: 'Crate' } },
        { ref: 'crate.Fragile__c', operator: 'Assign', value: { ref: 'unset' } },
        { ref: 'crate.Sealed__c', operator: 'Assign', value: { ref: '$GlobalConstant.EmptyString' } },
      ] },
      { kind: 'recordCreate', name: 'Save_Crate', inputReference: 'crate', inputAssignments: [] },
    ), { variables: [variable('crate', 'SObject', { objectType: 'Crate__c' }), variable('unset', 'Boolean')] });
    // when
    const { run: result, org } = run(flow, { org: orgOfProject() });
    // then
    expect(result.status).toBe('completed');
    expect(org.recordsOf('Crate__c')[0]!.fields).toMatchObject({ Name: 'Crate', Fragile__c: false, Sealed__c: false });
  });

  it('recordUpdates: a Checkbox set to null (a field value left empty) stores false, and the change says so', () => {
    // given a crate created sealed, then an update clearing Sealed__c
    const clear: FlowElement = { kind: 'recordUpdate', name: 'Unseal', object: 'Crate__c', filters: [], inputAssignments: [{ name: 'Sealed__c' }] };
    // when
    const { run: result, org } = run(flowOf(chain(create, clear)), { org: orgOfProject() });
    // then
    expect(result.status).toBe('completed');
    expect(org.recordsOf('Crate__c')[0]!.fields.Sealed__c).toBe(false);
    expect(result.recordChanges[1]).toMatchObject({ operation: 'update', before: { Sealed__c: true }, after: { Sealed__c: false } });
  });

  it('a field that is not a declared Checkbox, and an org told no Checkbox, keep the null written', () => {
    // given
    const flow = flowOf(chain(create, { kind: 'recordUpdate', name: 'Clear', object: 'Crate__c', filters: [], inputAssignments: [{ name: 'Name' }, { name: 'Sealed__c' }] }));
    // when
    const project = run(flow, { org: orgOfProject() }).org.recordsOf('Crate__c')[0]!.fields;
    const plain = run(flow, { org: orgWith({}) }).org.recordsOf('Crate__c')[0]!.fields;
    // then
    expect(project).toMatchObject({ Name: null, Sealed__c: false });
    expect(plain).toMatchObject({ Name: null, Sealed__c: null });
    expect(plain).not.toHaveProperty('Fragile__c');
  });
});
