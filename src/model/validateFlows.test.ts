import { describe, expect, it } from 'vitest';
import { backgroundStep, DEFAULT_FLOWS, describeProblems, errorsOf, interactiveStep, orchestration, stage, withSteps } from './testing/fixtures';
import { validateOrchestration } from './validate';

const errors = (doc: unknown): string[] => describeProblems(errorsOf(validateOrchestration(doc)));

describe('validateOrchestration: flows (R25)', () => {
  it('refuses a missing, unknown or inactive step flow', () => {
    // given
    const flows = [...DEFAULT_FLOWS, { name: 'Old_Flow', type: 'autolaunched' as const, active: false }];
    const doc = orchestration({ flows, stages: [stage('Main', [backgroundStep('A', { flow: undefined }), backgroundStep('B', { flow: 'Nope' }), backgroundStep('C', { flow: 'Old_Flow' })])] });
    // when / then
    expect(errors(doc)).toEqual([
      'stages[0].steps[0].flow: choose the autolaunched flow that step "A" runs',
      'stages[0].steps[1].flow: there is no flow named "Nope" in the flow catalog',
      'stages[0].steps[2].flow: flow "Old_Flow" is not active: activate it or choose another flow',
    ]);
  });

  // R20: "action" matched no async kind, so the step ran sync at API 63 with nothing said
  it('warns about an element kind of R20 written in another case, which does not make a step async', () => {
    const flows = [...DEFAULT_FLOWS, { name: 'Notify', type: 'autolaunched' as const, active: true, elements: ['Assignment', 'action', 'Subflow'] }];
    const doc = orchestration({ flows, stages: [stage('Main', [backgroundStep('A', { flow: 'Notify' })])] });
    expect(describeProblems(validateOrchestration(doc).filter((p) => p.path.startsWith('flows[')))).toEqual([
      'flows[4].elements[1]: "action" is not an element kind: element kinds are case-sensitive, did you mean "Action"? As written it does not make a background step asynchronous (R20)',
    ]);
  });

  it('needs autolaunched flows for background steps and screen flows for interactive steps', () => {
    const doc = withSteps(backgroundStep('A', { flow: 'Review_Screen' }), interactiveStep('B', { flow: 'Do_Work' }));
    expect(errors(doc)).toEqual([
      'stages[0].steps[0].flow: "Review_Screen" is a screen flow, but a background step needs an autolaunched flow',
      'stages[0].steps[1].flow: "Do_Work" is an autolaunched flow, but an interactive step needs a screen flow',
    ]);
  });

  it('needs an existing, active evaluation flow in every evaluation-flow condition', () => {
    // given a step start, a step completion and a stage exit using the wrong flows
    const doc = orchestration({
      stages: [stage('Main', [
        backgroundStep('A', { start: { mode: 'evaluationFlow', flow: 'Do_Work' } }),
        interactiveStep('B', { complete: { mode: 'evaluationFlow', flow: 'Missing' } }),
      ], { exit: { mode: 'evaluationFlow', flow: 'Is_Ready', inputs: { recordId: 'order.Id' } } })],
    });
    // when / then
    expect(errors(doc)).toEqual([
      'stages[0].steps[0].start.flow: "Do_Work" is an autolaunched flow, but a condition needs an evaluation flow',
      'stages[0].steps[1].complete.flow: there is no flow named "Missing" in the flow catalog',
    ]);
  });

  it('asks for the evaluation flow of a condition that has none yet, naming the condition as its other problems do', () => {
    // given a step start, a step completion and a stage exit whose evaluation flow is not chosen (a design from a project)
    const doc = orchestration({
      stages: [stage('Main', [
        backgroundStep('A', { start: { mode: 'evaluationFlow', flow: '', inputs: {} } }),
        interactiveStep('B', { complete: { mode: 'evaluationFlow', flow: '', inputs: {} } }),
      ], { exit: { mode: 'evaluationFlow', flow: '', inputs: {} } })],
    });
    // when / then: one problem each, at the flow, and not 'there is no flow named ""'
    expect(errors(doc)).toEqual([
      'stages[0].exit.flow: stage "Main" (exit) has no evaluation flow: choose the evaluation flow that decides it',
      'stages[0].steps[0].start.flow: step "A" (when to start) has no evaluation flow: choose the evaluation flow that decides it',
      'stages[0].steps[1].complete.flow: step "B" (when complete) has no evaluation flow: choose the evaluation flow that decides it',
    ]);
  });

  it('refuses evaluation-flow input names that the flow does not have', () => {
    const doc = withSteps(backgroundStep('A', { start: { mode: 'evaluationFlow', flow: 'Is_Ready', inputs: { recordID: 'order.Id' } } }));
    expect(errors(doc)).toEqual(['stages[0].steps[0].start.inputs.recordID: evaluation flow "Is_Ready" has no input "recordID" (inputs: recordId)']);
  });
});
