/**
 * A variable's default value when it reads another resource. Shapes from survey 9 (a production
 * org's Active flows, sushmithaAnuhya97/samsarasfdxtestorg — no licence, so written anew here): a
 * variable defaulting to a field of the flow's input record (`{!ClosingOpportunity.All_Serial_Numbers__c}`),
 * and one defaulting to a field of a Get Records output the flow has not run yet. Survey 20
 * (NagaDevSF/ChangesSandBoxUATNaga, no licence, names ours): four Active round-robin triggers default
 * a Number variable to a formula, `{!Get_Counter.Value__c} + 1`, of a Get Records not run yet.
 */
import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, run, variable } from './testing/build';

const copy: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'serials' } }] };

describe('variable default values', () => {
  it('a default reading a field of an input record sees the input the caller gave', () => {
    const flow = flowOf(chain(copy), {
      variables: [
        variable('serials', 'String', { value: { ref: 'Closing.Serials__c' } }),
        variable('Closing', 'SObject', { io: 'in', objectType: 'Opportunity' }),
        variable('out', 'String', { io: 'out' }),
      ],
    });
    const result = run(flow, { inputs: { Closing: { Id: '006000000000001AAA', Serials__c: 'SN-1' } } });
    expect(result.run.status).toBe('completed');
    expect(result.run.outputs).toMatchObject({ out: 'SN-1' });
  });

  it('an input given wins over its own default, which is then not read', () => {
    const flow = flowOf(chain(copy), {
      variables: [variable('serials', 'String', { io: 'in', value: { ref: 'Missing_Record.Serials__c' } }), variable('Missing_Record', 'SObject', { objectType: 'Opportunity' }), variable('out', 'String', { io: 'out' })],
    });
    expect(run(flow, { inputs: { serials: 'given' } }).run.outputs).toMatchObject({ out: 'given' });
  });

  it('a default reading a field of a record that is null when the run starts (a Get Records not run yet) is null (chosen)', () => {
    const flow = flowOf(chain(copy), {
      variables: [variable('serials', 'String', { value: { ref: 'Get_Opportunity.Serials__c' } }), variable('Get_Opportunity', 'SObject', { objectType: 'Opportunity' }), variable('out', 'String', { io: 'out' })],
    });
    const result = run(flow);
    expect(result.run.status).toBe('completed');
    expect(result.run.outputs).toMatchObject({ out: null });
  });

  it('a default reading a formula reads a null record\'s fields as null too, as the default itself does (chosen)', () => {
    const next: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'nextValue' } }] };
    const flow = flowOf(chain(next), {
      variables: [variable('nextValue', 'Number', { scale: 0, value: { ref: 'Next_Count' } }), variable('Get_Counter', 'SObject', { objectType: 'Counter__c' }), variable('out', 'Number', { io: 'out' })],
      formulas: [{ name: 'Next_Count', dataType: 'Number', scale: 0, expression: '{!Get_Counter.Value__c} + 1' }],
    });
    const result = run(flow);
    expect(result.run.status).toBe('completed');
    expect(result.run.outputs).toMatchObject({ out: null });
  });

  it('the same formula read after the run has started still faults on the null record, as a decision does', () => {
    const next: FlowElement = { kind: 'assignment', name: 'Copy', items: [{ ref: 'out', operator: 'Assign', value: { ref: 'Next_Count' } }] };
    const flow = flowOf(chain(next), {
      variables: [variable('Get_Counter', 'SObject', { objectType: 'Counter__c' }), variable('out', 'Number', { io: 'out' })],
      formulas: [{ name: 'Next_Count', dataType: 'Number', scale: 0, expression: '{!Get_Counter.Value__c} + 1' }],
    });
    const result = run(flow);
    expect(result.run.status).toBe('faulted');
    expect(result.run.fault?.message).toContain('Get_Counter has no record');
  });

  it('a default naming a resource the flow does not have still fails', () => {
    const flow = flowOf(chain(copy), { variables: [variable('serials', 'String', { value: { ref: 'Nowhere.Serials__c' } }), variable('out', 'String', { io: 'out' })] });
    expect(run(flow).run.status).toBe('faulted');
  });
});
