import { describe, expect, it } from 'vitest';
import { simulate } from './index';
import { asyncStep, bg, orch, scenario, stage } from './testing/builders';
import { explainAt, stageWhyAt } from './whyAt';

const paidRow = { left: 'order.Paid', operator: 'EqualTo' as const, right: { boolean: true } };
const order = { name: 'order', type: 'Record' as const, object: 'Order', value: { Paid: false } };

describe('stageWhyAt: the exit condition as of a moment of the run', () => {
  it('R5: allStepsCompleted lists the steps with their status at that moment', () => {
    // given A runs for a while, B completes at once
    const doc = orch([stage('S', [asyncStep('A'), bg('B')])]);
    const trace = simulate(doc);
    const bDone = trace.events.findIndex((e) => e.type === 'stepCompleted' && e.step === 'B');
    // when
    const why = stageWhyAt(doc, undefined, bDone, 'S');
    // then
    expect(why).toMatchObject({ kind: 'stage', stage: 'S', status: 'InProgress', blocker: null });
    expect(why!.exit).toEqual({ mode: 'allStepsCompleted', holds: false, steps: [{ name: 'A', status: 'InProgress' }, { name: 'B', status: 'Completed' }] });
    // and at the end of the run the stage has completed and its condition held
    expect(stageWhyAt(doc, undefined, trace.events.length - 1, 'S')).toMatchObject({ status: 'Completed', exit: { holds: true } });
  });

  it('R5: exit requirements with custom logic are read row by row with the values of that moment', () => {
    // given a stage that exits on "1 AND (2 OR 3)": order.Paid and one of A, B completed
    const doc = orch([stage('S', [asyncStep('A'), asyncStep('B', { start: { mode: 'requirements', logic: 'and', requirements: [paidRow] } })], {
      exit: {
        mode: 'requirements',
        logic: '1 AND (2 OR 3)',
        requirements: [paidRow, { left: 'A.Status', operator: 'EqualTo', right: { string: 'Completed' } }, { left: 'B.Status', operator: 'EqualTo', right: { string: 'Completed' } }],
      },
    })], { variables: [order] });
    const s = scenario([{ at: 5000, type: 'set', target: 'order.Paid', value: true }]);
    const trace = simulate(doc, s);
    const aDone = trace.events.findIndex((e) => e.type === 'stepCompleted' && e.step === 'A');
    // when: A has completed, the order is not paid yet
    const why = stageWhyAt(doc, s, aDone, 'S');
    // then: row 1 is not met, row 2 is, row 3 is not; the logic is kept as written
    expect(why!.exit).toMatchObject({
      mode: 'requirements',
      holds: false,
      logic: { kind: 'custom', text: '1 AND (2 OR 3)', error: null },
      rows: [{ row: 1, value: 'false', holds: false }, { row: 2, value: 'Completed', holds: true }, { row: 3, holds: false }],
    });
    expect(trace.stages.S!.status).toBe('Completed');
  });

  it('R5 / R22: an exit evaluation flow gives its result and its rows', () => {
    // given a stage whose exit flow reads the record, which never changes
    const doc = orch([stage('S', [bg('A')], { exit: { mode: 'evaluationFlow', flow: 'Is_Paid' } })], {
      variables: [order],
      flows: [{ name: 'Is_Paid', type: 'evaluation', active: true, condition: { logic: 'and', requirements: [paidRow] } }],
    });
    const trace = simulate(doc);
    // when
    const why = stageWhyAt(doc, undefined, trace.events.length - 1, 'S');
    // then
    expect(trace.run.stalled).toBe(true);
    expect(why).toMatchObject({ status: 'InProgress', exit: { mode: 'evaluationFlow', holds: false, flow: 'Is_Paid', source: 'condition', rows: [{ left: 'order.Paid', value: 'false', holds: false }] } });
  });

  it('R13: an exit flow that returns true after a change nothing re-checked says so (the stage does not complete)', () => {
    // given the record is paid at 5 s, which only the exit flow reads: no pass runs
    const doc = orch([stage('S', [asyncStep('A')], { exit: { mode: 'evaluationFlow', flow: 'Is_Paid' } })], {
      variables: [order],
      flows: [{ name: 'Is_Paid', type: 'evaluation', active: true, condition: { logic: 'and', requirements: [paidRow] } }],
    });
    const s = scenario([{ at: 5000, type: 'set', target: 'order.Paid', value: true }]);
    const trace = simulate(doc, s);
    // when
    const why = stageWhyAt(doc, s, trace.events.length - 1, 'S');
    // then it returns true, yet no event re-checked it, and the stage is still in progress
    expect(trace.stages.S!.status).toBe('InProgress');
    expect(why).toMatchObject({ status: 'InProgress', exit: { holds: true, recheck: { changed: { target: 'order.Paid', t: 5000 }, inThisPass: false } } });
  });

  it('R2: a stage not entered yet has no exit reading; explainAt tells a stage from a step', () => {
    const doc = orch([stage('First', [asyncStep('A')], { next: 'Second' }), stage('Second', [bg('B')])]);
    expect(stageWhyAt(doc, undefined, 0, 'Second')).toMatchObject({ kind: 'stage', status: null, exit: null });
    expect(stageWhyAt(doc, undefined, 0, 'Nope')).toBeNull();
    expect(explainAt(doc, undefined, 0, 'First')).toMatchObject({ kind: 'stage', stage: 'First' });
    expect(explainAt(doc, undefined, 0, 'B')).toMatchObject({ kind: 'step', step: 'B', blocker: 'stageNotStarted' });
  });
});
