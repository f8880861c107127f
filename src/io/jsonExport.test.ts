import { describe, expect, it } from 'vitest';
import { orchestration, scenario } from '../model/testing/fixtures';
import type { Trace } from '../model/types';
import { exportOrchestration, exportScenario, exportTrace } from './jsonExport';

describe('exportOrchestration', () => {
  it('writes FORMAT.md key order, then other keys alphabetically, 2-space indent and a final newline', () => {
    // given a document whose keys are in a scrambled order, with two unknown fields
    const doc = orchestration();
    const scrambled = { zeta: 1, stages: [{ steps: [{ runAs: { mode: 'default' }, kind: 'background', name: 'A', flow: 'Do_Work' }], name: 'Main' }], alpha: true, version: 1, format: 'stageflow.orchestration', name: doc.name } as unknown as typeof doc;
    // when
    const text = exportOrchestration(scrambled);
    // then
    expect(text).toBe(`{
  "format": "stageflow.orchestration",
  "version": 1,
  "name": "Test_Orchestration",
  "stages": [
    {
      "name": "Main",
      "steps": [
        {
          "name": "A",
          "kind": "background",
          "flow": "Do_Work",
          "runAs": {
            "mode": "default"
          }
        }
      ]
    }
  ],
  "alpha": true,
  "zeta": 1
}
`);
  });

  it('keeps the order of user-keyed maps (inputs, layout)', () => {
    const doc = orchestration({ layout: { Zed: { y: 2, x: 1 }, Alpha: { x: 0, y: 0 } } });
    const text = exportOrchestration(doc);
    expect(text.indexOf('"Zed"')).toBeLessThan(text.indexOf('"Alpha"'));
    expect(text).toContain('"Zed": {\n      "x": 1,\n      "y": 2\n    }');
  });
});

describe('exportScenario and exportTrace', () => {
  it('order scenario events as FORMAT.md does', () => {
    const text = exportScenario(scenario({ events: [{ value: true, target: 'order.Paid', type: 'set', at: 5 }], name: 'n' }));
    expect(JSON.parse(text)).toEqual({ format: 'stageflow.scenario', version: 1, name: 'n', events: [{ at: 5, type: 'set', target: 'order.Paid', value: true }] });
    expect(Object.keys(JSON.parse(text).events[0])).toEqual(['at', 'type', 'target', 'value']);
  });

  it('order trace steps and events as FORMAT.md does', () => {
    const trace = {
      events: [{ type: 'runStarted', t: 0, seq: 0 }], steps: { A: { why: null, starts: 1, endedAt: 5, startedAt: 0, runAs: { access: null, context: 'user', user: 'jdoe' }, mode: 'sync', status: 'Completed', stage: 'S' } },
      stages: {}, run: { transitions: 3, endedAt: 5, stalled: false, status: 'Completed' }, version: 1, format: 'stageflow.trace',
    } as Trace;
    const parsed = JSON.parse(exportTrace(trace));
    expect(Object.keys(parsed)).toEqual(['format', 'version', 'run', 'stages', 'steps', 'events']);
    expect(Object.keys(parsed.steps.A)).toEqual(['stage', 'status', 'mode', 'runAs', 'startedAt', 'endedAt', 'starts', 'why']);
    expect(Object.keys(parsed.steps.A.runAs)).toEqual(['user', 'context', 'access']);
    expect(Object.keys(parsed.events[0])).toEqual(['seq', 't', 'type']);
  });
});
