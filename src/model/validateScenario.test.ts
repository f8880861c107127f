import { describe, expect, it } from 'vitest';
import { describeProblems, interactiveStep, orchestration, scenario, stage, backgroundStep } from './testing/fixtures';
import { validateScenario } from './validateScenario';

const doc = orchestration({ stages: [stage('Main', [backgroundStep('Charge'), interactiveStep('Approve')])] });

describe('validateScenario', () => {
  it('accepts a scenario naming existing steps, flows and targets, with events in any order', () => {
    const s = scenario({
      steps: { Charge: { outcomes: ['error', 'success'] } },
      evaluationFlows: { Is_Ready: { result: false } },
      events: [
        { at: 5000, type: 'completeWorkItem', step: 'Approve', by: 'jdoe' },
        { at: 100, type: 'set', target: 'order.Paid', value: true },
        { at: 200, type: 'set', target: 'amount', value: 5 },
        { at: 300, type: 'set', target: 'order.Note', value: 'new field' },
      ],
    });
    expect(validateScenario(s, doc)).toEqual([]);
  });

  it('says a set without a value is missing its value (not "undefined does not have an allowed shape")', () => {
    expect(describeProblems(validateScenario({ format: 'stageflow.scenario', version: 1, events: [{ at: 1, type: 'set', target: 'amount' }] }, doc))).toEqual([
      'events[0].value: "value" is required',
    ]);
  });

  // FORMAT.md §5, one line per problem: a time out of bounds hid the unknown target (only the first line was given)
  it('reports its structure problems with paths, and a value out of bounds with the names it gets wrong', () => {
    expect(describeProblems(validateScenario({ format: 'stageflow.scenario', version: 1, events: [{ at: -1, type: 'set', target: 'x', value: 1 }] }, doc))).toEqual([
      'events[0].at: times start at 0',
      'events[0].target: unknown resource "x": nothing in this orchestration has this name (resources: amount, region, due, order)',
    ]);
    expect(describeProblems(validateScenario({ format: 'stageflow.scenario', version: 1, events: [{ at: 'soon', type: 'set', target: 'x', value: 1 }] }, doc))).toEqual([
      'events[0].at: "at" must be a number, not the text "soon"',
    ]);
  });

  // docs/decisions.md: a day that does not exist is an error wherever a value is typed; a set event's
  // value for a Date variable was let through, and the run then compared it as no date at all
  it('refuses a set of a Date variable to a day that does not exist', () => {
    const s = scenario({ events: [{ at: 10, type: 'set', target: 'due', value: '2025-02-30' }, { at: 20, type: 'set', target: 'due', value: '2024-02-29' }] });
    expect(describeProblems(validateScenario(s, doc))).toEqual(['events[0].value: "2025-02-30" is not a date: February 2025 has 28 days']);
  });

  // R24: a scenario's output copied into a variable that cannot hold it changed the variable's type
  it('warns about a step override output that the variable the step copies it into cannot hold (the run copies it as it is)', () => {
    const mapped = orchestration({ stages: [stage('Main', [backgroundStep('Charge', { outputs: { result: 'amount' } })])] });
    const s = scenario({ steps: { Charge: { outputs: { result: '5' } } } });
    expect(describeProblems(validateScenario(s, mapped))).toEqual(['steps.Charge.outputs.result: step "Charge" copies output "result" into amount: amount is a Number value and cannot be set to "5"; the run copies it as it is']);
    expect(validateScenario(s, mapped).map((p) => p.severity)).toEqual(['warning']);
    expect(validateScenario(scenario({ steps: { Charge: { outputs: { result: 5 } } } }), mapped)).toEqual([]);
    // an output the flow does not have is ignored by the run, which a typo would otherwise hide
    expect(describeProblems(validateScenario(scenario({ steps: { Charge: { outputs: { reslt: 5 } } } }), mapped))).toEqual(['steps.Charge.outputs.reslt: flow "Do_Work" of step "Charge" has no output "reslt" (outputs: result); it is ignored']);
  });

  it('refuses unknown steps, flows, work items and set targets', () => {
    const s = scenario({
      steps: { Charj: { outcome: 'error' } },
      evaluationFlows: { Nope: { result: true }, Do_Work: { result: true } },
      events: [
        { at: 1, type: 'completeWorkItem', step: 'Aprove' },
        { at: 2, type: 'completeWorkItem', step: 'Charge' },
        { at: 3, type: 'set', target: 'amout', value: 1 },
        { at: 4, type: 'set', target: 'amount', value: 'lots' },
        { at: 5, type: 'set', target: 'Charge.Status', value: 'Completed' },
        { at: 6, type: 'publishEvent', by: 'stranger' },
      ],
    });
    expect(describeProblems(validateScenario(s, doc))).toEqual([
      'steps.Charj: the orchestration has no step "Charj"',
      'evaluationFlows.Nope: the flow catalog has no flow "Nope"',
      'evaluationFlows.Do_Work: "Do_Work" is not an evaluation flow',
      'events[0].step: the orchestration has no step "Aprove"',
      'events[1].step: "Charge" is a background step: only interactive steps have work items',
      'events[2].target: unknown resource "amout": nothing in this orchestration has this name (did you mean "amount"?)',
      'events[3].value: amount is a Number value and cannot be set to "lots"',
      'events[4].target: "Charge.Status" cannot be set: a scenario sets a variable or a record field (record.Field)',
      'events[5].by: "stranger" is not among the orchestration\'s users',
    ]);
  });
});

