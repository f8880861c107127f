import { describe, expect, it } from 'vitest';
import type { Flow, Orchestration, Step } from './types';
import { backgroundStep, DEFAULT_FLOWS, describeProblems, interactiveStep, orchestration, stage } from './testing/fixtures';
import { validateOrchestration } from './validate';

/** Real flows: read from a project, so their variables are known with their types. */
const APPROVE: Flow = {
  name: 'Approve_Screen', type: 'screen', active: true, elements: ['Screen'], inputs: ['recordId', 'urgent', 'limit'], outputs: ['decision'],
  source: { path: 'force-app/main/default/flows/Approve_Screen.flow-meta.xml', status: 'Active' },
  parameters: [
    { name: 'recordId', direction: 'input', dataType: 'String' },
    { name: 'urgent', direction: 'input', dataType: 'Boolean' },
    { name: 'limit', direction: 'input', dataType: 'Number' },
    { name: 'decision', direction: 'output', dataType: 'String' },
  ],
};
const NOTIFY: Flow = {
  name: 'Notify', type: 'autolaunched', active: true, elements: ['Action'], inputs: ['recipientId', 'when'], outputs: [],
  source: { path: 'force-app/main/default/flows/Notify.flow-meta.xml', status: 'Active' },
  parameters: [{ name: 'recipientId', direction: 'input', dataType: 'String' }, { name: 'when', direction: 'input', dataType: 'DateTime' }],
};

function withProjectSteps(...steps: Step[]): Orchestration {
  return orchestration({ flows: [...DEFAULT_FLOWS, APPROVE, NOTIFY], stages: [stage('Main', steps)] });
}

const problemsOf = (doc: Orchestration): string[] => describeProblems(validateOrchestration(doc));

