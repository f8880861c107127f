import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { asyncStep, bg, ia, lines, linesOf, orch, scenario, stage } from './testing/builders';

describe('steps', () => {
  it('R20: API ≥ 63 — a background step is async when its flow has an Action, Subflow or Wait, else sync', () => {
    const doc = orch([stage('S', [bg('Plain', { requiresAsync: true }), bg('Sub', { flow: 'WithSubflow' }), bg('Wait', { flow: 'WithWait' })])], {
      apiVersion: 63,
      flows: [
        { name: 'WithSubflow', type: 'autolaunched', active: true, elements: ['Subflow'] },
        { name: 'WithWait', type: 'autolaunched', active: true, elements: ['Assignment', 'Wait'] },
      ],
    });
    const trace = simulate(doc);
    expect(trace.steps.Plain?.mode).toBe('sync'); // requiresAsync is not read from 63
    expect(trace.steps.Sub?.mode).toBe('async');
    expect(trace.steps.Wait?.mode).toBe('async');
  });

  it('R20: API ≤ 62 — a background step is async exactly when requiresAsync is true', () => {
    const doc = orch([stage('S', [bg('Legacy', { requiresAsync: true }), bg('Action', { flow: 'Async' })])], { apiVersion: 62 });
    const trace = simulate(doc);
    expect(trace.steps.Legacy?.mode).toBe('async');
    expect(trace.steps.Action?.mode).toBe('sync');
  });

  it('R20: an interactive step is interactive and its work item is assigned when it starts', () => {
    const trace = simulate(orch([stage('S', [ia('Approve')])]));
    expect(trace.steps.Approve?.mode).toBe('interactive');
    expect(linesOf(trace, 'stepStarted', 'workItemAssigned')).toEqual(['0 stepStarted Approve', '0 workItemAssigned Approve']);
    expect(trace.events.find((e) => e.type === 'workItemAssigned')).toMatchObject({ assignee: 'mgr' });
  });

  it('R21: a sync step ends at once inside the pass; an async step ends after its duration, then a pass runs', () => {
    const doc = orch([stage('S', [bg('Now'), asyncStep('Later', { flow: 'Slow' }), asyncStep('Default', { flow: 'NoDuration' })])], {
      flows: [
        { name: 'Slow', type: 'autolaunched', active: true, elements: ['Action'], behavior: { durationMs: 2500 } },
        { name: 'NoDuration', type: 'autolaunched', active: true, elements: ['Action'] },
      ],
    });
    const trace = simulate(doc, scenario([], { steps: { Default: { durationMs: 40 } } }));
    expect(trace.steps.Now).toMatchObject({ startedAt: 0, endedAt: 0, mode: 'sync' });
    expect(trace.steps.Later).toMatchObject({ startedAt: 0, endedAt: 2500, mode: 'async' });
    expect(trace.steps.Default).toMatchObject({ endedAt: 40 }); // scenario override
    expect(linesOf(trace, 'stepCompleted', 'evaluation').slice(2)).toEqual([
      '40 stepCompleted Default', '40 evaluation S asyncStepCompleted', '2500 stepCompleted Later', '2500 evaluation S asyncStepCompleted',
    ]);
    // a flow without behaviour takes 1000 ms
    expect(simulate(doc).steps.Default?.endedAt).toBe(1000);
  });

  it('R22: an evaluation flow uses the scenario result, else its result, else its condition with inputs bound', () => {
    const doc = orch([stage('S', [
      bg('ByScenario', { start: { mode: 'evaluationFlow', flow: 'No' } }),
      bg('ByResult', { start: { mode: 'evaluationFlow', flow: 'Yes' } }),
      bg('ByInput', { start: { mode: 'evaluationFlow', flow: 'Big', inputs: { amount: 'order.Amount' } } }),
      bg('ByLiteral', { start: { mode: 'evaluationFlow', flow: 'Big', inputs: { amount: '5' } } }),
    ])], {
      variables: [{ name: 'order', type: 'Record', value: { Amount: 500 } }],
      flows: [{ name: 'Big', type: 'evaluation', active: true, inputs: ['amount'], condition: { requirements: [{ left: 'amount', operator: 'GreaterThan', right: { number: 100 } }] } }],
    });
    const trace = simulate(doc, scenario([], { evaluationFlows: { No: { result: true } } }));
    expect(trace.steps.ByScenario?.status).toBe('Completed');
    expect(trace.steps.ByResult?.status).toBe('Completed');
    expect(trace.steps.ByInput?.status).toBe('Completed');
    expect(trace.steps.ByLiteral?.status).toBe('NotStarted');
    expect(trace.steps.ByLiteral?.why).toBe('evaluation flow "Big" returns false: row 1: amount is 5, needs GreaterThan 100');
  });

  it('R23: an unattended work item closes after the screen flow duration, acting as the assignee', () => {
    const doc = orch([stage('S', [ia('Approve', { flow: 'Review' })])], {
      flows: [{ name: 'Review', type: 'screen', active: true, behavior: { durationMs: 1500 } }],
    });
    const trace = simulate(doc);
    expect(linesOf(trace, 'workItemCompleted', 'stepCompleted')).toEqual(['1500 workItemCompleted Approve', '1500 stepCompleted Approve']);
    expect(trace.events.find((e) => e.type === 'workItemCompleted')).toMatchObject({ by: 'mgr' });
    expect(trace.steps.Approve?.runAs).toEqual({ user: 'mgr', context: 'user', access: null });
  });

  it('R23: completeWorkItem closes a user item only for its assignee; group and queue items for anyone', () => {
    const doc = orch([stage('S', [ia('Mine'), ia('Team', { assignee: { type: 'queue', name: 'Support' } })])]);
    const sc = scenario([
      { at: 100, type: 'completeWorkItem', step: 'Mine', by: 'ann' },  // not the assignee: ignored
      { at: 200, type: 'completeWorkItem', step: 'Team', by: 'ann' },
      { at: 300, type: 'completeWorkItem', step: 'Mine', by: 'mgr' },
    ], { autoCompleteWorkItems: false });
    const trace = simulate(doc, sc);
    expect(linesOf(trace, 'workItemCompleted')).toEqual(['200 workItemCompleted Team', '300 workItemCompleted Mine']);
    expect(trace.steps.Team?.runAs?.user).toBe('ann');
  });

  it('R23: a queue item the simulator closes by itself is closed acting as the queue (docs/engine.md): by and runAs name it', () => {
    const doc = orch([stage('S', [ia('Team', { assignee: { type: 'queue', name: 'Support' } })])]);
    const trace = simulate(doc, scenario([]));
    expect(trace.events.find((e) => e.type === 'workItemCompleted')).toMatchObject({ step: 'Team', by: 'Support' });
    expect(trace.steps.Team?.runAs).toMatchObject({ user: 'Support', context: 'user' });
  });

  it('R23: with a completeWorkItem event pending for the step, or autoCompleteWorkItems false, nothing closes it by itself', () => {
    const doc = orch([stage('S', [ia('Approve')])]);
    const trace = simulate(doc, scenario([{ at: 5000, type: 'completeWorkItem', step: 'Approve' }]));
    expect(trace.steps.Approve?.endedAt).toBe(5000);
    const off = simulate(doc, scenario([], { autoCompleteWorkItems: false }));
    expect(off.steps.Approve?.status).toBe('InProgress');
    expect(off.run.stalled).toBe(true);
  });

  it('R23: with a custom completion, closing the work item does not complete the step; the condition does', () => {
    const doc = orch([stage('S', [ia('Approve', { complete: { mode: 'requirements', requirements: [{ left: 'ok', operator: 'EqualTo', right: { boolean: true } }] } })])], {
      variables: [{ name: 'ok', type: 'Boolean', value: false }],
    });
    const trace = simulate(doc, scenario([{ at: 3000, type: 'set', target: 'ok', value: true }]));
    expect(lines(trace).filter((l) => l.startsWith('1000'))).toEqual(['1000 workItemCompleted Approve', '1000 evaluation S workItemCompleted']);
    expect(trace.steps.Approve).toMatchObject({ status: 'Completed', endedAt: 3000 });
  });

  it('R24: on Completed, Step.Outputs.x becomes readable and outputs mappings copy into variables', () => {
    const doc = orch([stage('S', [
      asyncStep('Ship', { flow: 'Shipper', outputs: { trackingNo: 'tracking' } }),
      bg('Notify', { start: { mode: 'requirements', requirements: [{ left: 'Ship.Outputs.trackingNo', operator: 'StartsWith', right: { string: 'TRK' } }] } }),
      bg('Log', { start: { mode: 'requirements', requirements: [{ left: 'tracking', operator: 'EqualTo', right: { string: 'TRK-9' } }] } }),
    ])], {
      variables: [{ name: 'tracking', type: 'Text' }],
      flows: [{ name: 'Shipper', type: 'autolaunched', active: true, elements: ['Action'], outputs: ['trackingNo'], behavior: { durationMs: 100, outputs: { trackingNo: 'TRK-1' } } }],
    });
    const trace = simulate(doc, scenario([], { steps: { Ship: { outputs: { trackingNo: 'TRK-9' } } } }));
    expect(trace.steps.Notify).toMatchObject({ status: 'Completed', startedAt: 100 });
    expect(trace.steps.Log).toMatchObject({ status: 'Completed', startedAt: 100 });
  });

  it('R25: a step whose flow is missing or inactive fails as it starts, the message naming the flow', () => {
    const doc = orch([stage('S', [bg('Ghost', { flow: 'Nowhere' }), bg('Old', { flow: 'Retired' })], { faultNext: 'T' }), stage('T', [bg('Dead', { flow: 'Retired' })])], {
      flows: [{ name: 'Retired', type: 'autolaunched', active: false }],
    });
    const trace = simulate(doc);
    const errors = trace.events.filter((e) => e.type === 'stepErrored');
    expect(errors.map((e) => [e.step, e.message])).toEqual([['Ghost', 'flow "Nowhere" does not exist'], ['Dead', 'flow "Retired" is not active']]);
    expect(trace.steps.Ghost).toMatchObject({ status: 'Error', starts: 1, startedAt: 0, endedAt: 0 });
    expect(trace.run.status).toBe('Error');
  });

  it('R25: an inactive flow read from a project file is named with its file and status, as the validator names it', () => {
    const doc = orch([stage('S', [bg('Hold', { flow: 'Reserve' })])], {
      flows: [{ name: 'Reserve', type: 'autolaunched', active: false, source: { path: 'force-app/main/default/flows/Reserve.flow-meta.xml', status: 'InvalidDraft' } }],
    });
    const errors = simulate(doc).events.filter((e) => e.type === 'stepErrored');
    expect(errors.map((e) => e.message)).toEqual(['flow "Reserve" is not active (its file force-app/main/default/flows/Reserve.flow-meta.xml is an Invalid draft version)']);
  });
});
