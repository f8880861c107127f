import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
import { definitionOf, flowText } from '../../../io/flowXml/testing/flowText';
import { chain, flowOf, run, variable } from '../testing/build';

const email: FlowElement = {
  kind: 'actionCall', name: 'Send_Welcome', actionName: 'emailSimple', actionType: 'emailSimple',
  inputParameters: [{ name: 'emailAddresses', value: { ref: 'to' } }, { name: 'emailSubject', value: { string: 'Welcome {!to}' } }], outputParameters: [],
};

describe('actionCalls', () => {
  it('actionCalls: a standard action is a side effect with a sentence and its inputs, and succeeds', () => {
    // given / when
    const { run: result } = run(flowOf([email], { variables: [variable('to', 'String', { io: 'in' })] }), { inputs: { to: 'ann@example.com' } });
    // then
    expect(result.status).toBe('completed');
    expect(result.sideEffects).toEqual([{
      element: 'Send_Welcome', actionName: 'emailSimple', actionType: 'emailSimple', description: 'email to ann@example.com: "Welcome ann@example.com"',
      inputs: { emailAddresses: 'ann@example.com', emailSubject: 'Welcome ann@example.com' },
    }]);
  });

  it('actionCalls: Send Email as Flow Builder saves it now: recipientAddresses written as <collectionElements> (a text and a text collection give one list) and senderType beside its <inputConfiguratorMode>', () => {
    // given: the shape of the Send Email calls in ameyajoshirunwalgroup/SFDC-RunwalProd-1Oct
    const input = (name: string, value: string) => `<inputParameters><name>${name}</name><value>${value}</value></inputParameters>`;
    const definition = definitionOf(flowText(`<apiVersion>61.0</apiVersion><label>Mail</label><processType>AutoLaunchedFlow</processType>
<actionCalls><name>Send</name><label>Send</label><locationX>0</locationX><locationY>0</locationY><actionName>emailSimple</actionName><actionType>emailSimple</actionType>
${input('recipientAddresses', '<collectionElements><stringValue>ops@example.com</stringValue></collectionElements><collectionElements><elementReference>team</elementReference></collectionElements><collectionElements><elementReference>nobody</elementReference></collectionElements>')}
${input('senderType', '<inputConfiguratorMode>Custom</inputConfiguratorMode><stringValue>OrgWideEmailAddress</stringValue>')}
${input('emailSubject', '<stringValue>Failed</stringValue>')}</actionCalls>
<start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Send</targetReference></connector></start><status>Active</status>
<variables><name>team</name><dataType>String</dataType><isCollection>true</isCollection><isInput>true</isInput><isOutput>false</isOutput></variables>
<variables><name>nobody</name><dataType>String</dataType><isCollection>false</isCollection><isInput>false</isInput><isOutput>false</isOutput></variables>`));
    // when
    const result = run(definition, { inputs: { team: ['kim@example.com', 'lee@example.com'] } }).run;
    // then: every address in one list (the null variable adds none), the sender type as written
    expect(result.status).toBe('completed');
    expect(result.sideEffects[0]?.inputs).toEqual({
      recipientAddresses: ['ops@example.com', 'kim@example.com', 'lee@example.com'], senderType: 'OrgWideEmailAddress', emailSubject: 'Failed',
    });
    expect(result.sideEffects[0]?.description).toBe('email to ops@example.com, kim@example.com, lee@example.com: "Failed"');
  });

  it('actionCalls: a Chatter post is described with its subject and text', () => {
    // given
    const post: FlowElement = { kind: 'actionCall', name: 'Post', actionName: 'chatterPost', actionType: 'chatterPost', inputParameters: [{ name: 'subjectNameOrId', value: { string: '005X' } }, { name: 'text', value: { string: 'Done' } }], outputParameters: [] };
    // when / then
    expect(run(flowOf([post])).run.sideEffects[0]?.description).toBe('Chatter post on 005X: "Done"');
  });

  it('actionCalls: outputs are mocked per action name (or element name) and go to their variables; unmocked outputs are null', () => {
    // given
    const apex: FlowElement = { kind: 'actionCall', name: 'Score', actionName: 'ScoreLead', actionType: 'apex', inputParameters: [], outputParameters: [{ name: 'score', ref: 'score' }, { name: 'grade', ref: 'grade' }] };
    const flow = flowOf([apex], { variables: [variable('score', 'Number', { io: 'out' }), variable('grade', 'String', { io: 'out', value: { string: 'x' } })] });
    // when
    const byAction = run(flow, { actions: { ScoreLead: { outputs: { score: 87 } } } }).run;
    const byElement = run(flow, { actions: { ScoreLead: { outputs: { score: 1 } }, Score: { outputs: { score: 2, grade: 'B' } } } }).run;
    // then
    expect(byAction.outputs).toEqual({ score: 87, grade: null });
    expect(byElement.outputs).toEqual({ score: 2, grade: 'B' });
  });

  it('actionCalls: a mocked fault takes the fault connector, or faults the run', () => {
    // given
    const failing: FlowElement = { ...email, faultConnector: 'Log' };
    const log: FlowElement = { kind: 'assignment', name: 'Log', items: [{ ref: 'error', operator: 'Assign', value: { ref: '$Flow.FaultMessage' } }] };
    const vars = { variables: [variable('to', 'String'), variable('error', 'String', { io: 'out' })] };
    // when
    const caught = run(flowOf([failing, log], vars), { actions: { emailSimple: { fault: 'mailbox full' } } }).run;
    const uncaught = run(flowOf([email], vars), { actions: { Send_Welcome: { fault: 'mailbox full' } } }).run;
    // then
    expect(caught.outputs.error).toBe('Send_Welcome: mailbox full');
    expect(caught.sideEffects[0]?.fault).toBe('mailbox full');
    expect(uncaught.fault).toEqual({ message: 'Send_Welcome: mailbox full', element: 'Send_Welcome' });
  });

  it('actionCalls: outputs stored automatically are read as {!Element.output}', () => {
    // given
    const action: FlowElement = { kind: 'actionCall', name: 'Lookup', actionName: 'FindOwner', actionType: 'apex', inputParameters: [], outputParameters: [], storeOutputAutomatically: true };
    const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'owner', operator: 'Assign', value: { ref: 'Lookup.ownerName' } }] };
    // when
    const { run: result } = run(flowOf(chain(action, keep), { variables: [variable('owner', 'String', { io: 'out' })] }), { actions: { FindOwner: { outputs: { ownerName: 'Kim' } } } });
    // then
    expect(result.outputs.owner).toBe('Kim');
  });

  it('actionCalls: an action stored automatically that returns one value (an invocable method returning List<Datetime>) is read whole as {!Element}: its output named output, null unmocked', () => {
    // given: survey 15, navikt/crm-arbeidsgiver-base: a before-save trigger assigns {!Calculate_Due_Datetime}, an Apex
    // action's single result, to $Record fields; the same action stored manually names that result `output`
    const action: FlowElement = { kind: 'actionCall', name: 'Due_Date', actionName: 'BusinessDays', actionType: 'apex', inputParameters: [], outputParameters: [], storeOutputAutomatically: true };
    const keep: FlowElement = { kind: 'assignment', name: 'Keep', items: [{ ref: 'due', operator: 'Assign', value: { ref: 'Due_Date' } }, { ref: '$Record.Due__c', operator: 'Assign', value: { ref: 'Due_Date' } }] };
    const flow = flowOf(chain(action, keep), { variables: [variable('due', 'DateTime', { io: 'out' })] });
    const record = { object: 'Case', fields: { Id: '500000000000001AAA' } };
    // when
    const unmocked = run(flow, { record }).run;
    const mocked = run(flow, { record, actions: { BusinessDays: { outputs: { output: '2025-01-09T09:00:00.000Z' } } } }).run;
    // then: the value, not the map of outputs, which a field and a DateTime variable refused
    expect(unmocked.status).toBe('completed');
    expect(unmocked.outputs.due).toBeNull();
    expect(mocked.status).toBe('completed');
    expect(mocked.outputs.due).toBe('2025-01-09T09:00:00Z');
  });

  it('actionCalls: an input given as a setup record by name, <setupReference> (a routing action\'s service channel), is that name', () => {
    // given: survey 15, a routing flow of donalee-bw/sf-admin-repo routes work to the channel sfdc_phone so
    const definition = definitionOf(flowText(`<apiVersion>62.0</apiVersion><label>Route</label><processType>RoutingFlow</processType>
<actionCalls><name>Route_Call</name><label>Route</label><locationX>0</locationX><locationY>0</locationY><actionName>routeWork</actionName><actionType>routeWork</actionType>
<inputParameters><name>serviceChannelId</name><value><setupReference>sfdc_phone</setupReference><setupReferenceType>ServiceChannel</setupReferenceType></value></inputParameters></actionCalls>
<start><locationX>0</locationX><locationY>0</locationY><connector><targetReference>Route_Call</targetReference></connector></start><status>Active</status>`));
    // when
    const result = run(definition).run;
    // then: it stopped as "a value of kind setupReference is not evaluated", naming neither the input nor the channel
    expect(result.status).toBe('completed');
    expect(result.sideEffects[0]?.inputs).toEqual({ serviceChannelId: 'sfdc_phone' });
  });
});
