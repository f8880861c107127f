import { describe, expect, it } from 'vitest';
import { scenario } from '../../engine/testing/builders';
import type { Expectation } from '../../model/types';
import { runScenario } from '../runScenario';
import { routedDesign } from '../testing/designs';
import { checkExpectation, checkExpectations } from './index';

// One run of the routed design with nothing special: Check (0–1000), Review (1000–2000), Route
// takes Big, Work runs as jdoe at 2000, Never does not start, the run completes at 2000.
const run = runScenario(routedDesign(), scenario([], { records: { Case: [{ Id: '500A', Status: 'New', Subject: 'Broken' }, { Id: '500B', Status: 'New', Subject: 'Slow' }] } }));

/** [expectation, passes?] pairs: every kind appears at least once passing and once failing. */
const CASES: Array<[string, Expectation, boolean]> = [
  ['stepStatus', { kind: 'stepStatus', step: 'Work', status: 'Completed' }, true],
  ['stepStatus', { kind: 'stepStatus', step: 'Never', status: 'Completed' }, false],
  ['stepStatus of a step whose stage never ran', { kind: 'stepStatus', step: 'Note', status: 'NotStarted' }, true],
  ['stepStatus NotStarted of a step the design does not have (a typo)', { kind: 'stepStatus', step: 'Nte', status: 'NotStarted' }, false],
  ['stageStatus', { kind: 'stageStatus', stage: 'Big_Stage', status: 'Completed' }, true],
  ['stageStatus', { kind: 'stageStatus', stage: 'Small_Stage', status: 'Completed' }, false],
  ['runStatus', { kind: 'runStatus', status: 'Completed', byMs: 2000 }, true],
  ['runStatus', { kind: 'runStatus', status: 'Completed', byMs: 1999 }, false],
  ['runStatus', { kind: 'runStatus', status: 'Error' }, false],
  ['notStalled', { kind: 'notStalled' }, true],
  ['runAs', { kind: 'runAs', step: 'Work', user: 'jdoe', context: 'system', access: 'withoutSharing' }, true],
  ['runAs', { kind: 'runAs', step: 'Review', user: 'mgr', context: 'user', access: null }, true],
  ['runAs', { kind: 'runAs', step: 'Check', user: 'jdoe' }, false],
  ['runAs', { kind: 'runAs', step: 'Work', user: 'jdoe', context: 'user' }, false],
  ['notStarted', { kind: 'notStarted', step: 'Never' }, true],
  ['notStarted', { kind: 'notStarted', step: 'Never', why: 'amount is 150' }, true],
  ['notStarted', { kind: 'notStarted', step: 'Never', why: 'amount is 151' }, false],
  ['notStarted', { kind: 'notStarted', step: 'Note', why: 'stage never started' }, true],
  ['notStarted', { kind: 'notStarted', step: 'Work' }, false],
  ['notStarted of a step the design does not have (a typo)', { kind: 'notStarted', step: 'Nte' }, false],
  ['order', { kind: 'order', first: { type: 'stepCompleted', element: 'Check' }, then: { type: 'stepStarted', element: 'Review' } }, true],
  ['order', { kind: 'order', first: { type: 'stepStarted', element: 'Work' }, then: { type: 'stepStarted', element: 'Check' } }, false],
  ['order', { kind: 'order', first: { type: 'decisionTaken', element: 'Route' }, then: { type: 'runCompleted' } }, true],
  ['order', { kind: 'order', first: { type: 'stepStarted', element: 'Note' }, then: { type: 'runCompleted' } }, false],
  ['stepTime', { kind: 'stepTime', step: 'Review', startedBy: 1000, endedBy: 2000 }, true],
  ['stepTime', { kind: 'stepTime', step: 'Review', endedBy: 1999 }, false],
  ['stepTime', { kind: 'stepTime', step: 'Never', startedBy: 5000 }, false],
  ['decision', { kind: 'decision', decision: 'Route', outcome: 'Big' }, true],
  ['decision', { kind: 'decision', decision: 'Route', outcome: null }, false],
  ['value', { kind: 'value', target: 'checkResult', value: 'ok' }, true],
  ['value', { kind: 'value', target: 'order.status', value: 'Draft' }, true],
  ['value', { kind: 'value', target: 'amount', value: '150' }, false],
  ['value', { kind: 'value', target: 'nothing', value: null }, false],
  ['recordField', { kind: 'recordField', object: 'Case', id: '500B', field: 'Subject', value: 'Slow' }, true],
  ['recordField', { kind: 'recordField', object: 'Case', where: { subject: 'Broken' }, field: 'Status', value: 'New' }, true],
  ['recordField', { kind: 'recordField', object: 'Case', where: { Status: 'New' }, field: 'Status', value: 'New' }, false],
  ['recordField', { kind: 'recordField', object: 'Case', id: '500A', field: 'Status', value: 'Closed' }, false],
];

