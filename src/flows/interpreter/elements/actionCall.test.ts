import { describe, expect, it } from 'vitest';
import type { FlowElement } from '../../definition';
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
});
