import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flowOf, variable } from '../../flows/interpreter/testing/build';
import type { FlowElement } from '../../flows/definition';
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration, Scenario } from '../../model/types';
import { actionSites, readOutput, showOutput, siteWords, withOutput, withStandIn } from './actionSites';

const action = (name: string, actionName: string, outputs: string[], faultConnector?: string): FlowElement => ({
  kind: 'actionCall', name, actionName, actionType: actionName === 'emailSimple' ? 'emailSimple' : 'apex',
  inputParameters: [], outputParameters: outputs.map((o) => ({ name: o, ref: `v_${o}` })),
  ...(faultConnector ? { faultConnector } : {}),
});

function withFlows(definitions: Record<string, unknown>): Orchestration {
  return {
    ...emptyOrchestration(),
    flows: Object.entries(definitions).map(([name, definition]) => ({ name, type: 'autolaunched' as const, active: true, definition })),
  } as Orchestration;
}

describe('the actions the project flows call', () => {
  it('lists each action element once, merged over the flows that have it, with its outputs and fault path', () => {
    const doc = withFlows({
      Notify: flowOf([action('Send_Email', 'emailSimple', []), action('Score', 'ScoreLead', ['score'])], { variables: [variable('v_score', 'Number')] }),
      Notify_Again: flowOf([action('Send_Email', 'emailSimple', [], 'Log_Failure')]),
      Broken: { elements: 'not a definition' },
    });
    expect(actionSites(doc)).toEqual([
      { element: 'Score', actionName: 'ScoreLead', actionType: 'apex', outputs: ['score'], flows: ['Notify'], hasFaultPath: false },
      { element: 'Send_Email', actionName: 'emailSimple', actionType: 'emailSimple', outputs: [], flows: ['Notify', 'Notify_Again'], hasFaultPath: true },
    ]);
  });

  it('says an action whose type and name are the same word once, and both when they differ', () => {
    // given an email action (type and name emailSimple) and an Apex action in two flows
    const doc = withFlows({
      Escalate_Case: flowOf([action('Email_Support_Manager', 'emailSimple', [])]),
      Score: flowOf([action('Score_It', 'ScoreCase', ['score'])]),
      Rescore: flowOf([action('Score_It', 'ScoreCase', ['score'])]),
    });
    // when the rows are worded
    const words = actionSites(doc).map(siteWords);
    // then emailSimple is said once, and the Apex action keeps its type before its name
    expect(words).toEqual(['emailSimple, in Escalate_Case', 'apex ScoreCase, in Score, Rescore']);
  });

  it('finds none in a design whose flows are stand-ins (no definitions)', () => {
    expect(actionSites({ ...emptyOrchestration(), flows: [{ name: 'F', type: 'autolaunched', active: true }] })).toEqual([]);
  });

  it('reads an output as typed: numbers and true/false as such, empty as no value, the rest as text', () => {
    expect([readOutput('87'), readOutput('-2.5'), readOutput('true'), readOutput(''), readOutput('  '), readOutput('A-12')]).toEqual([87, -2.5, true, null, null, 'A-12']);
    fc.assert(fc.property(fc.oneof(fc.integer(), fc.boolean(), fc.string().filter((t) => t.trim() !== '' && readOutput(t) === t)), (value) => {
      expect(readOutput(showOutput(value))).toEqual(value);
    }));
  });

  it('keeps a scenario without stand-ins free of an empty `actions`', () => {
    const base: Scenario = { format: 'stageflow.scenario', version: 1 };
    const failing = withStandIn(base, 'Send_Email', { fault: 'mailbox full' });
    expect(failing.actions).toEqual({ Send_Email: { fault: 'mailbox full' } });
    expect(withStandIn(failing, 'Send_Email', null)).toEqual(base);
  });

  it('keeps a name like "__proto__" from a project file as a plain key, never the prototype', () => {
    const base: Scenario = { format: 'stageflow.scenario', version: 1 };
    const odd = withStandIn(base, '__proto__', { fault: 'x' });
    expect(Object.getPrototypeOf(odd.actions)).toBe(Object.prototype);
    expect(Object.keys(odd.actions!)).toEqual(['__proto__']);
    const outputs = withOutput({}, '__proto__', 1);
    expect(Object.getPrototypeOf(outputs)).toBe(Object.prototype);
    expect(Object.keys(outputs)).toEqual(['__proto__']);
  });
});
