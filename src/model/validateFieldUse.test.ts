import { describe, expect, it } from 'vitest';
import { backgroundStep, DEFAULT_FLOWS, describeProblems, orchestration, warningsOf, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

describe('validateOrchestration: fields FORMAT.md gives to another kind of element', () => {
  it('warns that a background step\'s assignee and completion condition are ignored (interactive only)', () => {
    // given a background step carrying the two interactive-only fields
    const doc = withSteps(backgroundStep('Ship', { assignee: { type: 'user', name: 'jdoe' }, complete: { mode: 'screenFlowFinished' } }));
    // when / then
    expect(describeProblems(validateOrchestration(doc))).toEqual([
      'stages[0].steps[0].assignee: background step "Ship" has no work item, so its assignee is ignored (only interactive steps are assigned)',
      'stages[0].steps[0].complete: background step "Ship" completes when its flow finishes, so its completion condition is ignored (only interactive steps have one)',
    ]);
  });

  it('warns that a condition or result on a flow that is not an evaluation flow is ignored, except an autolaunched one before API 54', () => {
    // given an autolaunched flow with a fixed result and a screen flow with a condition
    const flows = [
      ...DEFAULT_FLOWS.filter((f) => f.name !== 'Do_Work'),
      { name: 'Do_Work', type: 'autolaunched' as const, result: true },
      { name: 'Extra_Screen', type: 'screen' as const, condition: { requirements: [] } },
    ];
    // when
    const problems = warningsOf(validateOrchestration(orchestration({ flows })));
    // then
    const index = flows.findIndex((f) => f.name === 'Do_Work');
    expect(describeProblems(problems)).toEqual([
      `flows[${index}].result: flow "Do_Work" is an autolaunched flow, so its result is ignored: only an evaluation flow answers whether a condition is met`,
      `flows[${flows.length - 1}].condition: flow "Extra_Screen" is a screen flow, so its condition is ignored: only an evaluation flow answers whether a condition is met`,
    ]);
    // before API 54 an autolaunched flow may answer a condition, so its result counts
    expect(describeProblems(warningsOf(validateOrchestration(orchestration({ flows, apiVersion: 53 })))).filter((p) => p.includes('Do_Work'))).toEqual([]);
  });

  it('warns about a record-triggered orchestration without its object', () => {
    // given
    const doc = orchestration({ trigger: { type: 'recordTriggered', triggeredBy: 'jdoe' } });
    // when / then
    expect(describeProblems(warningsOf(validateOrchestration(doc)))).toContain(
      'trigger.object: a record-triggered orchestration names the object whose records start it (such as Order or Case): Salesforce cannot save one without it',
    );
    expect(describeProblems(validateOrchestration(orchestration({ trigger: { type: 'recordTriggered', object: 'Order', when: 'create' } }))).filter((p) => p.startsWith('trigger.object'))).toEqual([]);
  });

  it('warns about a $Record variable in an orchestration that is not record-triggered', () => {
    // given an autolaunched orchestration declaring $Record
    const variables = [{ name: '$Record', type: 'Record' as const, object: 'Order' }];
    // when / then
    expect(describeProblems(warningsOf(validateOrchestration(orchestration({ variables }))))).toEqual([
      'variables[0]: $Record is the record that triggered a record-triggered orchestration; this one is autolaunched, so no record fills it (Salesforce has no $Record here, and Flow XML does not carry the variable): use a Record variable of your own',
    ]);
    expect(warningsOf(validateOrchestration(orchestration({ variables, trigger: { type: 'recordTriggered', object: 'Order', when: 'create' } })))).toEqual([]);
  });
});