describe('validateScenario: what a hand-written scenario gets wrong without an error', () => {
  it('warns about a field the format does not have, naming the one it most likely meant', () => {
    const typo = { ...scenario({ steps: { Charge: { outcome: 'error' } } }), evnts: [], steps: { Charge: { outcom: 'error' } }, events: [{ at: 1, type: 'publishEvent', bi: 'jdoe' }], notes: 'mine' };
    expect(describeProblems(validateScenario(typo, doc))).toEqual([
      'evnts: a scenario has no field "evnts"; it is ignored: did you mean "events"?',
      'notes: a scenario has no field "notes"; it is ignored',
      'steps.Charge.outcom: a step override has no field "outcom"; it is ignored: did you mean "outcome"?',
      'events[0].bi: a "publishEvent" event has no field "bi"; it is ignored: did you mean "by"?',
    ]);
  });

  it('warns about an expectation\'s mistyped field, an order expectation\'s events\' too: the expectation would check less and pass by accident', () => {
    // given "byMs" typed "bymS" (the run's end time then goes unchecked) and an order event's "element" typed "elemnt"
    const typo = { ...scenario(), expectations: [
      { kind: 'runStatus', status: 'Completed', bymS: 10 },
      { kind: 'order', first: { type: 'stepCompleted', elemnt: 'Charge' }, then: { type: 'runCompleted' } },
      { kind: 'notStalled' },
    ] };
    // when / then
    expect(describeProblems(validateScenario(typo, doc))).toEqual([
      'expectations[0].bymS: a "runStatus" expectation has no field "bymS"; it is ignored: did you mean "byMs"?',
      'expectations[1].first.elemnt: an event of an "order" expectation has no field "elemnt"; it is ignored: did you mean "element"?',
    ]);
  });

  it('names "element" for an order event\'s "step", "stage" or "decision": with it ignored the event is any of its type', () => {
    // given the step named as the other expectations name it ("step"): first then matches any step's completion
    const typo = { ...scenario(), expectations: [
      { kind: 'order', first: { type: 'stepCompleted', step: 'Charge' }, then: { type: 'stageCompleted', stage: 'Main' } },
    ] };
    // when / then
    expect(describeProblems(validateScenario(typo, doc))).toEqual([
      'expectations[0].first.step: an event of an "order" expectation has no field "step"; it is ignored: did you mean "element"?',
      'expectations[0].then.stage: an event of an "order" expectation has no field "stage"; it is ignored: did you mean "element"?',
    ]);
  });

  it('names the expectation kind a misspelt or miscased "kind" most likely meant, before its eleven choices', () => {
    // given a kind in the wrong case and one a letter off, and one like none of them
    const typo = { ...scenario(), expectations: [{ kind: 'runstatus', status: 'Completed' }, { kind: 'stepStatuss', step: 'Charge', status: 'Completed' }, { kind: 'eventually' }] };
    // when
    const messages = describeProblems(validateScenario(typo, doc));
    // then
    const choices = 'Choose one of stepStatus, stageStatus, runStatus, notStalled, runAs, notStarted, order, stepTime, decision, value, recordField';
    expect(messages).toEqual([
      `expectations[0].kind: "kind" cannot be the text "runstatus": did you mean "runStatus"? ${choices}`,
      `expectations[1].kind: "kind" cannot be the text "stepStatuss": did you mean "stepStatus"? ${choices}`,
      `expectations[2].kind: "kind" cannot be the text "eventually": c${choices.slice(1)}`,
    ]);
  });

  it('warns that a step given both outcome and outcomes takes outcomes, as the run does', () => {
    // given: FORMAT.md §3 offers one or the other
    const s = scenario({ steps: { Charge: { outcome: 'success', outcomes: ['error', 'success'] } } });
    // when / then
    expect(describeProblems(validateScenario(s, doc))).toEqual([
      'steps.Charge.outcome: step "Charge" is given both "outcome" and "outcomes": the run takes "outcomes" (one per start) and ignores "outcome"; keep one of them',
    ]);
    expect(validateScenario(scenario({ steps: { Charge: { outcome: 'error' } } }), doc)).toEqual([]);
  });

  it('warns that a work item completed by someone other than its user assignee stays open', () => {
    const approve = doc.stages[0]!.steps[1]!;
    expect(approve.assignee).toMatchObject({ type: 'user' });
    const other = 'gone'; // a user of the org, not the assignee (jdoe)
    const s = scenario({ events: [{ at: 5, type: 'completeWorkItem', step: 'Approve', by: other }, { at: 6, type: 'completeWorkItem', step: 'Approve', by: approve.assignee!.name }] });
    expect(describeProblems(validateScenario(s, doc))).toEqual([
      `events[0].by: "${other}" is not the assignee of "Approve" ("${approve.assignee!.name}"): only the assignee can complete the work item, so this event does nothing`,
    ]);
  });
});
