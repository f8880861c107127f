import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkExpectations } from '../../player/expectations';
import { runScenario } from '../../verify/runScenario';
import type { Expectation, Orchestration, Scenario } from '../../model/types';
import type { ExpectationResult } from '../../player/expectations';
import { labelsOf, resultInWords } from './expectationWords';

const doc = {
  name: 'Onboarding', label: 'Onboarding', apiVersion: 63,
  stages: [{ name: 'Settle_In', label: 'Settle in', steps: [{ name: 'Buddy', label: 'Assign buddy', kind: 'background' }] }],
} as unknown as Orchestration;

const result = (expectation: Expectation, actual: string, why: string | null): ExpectationResult =>
  ({ expectation, pass: false, expected: '', actual, why, detail: '' });

describe('resultInWords', () => {
  it('keeps the engine\'s why as written, but for statuses and times: "evaluation flow" is not an evaluation event of a stage "flow"', () => {
    // given a step that never started because its evaluation flow returned false (Onboarding's Buddy)
    const why = 'evaluation flow "Hire_Confirmed" returns false: row 1: hire.Confirmed is false, needs Equals true; none came after the last evaluation at 0 ms';
    // when
    const words = resultInWords(result({ kind: 'stepStatus', step: 'Buddy', status: 'Completed' }, 'it is NotStarted', why), doc);
    // then
    expect(words).toBe('Step “Assign buddy” ends Completed; it is Not started (evaluation flow "Hire_Confirmed" returns false: row 1: hire.Confirmed is false, needs Equals true; none came after the last evaluation at 0 ms)');
  });

  it('still names the check\'s own events as the Expected outcome list does', () => {
    const order: Expectation = { kind: 'order', first: { type: 'evaluation', element: 'Settle_In' }, then: { type: 'stepStarted', element: 'Buddy' } };
    expect(resultInWords(result(order, 'stepStarted Buddy at 0 ms, evaluation Settle_In at 5000 ms', null), doc))
      .toBe('Conditions are checked in stage “Settle in” before step “Assign buddy” starts; step “Assign buddy” starts at 0 ms, conditions are checked in stage “Settle in” at 5 s');
  });
});

describe('resultInWords: what the run did, named as the expectation names it', () => {
  const routed = {
    ...doc,
    decisions: [{ name: 'Route', label: 'Large order?', outcomes: [{ name: 'Yes_1', label: 'Yes', next: null }, { name: 'No_1', label: 'No', next: null }, { name: 'Later', label: 'evaluation later', next: null }], defaultNext: null }],
  } as unknown as Orchestration;

  it('a value set by a field’s name is one target, not “hire is set.Confirmed”', () => {
    // given an order expectation about a record field set, which the check names by its path
    const order: Expectation = { kind: 'order', first: { type: 'variableSet', element: 'hire.Confirmed' }, then: { type: 'stepStarted', element: 'Buddy' } };
    // when
    const at = resultInWords(result(order, 'variableSet hire.Confirmed at 3000 ms (event #5), stepStarted Buddy at 0 ms (event #2)', null), routed);
    const global: Expectation = { kind: 'order', first: { type: 'variableSet', element: '$Record.Status' }, then: { type: 'stepStarted', element: 'Buddy' } };
    const never = resultInWords(result(global, 'variableSet $Record.Status never happened', null), routed);
    // then
    expect(at).toBe('hire.Confirmed is set before step “Assign buddy” starts; hire.Confirmed is set at 3 s (event #5), step “Assign buddy” starts at 0 ms (event #2)');
    expect(never).toBe('$Record.Status is set before step “Assign buddy” starts; $Record.Status is set never happened');
  });

  it('the outcome a decision took by its label, as the expectation names the one expected', () => {
    const decision: Expectation = { kind: 'decision', decision: 'Route', outcome: 'Yes_1' };
    expect(resultInWords(result(decision, 'it took outcome No_1 (the last of 2 times)', null), routed))
      .toBe('Decision “Large order?” takes outcome “Yes”; it took outcome “No” (the last of 2 times)');
    // a label is said as written, even one holding a word the check names events with
    expect(resultInWords(result(decision, 'it took outcome Later', null), routed))
      .toBe('Decision “Large order?” takes outcome “Yes”; it took outcome “evaluation later”');
  });

  it('an outcome’s API name is looked up as the check wrote it, not after statuses and events were reworded in it', () => {
    // given outcomes whose API names are words the check's account is reworded by (a status, an event type)
    const worded = {
      ...doc,
      decisions: [{ name: 'Route', label: 'Large order?', outcomes: [{ name: 'InProgress', label: 'Still open', next: null }, { name: 'evaluation', label: 'Review', next: null }], defaultNext: null }],
    } as unknown as Orchestration;
    const decision: Expectation = { kind: 'decision', decision: 'Route', outcome: 'evaluation' };
    // when / then: each is said by its label ("it took outcome “In” progress" before)
    expect(resultInWords(result(decision, 'it took outcome InProgress (the last of 2 times)', null), worded))
      .toBe('Decision “Large order?” takes outcome “Review”; it took outcome “Still open” (the last of 2 times)');
    expect(resultInWords(result({ ...decision, outcome: 'InProgress' }, 'it took outcome evaluation', null), worded))
      .toBe('Decision “Large order?” takes outcome “Still open”; it took outcome “Review”');
  });

  it('a value set named first keeps its name’s case: the sentence does not capitalise “hire” into “Hire”', () => {
    const order: Expectation = { kind: 'order', first: { type: 'variableSet', element: 'hire.Confirmed' }, then: { type: 'stepStarted', element: 'Buddy' } };
    const unnamed: Expectation = { kind: 'order', first: { type: 'variableSet' }, then: { type: 'stepStarted', element: 'Buddy' } };
    expect(resultInWords(result(order, 'stepStarted Buddy at 0 ms', null), routed)).toMatch(/^hire\.Confirmed is set before step “Assign buddy” starts; /);
    expect(resultInWords(result(unnamed, 'stepStarted Buddy at 0 ms', null), routed)).toMatch(/^A value is set before step “Assign buddy” starts; /);
  });

  it('how a step ran, in the run-as words of the expectation', () => {
    const runAs: Expectation = { kind: 'runAs', step: 'Buddy', user: 'jdoe', context: 'user', access: 'withSharing' };
    expect(resultInWords(result(runAs, 'it ran as jdoe (system, withoutSharing)', null), routed))
      .toBe('Step “Assign buddy” runs as jdoe (user context, with sharing); it ran as jdoe (system context, without sharing)');
    expect(resultInWords(result(runAs, 'it ran as jdoe (user, own access)', null), routed))
      .toBe('Step “Assign buddy” runs as jdoe (user context, with sharing); it ran as jdoe (user context, its own access)');
  });
});

