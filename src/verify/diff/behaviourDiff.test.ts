import { describe, expect, it } from 'vitest';
import { bg } from '../../engine/testing/builders';
import type { Orchestration, Scenario } from '../../model/types';
import { runScenario } from '../runScenario';
import { routedDesign } from '../testing/designs';
import { describeSubject, diffBehaviour, type BehaviourChange } from './index';

/** The changes from `before` to `after` under `scenario`, as "subject: old | new" lines. */
function changes(before: Orchestration, after: Orchestration, scenario?: Scenario): string[] {
  const list = diffBehaviour(before, runScenario(before, scenario).trace, after, runScenario(after, scenario).trace);
  return list.map((c: BehaviourChange) => `${describeSubject(c)}: ${c.old} | ${c.new}${c.deltaMs !== undefined ? ` (${c.deltaMs > 0 ? '+' : ''}${c.deltaMs})` : ''}`);
}

function edit(change: (doc: Orchestration) => void): Orchestration {
  const doc = routedDesign();
  change(doc);
  return doc;
}

describe('diffBehaviour', () => {
  it('the same design behaves the same: no changes', () => {
    expect(changes(routedDesign(), routedDesign())).toEqual([]);
  });

  it('a slower flow: later starts and a later end, with how much later', () => {
    const slower = edit((doc) => { doc.flows!.find((f) => f.name === 'Checker')!.behavior!.durationMs = 3000; });
    expect(changes(routedDesign(), slower)).toEqual([
      'run ends: at 2000 ms | at 4000 ms (+2000)',
      'step Review starts: at 1000 ms | at 3000 ms (+2000)',
      'step Work starts: at 2000 ms | at 4000 ms (+2000)',
    ]);
  });

  it('a different run-as user', () => {
    const asDefault = edit((doc) => { doc.stages[1]!.steps[0]!.runAs = { mode: 'default' }; });
    expect(changes(routedDesign(), asDefault)).toEqual([
      'step Work runs as: jdoe (system, withoutSharing) | $AutomatedProcessUser (system, withoutSharing)',
    ]);
  });

  it('a different decision outcome: the other branch starts, this one never does, stage statuses change', () => {
    const higherBar = edit((doc) => { doc.decisions![0]!.outcomes[0]!.requirements[0]!.right = { number: 200 }; });
    expect(changes(routedDesign(), higherBar)).toEqual([
      'stage Big_Stage final status: Completed | never started',
      'step Work starts: at 2000 ms | never started',
      'stage Small_Stage final status: never started | Completed',
      'step Note starts: never started | at 2000 ms',
      'decision Route outcome: Big | default path',
    ]);
  });

  it('a changed final status and run status (a step that now fails, with no fault path)', () => {
    const failing = edit((doc) => { doc.flows!.push({ name: 'Broken', type: 'autolaunched', active: true, elements: ['Assignment'], behavior: { outcome: 'error' } }); doc.stages[1]!.steps[0]!.flow = 'Broken'; });
    expect(changes(routedDesign(), failing)).toEqual([
      'run final status: Completed | Error',
      'stage Big_Stage final status: Completed | Error',
      'step Work final status: Completed | Error',
    ]);
  });

  it('steps added and removed are named as such', () => {
    const reshaped = edit((doc) => { doc.stages[2]!.steps = [bg('Note_Two')]; });
    expect(changes(routedDesign(), reshaped)).toEqual([
      'step Note_Two exists: not in this version | present',
      'step Note exists: present | not in this version',
    ]);
  });
});

describe('diffBehaviour: a step that starts more than once', () => {
  it('compares every start, not only the latest: "starts 5 s earlier" would be false when it started at 0 ms in both', () => {
    // given a run, and the same run in which Check started once more, later (its stage entered again)
    const doc = routedDesign();
    const once = runScenario(doc).trace;
    const first = once.events.find((e) => e.type === 'stepStarted' && e.step === 'Check')!;
    const again = { ...first, seq: once.events.length, t: first.t + 5000 };
    const twice = { ...once, events: [...once.events, again], steps: { ...once.steps, Check: { ...once.steps.Check!, starts: 2, startedAt: again.t } } };
    // when
    const list = diffBehaviour(doc, twice, doc, once);
    // then
    const start = list.find((c) => c.element === 'Check' && c.aspect === 'start')!;
    expect(start).toEqual({ kind: 'step', element: 'Check', aspect: 'start', old: `at ${first.t} ms, then at ${again.t} ms`, new: `at ${first.t} ms` });
    expect(start.deltaMs).toBeUndefined();
  });
});
