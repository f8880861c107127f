/**
 * Assignments to the properties of an Apex-defined variable. The flow is reduced from the shape of a
 * real one of survey 7 (Gusto/sfdc's Forethought email callout, a repository without a licence, so
 * nothing is copied: the names are ours): it fills an External Services request body property by
 * property, then hands it to the callout.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const fill: FlowElement = { kind: 'assignment', name: 'Fill_Request', items: [
  { ref: 'requestBody.parentx5fid', operator: 'Assign', value: { ref: 'caseId' } },
  { ref: 'requestBody.incoming', operator: 'Assign', value: { boolean: true } },
  { ref: 'requestBody.fromx5faddress', operator: 'Assign', value: { string: 'help@example.com' } },
] };
const readBack: FlowElement = { kind: 'assignment', name: 'Read_Back', items: [
  { ref: 'summary', operator: 'Assign', value: { ref: 'Request_Summary' } },
  { ref: 'incoming', operator: 'Assign', value: { ref: 'requestBody.incoming' } },
] };

const variables = [
  variable('requestBody', 'Apex'),
  variable('caseId', 'String', { io: 'in' }),
  variable('summary', 'String', { io: 'out' }),
  variable('incoming', 'Boolean', { io: 'out' }),
];
const formulas = [{ name: 'Request_Summary', dataType: 'String', expression: '{!requestBody.parentx5fid} & " from " & {!requestBody.fromx5faddress}' }];

describe('Apex-defined variables', () => {
  it('assignments: a property of an Apex-defined variable is set, and read back by formulas and references', () => {
    // given
    const flow = flowOf(chain(fill, readBack), { variables, formulas });
    // when
    const result = run(flow, { inputs: { caseId: '500000000000001AAA' } }).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ summary: '500000000000001AAA from help@example.com', incoming: true });
    expect(result.assignments.filter((a) => a.element === 'Fill_Request').map((a) => a.variable)).toEqual(['requestBody.parentx5fid', 'requestBody.incoming', 'requestBody.fromx5faddress']);
  });

  it('assignments: a property set twice keeps its first spelling; a property never set reads null; a collection of an Apex type is still unsupported', () => {
    // given
    const again: FlowElement = { kind: 'assignment', name: 'Again', items: [{ ref: 'requestBody.FROMX5FADDRESS', operator: 'Assign', value: { string: 'other@example.com' } }] };
    const unset: FlowElement = { kind: 'assignment', name: 'Unset', items: [{ ref: 'summary', operator: 'Assign', value: { ref: 'requestBody.subject' } }] };
    const flow = flowOf(chain(fill, again, unset), { variables, formulas });
    const list: FlowElement = { kind: 'assignment', name: 'Into_List', items: [{ ref: 'bodies.incoming', operator: 'Assign', value: { boolean: true } }] };
    const listFlow = flowOf([list], { variables: [variable('bodies', 'Apex', { isCollection: true })] });
    // when
    const result = run(flow).run;
    const listResult = run(listFlow).run;
    // then
    expect(result.status).toBe('completed');
    expect(result.outputs).toEqual({ summary: null, incoming: null });
    expect(listResult.status).toBe('unsupported');
    expect(listResult.unsupported?.message).toBe('assigning to {!bodies.incoming} (a field of a related record) is not simulated');
  });
});