describe('resultInWords: why a step never started, in an admin\'s words with labels', () => {
  const loan = JSON.parse(readFileSync('public/samples/loan-approval.json', 'utf8')) as Orchestration;
  const smallLoan = JSON.parse(readFileSync('public/samples/loan-approval.scenario.json', 'utf8')) as Scenario;

  it('a step whose stage never started: "stage “Funding” never started", not the check\'s \'its stage never started (stage "Funding")\'', () => {
    // given the loan sample's run of its scenario, in which Funding never starts (the credit check fails)
    const { trace } = runScenario(loan, smallLoan);
    const stageOfStep = new Map(loan.stages.flatMap((stage) => stage.steps.map((step) => [step.name, stage.name] as const)));
    const expected: Expectation[] = [
      { kind: 'notStarted', step: 'Fund_Loan', why: 'stage never started' },
      { kind: 'stepStatus', step: 'Fund_Loan', status: 'Completed' },
    ];
    // when its expectations are checked and said
    const [notStarted, status] = checkExpectations(expected, { trace, stageOfStep }).map((r) => resultInWords(r, loan));
    // then the stage is named by its label, as the expectation names the step: it read 'Step “Disburse funds”
    // never starts, because "stage never started"; it never started (its stage never started (stage "Funding"))'
    expect(notStarted).toBe('Step “Disburse funds” never starts, because “stage never started”; it never started (stage “Funding” never started)');
    expect(status).toBe('Step “Disburse funds” ends Completed; it never ran (stage “Funding” never started)');
  });

  it('the engine\'s reason names steps and stages by label, its statuses and times as the run view says them; a flow keeps its name', () => {
    const labelled = { ...doc, stages: [{ ...doc.stages[0]!, steps: [...doc.stages[0]!.steps, { name: 'Intro', label: 'Meet the team', kind: 'background' }] }] } as unknown as Orchestration;
    const why = 'its stage "Settle_In" completed (at 5000 ms) before it started; waits for step "Intro" to be Completed (it is InProgress)';
    expect(resultInWords(result({ kind: 'notStarted', step: 'Buddy', why: 'waits for step "Intro"' }, 'it never started', why), labelled))
      .toBe('Step “Assign buddy” never starts, because “waits for step “Meet the team””; it never started (its stage “Settle in” completed (at 5 s) before it started; waits for step “Meet the team” to be Completed (it is In progress))');
    const flow = 'evaluation flow "Intro" returns false: row 1: hire.Confirmed is false, needs Equals true';
    expect(resultInWords(result({ kind: 'notStarted', step: 'Buddy' }, 'it never started', flow), labelled)).toBe(`Step “Assign buddy” never starts; it never started (${flow})`);
  });

  it('a value the run ended with is said as written, even one spelt as an element\'s name', () => {
    const value: Expectation = { kind: 'value', target: 'region', value: 'Buddy' };
    expect(resultInWords(result(value, 'it is "Buddy"', null), doc)).toBe('region ends "Buddy"; it is "Buddy"');
  });
});

describe('labels on a big design', () => {
  /** A design of `stages` × 50 labelled steps. */
  const big = (stages: number) => ({
    name: 'Big', label: 'Big', apiVersion: 63,
    stages: Array.from({ length: stages }, (_, s) => ({ name: `S${s}`, label: `Stage ${s}`, steps: Array.from({ length: 50 }, (_, i) => ({ name: `S${s}_T${i}`, label: `Step ${s}.${i}`, kind: 'background' })) })),
  } as unknown as Orchestration);

  it('are read once per document version, not once per row: 50 rows of a 10,000-step design said in well under a long task each', () => {
    // given a 10,000-step design and 50 checked expectations, as Run all or the run view lists them
    const doc = big(200);
    const rows = Array.from({ length: 50 }, (_, i) => result({ kind: 'stepStatus', step: `S${i}_T1`, status: 'Completed' }, 'it is NotStarted', null));
    // when
    const started = performance.now();
    const words = rows.map((r) => resultInWords(r, doc));
    const took = performance.now() - started;
    // then the words are the labels', and the design was read once (about 460 ms when read per row)
    expect(words[7]).toBe('Step “Step 7.1” ends Completed; it is Not started');
    expect(labelsOf(doc)).toBe(labelsOf(doc));
    expect(took).toBeLessThan(200);
    // and a new version of the design is read afresh
    const renamed = { ...doc, stages: [{ ...doc.stages[0]!, steps: [{ ...doc.stages[0]!.steps[0]!, label: 'Renamed' }, ...doc.stages[0]!.steps.slice(1)] }, ...doc.stages.slice(1)] };
    expect(labelsOf(renamed).get('S0_T0')).toBe('Renamed');
  });
});