describe('checkExpectation: every kind, pass and fail, against a real run', () => {
  it.each(CASES)('%s: %j → %s', (_kind, expectation, passes) => {
    // when
    const result = checkExpectation(expectation, run);
    // then
    expect(result.pass, result.detail).toBe(passes);
  });

  it('covers every expectation kind both ways', () => {
    const kinds = (pass: boolean) => new Set(CASES.filter(([, , p]) => p === pass).map(([, e]) => e.kind));
    const all = ['stepStatus', 'stageStatus', 'runStatus', 'runAs', 'notStarted', 'order', 'stepTime', 'decision', 'value', 'recordField'];
    expect([...kinds(true)].sort()).toEqual([...all, 'notStalled'].sort());
    expect([...kinds(false)].sort()).toEqual(all.sort());
  });
});

describe('what a failure says', () => {
  it('expected vs actual, and the step\'s why when it never started', () => {
    const result = checkExpectation({ kind: 'stepStatus', step: 'Never', status: 'Completed' }, run);
    expect(result.expected).toBe('step Never ends Completed');
    expect(result.actual).toBe('it is NotStarted');
    expect(result.why).toMatch(/^its stage "Big_Stage" completed \(at 2000 ms\) before it started; .*row 1: amount is 150, needs LessThan 0$/);
    expect(result.detail).toBe(`expected step Never ends Completed; it is NotStarted (${result.why})`);
  });

  it('a step whose stage never started is named with its stage; a name the design lacks says so', () => {
    expect(checkExpectation({ kind: 'stepStatus', step: 'Note', status: 'Completed' }, run).actual).toBe('it never ran (its stage never started (stage "Small_Stage"))');
    expect(checkExpectation({ kind: 'notStarted', step: 'Nte' }, run).actual).toBe('the design has no step "Nte"');
    expect(checkExpectation({ kind: 'runAs', step: 'Nte', user: 'jdoe' }, run).actual).toBe('the design has no step "Nte"');
  });

  it.each<[Expectation, string]>([
    [{ kind: 'runAs', step: 'Check', user: 'jdoe' }, 'expected step Check runs as jdoe; it ran as $AutomatedProcessUser (system, withoutSharing)'],
    [{ kind: 'order', first: { type: 'stepStarted', element: 'Work' }, then: { type: 'stepStarted', element: 'Check' } }, 'expected stepStarted Work before stepStarted Check; stepStarted Work at 2000 ms (event #15), stepStarted Check at 0 ms (event #3)'],
    [{ kind: 'stepTime', step: 'Review', endedBy: 1999 }, 'expected step Review ends by 1999 ms; it started at 1000 ms and ended at 2000 ms (Completed)'],
    [{ kind: 'decision', decision: 'Route', outcome: null }, 'expected decision Route takes its default path; it took outcome Big'],
    [{ kind: 'value', target: 'amount', value: '150' }, 'expected amount ends "150"; it is 150'],
    [{ kind: 'recordField', object: 'Case', where: { Status: 'New' }, field: 'Status', value: 'New' }, 'expected Case record Status = "New": Status is "New"; 2 Case records match (give an id or a narrower where); the org has 2 Case records'],
  ])('%j', (expectation, detail) => {
    expect(checkExpectation(expectation, run).detail).toBe(detail);
  });

  it('from a trace alone, final values are unknown: value expectations fail and say so', () => {
    const [result] = checkExpectations([{ kind: 'value', target: 'checkResult', value: 'ok' }], run.trace);
    expect(result!.pass).toBe(false);
    expect(result!.actual).toMatch(/final values are not known/);
  });
});
