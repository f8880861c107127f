import { describe, expect, it } from 'vitest';
import { calledFlowNames, flowsReached } from './flowsReached';

const subflow = (name: string) => `<subflows><name>Call_${name}</name><flowName>${name}</flowName></subflows>`;
const action = (type: string, name: string) => `<actionCalls><name>Do_${name}</name><actionName>${name}</actionName><actionType>${type}</actionType></actionCalls>`;
const flow = (...calls: string[]) => `<Flow><processType>AutoLaunchedFlow</processType>${calls.join('')}</Flow>`;

describe('calledFlowNames: the flows a flow file calls', () => {
  it('subflows: a Subflow element calls its flowName; actionCalls: a flow action its actionName, other actions (Apex, email) none', () => {
    expect(calledFlowNames(flow(subflow('Child'), action('flow', 'Autolaunched_Helper'), action('apex', 'SendInvoice'), action('emailSimple', 'emailSimple')))).toEqual(['Child', 'Autolaunched_Helper']);
  });
});

describe('flowsReached: the flows one run can reach', () => {
  it('follows calls through the project\'s flows, each flow once (a circle ends), and passes over a name the project does not hold', () => {
    // given a root calling A (which calls B, which calls A again) and a flow the project lacks; C is called by nobody
    const texts = new Map([['A', flow(subflow('B'))], ['B', flow(action('flow', 'A'))], ['C', flow()]]);
    const root = flow(subflow('A'), subflow('Missing'));
    // then
    expect(flowsReached(root, texts)).toEqual([root, texts.get('A'), texts.get('B')]);
  });

  it('takes the project\'s own namespace prefix off a called name, as the run resolves it', () => {
    const texts = new Map([['Child', flow()]]);
    expect(flowsReached(flow(subflow('acme__Child')), texts, 'acme')).toHaveLength(2);
    expect(flowsReached(flow(subflow('other__Child')), texts, 'acme')).toHaveLength(1);
  });
});