describe('validateOrchestration: the checks Salesforce makes on activation', () => {
  it('an interactive step needs its related record (ActionInput__RecordId): an error with a real screen flow', () => {
    // given an interactive step on a project screen flow, with no related record
    const doc = withProjectSteps(interactiveStep('Approve', { flow: 'Approve_Screen', inputs: { recordId: 'order.Id' } }));
    // when / then
    expect(describeProblems(validateOrchestration(doc).filter((p) => p.severity === 'error'))).toEqual([
      'stages[0].steps[0].inputs.ActionInput__RecordId: interactive step "Approve" has no related record: Salesforce activates an orchestration only when each interactive step names the record its work item is about (Related Record ID, ActionInput__RecordId, such as $Record.Id); its screen flow "Approve_Screen" takes it as recordId too',
    ]);
  });

  it('a hand-made screen flow only warns about the related record, so a sketch still runs', () => {
    const doc = orchestration({ stages: [stage('Main', [interactiveStep('Review', { inputs: {} })])] });
    const problems = validateOrchestration(doc);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    expect(problems[0]!.path).toBe('stages[0].steps[0].inputs.ActionInput__RecordId');
  });

  it('a step may pass only the inputs its flow declares (real flows); engine inputs and empty pilot parameters are fine', () => {
    const doc = withProjectSteps(
      backgroundStep('Tell', { flow: 'Notify', inputs: { recipientId: 'order.Id', recipient: 'order.Id', ActionInput__Anything: 'x', legacy: '' } }),
    );
    expect(problemsOf(doc)).toEqual([
      'stages[0].steps[0].inputs.recipient: flow "Notify" has no input variable "recipient" (available for input: recipientId, when): Salesforce does not activate a step that passes it',
    ]);
  });

  it('an input value must suit the input\'s type: literals and resources (any value converts to text)', () => {
    const doc = withProjectSteps(interactiveStep('Approve', {
      flow: 'Approve_Screen',
      inputs: { ActionInput__RecordId: 'order.Id', recordId: 'order.Id', urgent: 'yes', limit: 'region' },
    }), backgroundStep('Tell', { flow: 'Notify', inputs: { recipientId: 'amount', when: 'due' } }));
    expect(problemsOf(doc)).toEqual([
      'stages[0].steps[0].inputs.urgent: input "urgent" of flow "Approve_Screen" is a Boolean; it cannot take the text literal "yes"',
      'stages[0].steps[0].inputs.limit: input "limit" of flow "Approve_Screen" is a Number; it cannot take "region", a Text value',
    ]);
  });

  it('accepts typed literals that fit: true for a Boolean, 3 for a Number, a date for a date-time', () => {
    const doc = withProjectSteps(interactiveStep('Approve', { flow: 'Approve_Screen', inputs: { ActionInput__RecordId: 'order.Id', urgent: 'true', limit: '3' } }),
      backgroundStep('Tell', { flow: 'Notify', inputs: { recipientId: 'order.Id', when: 'due' } }));
    expect(problemsOf(doc)).toEqual([]);
  });

  it('an autolaunched orchestration\'s variable that is read must get a value: input, step output or default', () => {
    const doc = orchestration({
      variables: [{ name: 'recordId', type: 'Text' }, { name: 'given', type: 'Text', input: true }, { name: 'fromStep', type: 'Text' }],
      stages: [stage('Main', [
        backgroundStep('A', { inputs: { recordId: 'recordId' } }),
        backgroundStep('B', { inputs: { recordId: 'given' }, outputs: { result: 'fromStep' } }),
        backgroundStep('C', { inputs: { recordId: 'fromStep' } }),
      ])],
    });
    expect(problemsOf(doc)).toEqual([
      'variables[0]: variable "recordId" is read but never gets a value: make it available for input, so that whoever launches the orchestration passes it, or map a step output to it',
    ]);
  });

  it('a variable whose name a step holds gets the name clash alone, not "read but never gets a value" for the step\'s status it does not hold', () => {
    // given a variable named as step A, whose status B's start reads
    const doc = orchestration({
      variables: [{ name: 'A', type: 'Text' }],
      stages: [stage('Main', [backgroundStep('A'), backgroundStep('B', { start: { mode: 'requirements', requirements: [{ left: 'A.Status', operator: 'EqualTo', right: { string: 'Completed' } }], logic: 'and' } })])],
    });
    // then
    const messages = describeProblems(validateOrchestration(doc));
    expect(messages.filter((m) => m.startsWith('variables[0]'))).toEqual([
      expect.stringContaining('variables[0].name: the API name "A" is already used by the step at stages[0].steps[0]'),
    ]);
  });

  it('an inactive flow is an error (R25); a project file that is a Draft of an activated orchestration\'s flow is a warning', () => {
    const inactive = withProjectSteps(backgroundStep('Tell', { flow: 'Notify', inputs: { recipientId: 'order.Id' } }));
    inactive.flows = inactive.flows!.map((f) => (f.name === 'Notify' ? { ...f, active: false, source: { path: f.source!.path, status: 'Draft' } } : f));
    expect(problemsOf(inactive)).toEqual([
      'stages[0].steps[0].flow: flow "Notify" is not active (its file force-app/main/default/flows/Notify.flow-meta.xml is a Draft version): activate it or choose another flow',
      'stages[0].exit: stage "Main" can never complete: it waits for all its steps, and "Tell" can never complete (its flow "Notify" cannot run)',
    ]);
    const draft = withProjectSteps(backgroundStep('Tell', { flow: 'Notify', inputs: { recipientId: 'order.Id' } }));
    draft.flows = draft.flows!.map((f) => (f.name === 'Notify' ? { ...f, source: { path: f.source!.path, status: 'Draft' } } : f));
    expect(problemsOf(draft)).toEqual([
      'stages[0].steps[0].flow: the project\'s file of flow "Notify" (force-app/main/default/flows/Notify.flow-meta.xml) is a Draft version: the simulation runs it as written, taking the flow as active because this orchestration was activated with it; deploy an active version with the orchestration',
    ]);
  });

  it('before API 54 a condition may call an autolaunched flow (there were no evaluation flows yet)', () => {
    const doc = orchestration({ apiVersion: 52, stages: [stage('Main', [backgroundStep('A', { start: { mode: 'evaluationFlow', flow: 'Do_Work' } })])] });
    expect(problemsOf(doc)).toEqual([]);
    expect(problemsOf({ ...doc, apiVersion: 54 })).toEqual(['stages[0].steps[0].start.flow: "Do_Work" is an autolaunched flow, but a condition needs an evaluation flow']);
  });
});
