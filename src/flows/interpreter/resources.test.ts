import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../definition';
import { chain, flowOf, orgWith, run, variable } from './testing/build';

const copy = (...pairs: [string, string][]): FlowElement => ({ kind: 'assignment', name: 'Copy', items: pairs.map(([ref, from]) => ({ ref, operator: 'Assign', value: { ref: from } })) });

describe('start, variables and inputs', () => {
  it('start: the run begins at the start connector; a flow without one completes at once', () => {
    // given / when
    const empty = run(flowOf([])).run;
    // then
    expect(empty).toMatchObject({ status: 'completed', path: [], elementsExecuted: 0 });
  });

  it('variables: defaults, inputs converted to their types, collections and records', () => {
    // given
    const flow = flowOf([copy(['outN', 'n'], ['outD', 'd'], ['outList', 'list'], ['outRec', 'rec'], ['outDefault', 'withDefault'])], { variables: [
      variable('n', 'Number', { io: 'in' }), variable('d', 'Date', { io: 'in' }), variable('list', 'String', { io: 'in', isCollection: true }),
      variable('rec', 'SObject', { io: 'in', objectType: 'Account' }), variable('withDefault', 'String', { value: { string: 'dflt' } }),
      variable('outN', 'Number', { io: 'out' }), variable('outD', 'Date', { io: 'out' }), variable('outList', 'String', { io: 'out', isCollection: true }),
      variable('outRec', 'SObject', { io: 'out', objectType: 'Account' }), variable('outDefault', 'String', { io: 'out' }),
    ] });
    // when
    const { run: result } = run(flow, { inputs: { n: '7', d: '2025-02-03T10:00:00Z', list: ['x', 'y'], rec: { Id: '001A', Name: 'Acme' } } });
    // then
    expect(result.outputs).toEqual({ outN: 7, outD: '2025-02-03', outList: ['x', 'y'], outRec: { Id: '001A', Name: 'Acme' }, outDefault: 'dflt' });
  });

  it('variables: an input that is not an input variable, or of the wrong type, faults the run with a clear message', () => {
    // given
    const flow = flowOf([], { variables: [variable('n', 'Number', { io: 'in' }), variable('secret', 'String')] });
    // when / then
    expect(run(flow, { inputs: { secret: 'x' } }).run.fault?.message).toBe('"secret" is not an input variable of this flow (its inputs: n)');
    expect(run(flow, { inputs: { n: 'ten' } }).run.fault?.message).toBe('input n: "ten" is not a valid Number');
  });

  it('constants and formulas: a formula reads variables and constants and is typed', () => {
    // given
    const flow = flowOf([copy(['total', 'Total_With_Tax'], ['label', 'Label_Text'])], {
      variables: [variable('amount', 'Currency', { io: 'in' }), variable('total', 'Currency', { io: 'out' }), variable('label', 'String', { io: 'out' })],
      constants: [{ name: 'TAX', dataType: 'Number', value: { number: 0.2 } }],
      formulas: [{ name: 'Total_With_Tax', dataType: 'Currency', expression: '{!amount} * (1 + {!TAX})' }, { name: 'Label_Text', dataType: 'String', expression: 'IF({!amount} > 100, "big", "small") & " order"' }],
    });
    // when / then
    expect(run(flow, { inputs: { amount: 200 } }).run.outputs).toEqual({ total: 240, label: 'big order' });
  });

  it('formulas: an unknown function stops the run as unsupported, naming the function and the flow file', () => {
    // given
    const flow = flowOf([copy(['out', 'Weird'])], { variables: [variable('out', 'String', { io: 'out' })], formulas: [{ name: 'Weird', dataType: 'String', expression: 'GETSESSIONID()' }] });
    // when
    const { run: result } = run(flow, { file: 'flows/Test_Flow.flow-meta.xml' });
    // then
    expect(result).toMatchObject({ status: 'unsupported', file: 'flows/Test_Flow.flow-meta.xml', unsupported: { element: 'Copy', function: 'GETSESSIONID' } });
  });

  it('textTemplates: merge fields are replaced by their values', () => {
    // given
    const flow = flowOf([copy(['body', 'Greeting'])], {
      variables: [variable('name', 'String', { io: 'in' }), variable('body', 'String', { io: 'out' })],
      textTemplates: [{ name: 'Greeting', text: 'Dear {!name}, today is {!$Flow.CurrentDate}.' }],
    });
    // when / then
    expect(run(flow, { inputs: { name: 'Ann' }, now: 86_400_000 }).run.outputs.body).toBe('Dear Ann, today is 2025-01-07.');
  });
});

