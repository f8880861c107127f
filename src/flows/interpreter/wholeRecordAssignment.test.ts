import { describe, expect, it } from 'vitest';
import type { FlowDefinition, FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';
import type { ResolvedFlow } from './types';

const DEAL = '006000000000001AAA';

// A subflow that takes an Opportunity, sets its stage and hands it back, as survey 19's trigger hands
// `$Record` to two subflows and assigns their changed copies back to `$Record` (names ours).
const adjust = flowOf(chain(
  { kind: 'assignment', name: 'Set_Stage', items: [{ ref: 'deal.StageName', operator: 'Assign', value: { string: 'Negotiation' } }] },
), { variables: [variable('deal', 'SObject', { objectType: 'Opportunity', io: 'inout' })] });
const flows: Record<string, FlowDefinition> = { Adjust_Deal: adjust };
const resolveFlow = (name: string): ResolvedFlow | undefined => (flows[name] ? { definition: flows[name]!, file: `flows/${name}.flow-meta.xml` } : undefined);

/** An after-save Opportunity trigger: `first`, then Update Records of `$Record`. */
const trigger = (first: FlowElement): FlowDefinition => flowOf(chain(
  first,
  { kind: 'recordUpdate', name: 'Save', inputReference: '$Record', filters: [], inputAssignments: [] },
), { start: { connector: first.name, object: 'Opportunity', triggerType: 'RecordAfterSave', recordTriggerType: 'CreateAndUpdate' }, variables: [variable('other', 'SObject', { objectType: 'Opportunity' })] });

const callAdjust: FlowElement = {
  kind: 'subflow', name: 'Call_Adjust', flowName: 'Adjust_Deal',
  inputAssignments: [{ name: 'deal', value: { ref: '$Record' } }], outputAssignments: [{ name: 'deal', ref: '$Record' }],
};

const record = { object: 'Opportunity', fields: { Id: DEAL, Name: 'Pumps', StageName: 'Prospecting', Amount: 500 } };
const org = () => orgWith({ Opportunity: [{ ...record.fields }] });

describe('assigning a whole record to $Record', () => {
  it('a subflow\'s output record assigned to $Record: its fields are $Record\'s, and Update Records of $Record saves them', () => {
    // when
    const { run: result, org: after } = run(trigger(callAdjust), { org: org(), record, resolveFlow });
    // then: the run stopped as unsupported, "assigning to {!$Record} is not simulated (only a field of $Record)"
    expect(result.status).toBe('completed');
    expect(after.get(DEAL)?.fields).toMatchObject({ ...record.fields, StageName: 'Negotiation' });
    expect(result.recordChanges.map((c) => [c.element, c.id, c.after?.StageName])).toEqual([['Save', DEAL, 'Negotiation']]);
    expect(result.assignments.filter((a) => a.variable === '$Record').map((a) => a.element)).toEqual(['Call_Adjust']);
  });

  it('another record, or no record, assigned to $Record stays unsupported, saying so', () => {
    // given: an Assignment of a record variable holding another Id, then of one holding nothing
    const otherRecord: FlowElement = { kind: 'assignment', name: 'Take_Other', items: [
      { ref: 'other.Id', operator: 'Assign', value: { string: '006000000000002AAA' } },
      { ref: '$Record', operator: 'Assign', value: { ref: 'other' } },
    ] };
    const noRecord: FlowElement = { kind: 'assignment', name: 'Take_None', items: [{ ref: '$Record', operator: 'Assign', value: { ref: 'other' } }] };
    // when
    const another = run(trigger(otherRecord), { org: org(), record }).run;
    const none = run(trigger(noRecord), { org: org(), record }).run;
    // then
    expect(another.status).toBe('unsupported');
    expect(another.unsupported?.message).toBe('{!$Record} is assigned another record (Id 006000000000002AAA), which is not simulated: the run is about the record it was started for');
    expect(none.status).toBe('unsupported');
    expect(none.unsupported?.message).toBe('assigning no record to {!$Record} is not simulated (a record or a field of $Record)');
  });
});
