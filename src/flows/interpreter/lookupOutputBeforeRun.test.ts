/**
 * A Get Records' automatic output written before the Get Records has run. Survey 20 (hj-xi-lin/salesforce,
 * no licence, so written anew with our names): a screen flow whose decision skips the Get Records
 * when no relationship is found still shows the screen, whose data table writes its edited rows to
 * `{!Get_Contacts_from_Relationships}`, the Get Records' output; the run faulted, "is not a variable
 * of this flow". The output is a resource of the flow from its start, null until the Get Records runs.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const lookup = (firstOnly: boolean): FlowElement => ({ kind: 'recordLookup', name: 'Get_Contacts', object: 'Contact', filters: [], getFirstRecordOnly: firstOnly, storeOutputAutomatically: true, outputAssignments: [], queriedFields: [] });

describe("a Get Records' automatic output written before it runs", () => {
  it('takes a whole collection written to it, as a record collection variable of its object would', () => {
    const take: FlowElement = { kind: 'assignment', name: 'Take_Edited_Rows', items: [{ ref: 'Get_Contacts', operator: 'Assign', value: { ref: 'edited' } }] };
    const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'Get_Contacts' } }] };
    const flow = flowOf([...chain(take, copy), lookup(false)], {
      variables: [variable('edited', 'SObject', { io: 'in', objectType: 'Contact', isCollection: true }), variable('out', 'SObject', { io: 'out', objectType: 'Contact', isCollection: true })],
    });
    const result = run(flow, { inputs: { edited: [{ Id: '003000000000001AAA', LastName: 'Ng' }] } });
    expect(result.run.status).toBe('completed');
    expect(result.run.outputs.out).toEqual([{ Id: '003000000000001AAA', LastName: 'Ng' }]);
  });

  it('takes a field written to its one record, as a record variable that is null does', () => {
    const name: FlowElement = { kind: 'assignment', name: 'Name_It', items: [{ ref: 'Get_Contacts.LastName', operator: 'Assign', value: { string: 'Ng' } }] };
    const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'Get_Contacts.LastName' } }] };
    const flow = flowOf([...chain(name, copy), lookup(true)], { variables: [variable('out', 'String', { io: 'out' })] });
    const result = run(flow);
    expect(result.run.status).toBe('completed');
    expect(result.run.outputs).toMatchObject({ out: 'Ng' });
  });

  it('a name that is neither a variable nor such an output still faults', () => {
    const write: FlowElement = { kind: 'assignment', name: 'Write', items: [{ ref: 'Nowhere', operator: 'Assign', value: { string: 'x' } }] };
    expect(run(flowOf(chain(write))).run.fault?.message).toContain('{!Nowhere} is not a variable of this flow');
  });
});