describe('globals', () => {
  it('$User reads the run-as user from the org; $Flow.CurrentDateTime the virtual clock; $GlobalConstant the constants', () => {
    // given
    const org = orgWith({ User: [{ Id: '005A', Username: 'jdoe', Email: 'jdoe@example.com' }] });
    const flow = flowOf([copy(['email', '$User.Email'], ['at', '$Flow.CurrentDateTime'], ['yes', '$GlobalConstant.True'])], {
      variables: [variable('email', 'String', { io: 'out' }), variable('at', 'DateTime', { io: 'out' }), variable('yes', 'Boolean', { io: 'out' })],
    });
    // when
    const { run: result } = run(flow, { org, runAs: { user: 'jdoe' }, now: 90_000, startAt: '2025-03-09T14:00:00Z' });
    // then
    expect(result.outputs).toEqual({ email: 'jdoe@example.com', at: '2025-03-09T14:01:30Z', yes: true });
  });

  it('$Record reads the triggering record as the org holds it now (after the flow updates it), relationships included', () => {
    // given
    const org = orgWith({ User: [{ Id: '005A', Email: 'owner@example.com' }], Case: [{ Id: '500A', Status: 'New', OwnerId: '005A' }] });
    const flow = flowOf(chain(
      { kind: 'recordUpdate', name: 'Close', inputReference: '$Record', filters: [{ field: 'Status', operator: 'EqualTo', value: { string: 'New' } }], inputAssignments: [{ name: 'Status', value: { string: 'Closed' } }] },
      copy(['status', '$Record.Status'], ['owner', '$Record.Owner.Email']),
    ), { variables: [variable('status', 'String', { io: 'out' }), variable('owner', 'String', { io: 'out' })] });
    // when
    const { run: result } = run(flow, { org, record: { object: 'Case', fields: { Id: '500A', Status: 'New', OwnerId: '005A' } } });
    // then
    expect(result.outputs).toEqual({ status: 'Closed', owner: 'owner@example.com' });
    expect(result.recordChanges[0]).toMatchObject({ operation: 'update', id: '500A', before: { Status: 'New' }, after: { Status: 'Closed' } });
  });

  it('a global the simulator does not provide stops the run, naming the reference', () => {
    // given
    const flow = flowOf([copy(['out', '$Label.Greeting'])], { variables: [variable('out', 'String')] });
    // when / then
    expect(run(flow).run.unsupported).toMatchObject({ element: 'Copy', reference: '$Label.Greeting' });
  });

  it('$Setup reads a custom setting from the org\'s record of that object; without one it stops the run, saying what to give', () => {
    // given: a flow that copies $Setup.Notification_Settings__c.Send_Email__c
    const flow = flowOf([copy(['out', '$Setup.Notification_Settings__c.Send_Email__c'])], { variables: [variable('out', 'Boolean', { io: 'out' })] });
    const org = orgWith({ Notification_Settings__c: [{ Id: 'a0A000000000001AAA', Send_Email__c: true }] });
    // when / then
    expect(run(flow, { org }).run.outputs.out).toBe(true);
    expect(run(flow).run.unsupported).toMatchObject({ element: 'Copy', reference: '$Setup.Notification_Settings__c.Send_Email__c',
      message: "{!$Setup.Notification_Settings__c.Send_Email__c} reads the custom setting Notification_Settings__c, which the simulated org does not have (give a record of Notification_Settings__c in the scenario's records)" });
  });

  it('an element kind the simulator does not run stops the run, naming the element and its kind', () => {
    // given
    const flow = flowOf([{ kind: 'unsupported', name: 'Call_Plugin', tag: 'apexPluginCalls' }]);
    // when / then
    expect(run(flow).run).toMatchObject({ status: 'unsupported', unsupported: { element: 'Call_Plugin', kind: 'apexPluginCalls', message: 'Call_Plugin is an element of kind apexPluginCalls, which the simulator does not run' } });
  });

  it('formulas: a field of a null record variable fails the formula saying the record is null, as a decision on it does (not "unknown reference")', () => {
    // given: a formula on curCase.Subject while curCase was never given
    const flow = flowOf([copy(['out', 'Slug'])], {
      variables: [variable('out', 'String', { io: 'out' }), variable('curCase', 'SObject', { objectType: 'Case', io: 'in' })],
      formulas: [{ name: 'Slug', dataType: 'String', expression: 'LOWER({!curCase.Subject})' }],
    });
    // when / then
    expect(run(flow).run.fault?.message).toBe('formula Slug: the flow failed to access the value for {!curCase.Subject}: curCase has no record (it is null)');
    expect(run(flow, { inputs: { curCase: { Subject: 'Printer' } } }).run.outputs.out).toBe('printer');
  });
});
