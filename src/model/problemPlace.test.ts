import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import { evaluationFlowOwner, outcomeOwner, stageExitOwner, stepConditionOwner } from './conditionOwner';
import { problemInWords, problemPlace } from './problemPlace';
import type { Orchestration } from './types';

const doc = onboarding as unknown as Orchestration;

describe('problem places in words', () => {
  it('a step field path names the step and its stage by label, and the field as the panel does', () => {
    // given / when
    const place = problemPlace(doc, 'stages[0].steps[1].flow');
    // then
    expect(place).toEqual({ element: 'Provision_Laptop', stage: 'Accounts_And_Equipment', where: 'Step “Provision laptop” in stage “Accounts and equipment”', field: 'Flow' });
  });

  it('an interactive step\'s related record is named as its own field, the flow\'s other inputs as Inputs and its outputs as Outputs', () => {
    expect(problemPlace(doc, 'stages[0].steps[1].inputs.ActionInput__RecordId').field).toBe('Related Record ID');
    expect(problemPlace(doc, 'stages[0].steps[1].inputs.contactId').field).toBe('Inputs');
    // a flow output stored in a variable that is not there: its own field, as the panel's Flow outputs
    expect(problemPlace(doc, 'stages[0].steps[1].outputs.assetTag').field).toBe('Outputs');
  });

  it('a message carries no raw path', () => {
    // given
    const problem = { path: 'stages[1].steps[0].start.flow', message: 'choose the evaluation flow' };
    // when
    const text = problemInWords(doc, problem);
    // then
    expect(text).toBe('Step “Assign buddy” in stage “Settle in” (When to start): choose the evaluation flow');
    expect(text).not.toContain('stages[');
  });

  it('a variable\'s problem names the variable as the form titles its box, and its field; the message says "this variable" (docs/editor.md, chosen)', () => {
    // given the onboarding sample's first variable, hire
    expect(problemInWords(doc, { path: 'variables[0].value', message: '"2025-13-45" is not a date' })).toBe('The orchestration (Variable hire, Starting value): "2025-13-45" is not a date');
    expect(problemInWords(doc, { path: 'variables[0]', message: 'variable "hire" is read but never gets a value' })).toBe('The orchestration (Variable hire): this variable is read but never gets a value');
    expect(problemPlace(doc, 'variables[0].name').field).toBe('Variable hire, Variable name');
    // a variable the document does not have keeps the section's name
    expect(problemPlace(doc, 'variables[9].value').field).toBe('Variables');
  });

  it('a field is named as the Properties panel labels it: Next element, Default path, Step type (docs/editor.md, chosen)', () => {
    // they read "(Next stage)" and "(Default outcome)", words the panel does not show, and a step's kind had no field
    expect(problemPlace(doc, 'stages[0].next').field).toBe('Next element');
    expect(problemPlace(doc, 'decisions[0].defaultNext').field).toBe('Default path');
    expect(problemPlace(doc, 'stages[0].steps[0].kind').field).toBe('Step type');
    expect(problemPlace(doc, 'stages[0].faultNext').field).toBe('Fault path');
  });

  it('an element whose label is empty (its own problem) is named by its API name, not as “”', () => {
    const unlabelled = { ...doc, stages: [{ ...doc.stages[0]!, label: '', steps: [{ ...doc.stages[0]!.steps[0]!, label: '' }] }] } as Orchestration;
    expect(problemPlace(unlabelled, 'stages[0].steps[0].label').where).toBe(`Step “${doc.stages[0]!.steps[0]!.name}” in stage “${doc.stages[0]!.name}”`);
  });

  it('a condition with no evaluation flow reads "this condition" after its place, as its other problems do', () => {
    expect(problemInWords(doc, { path: 'stages[1].steps[0].start.flow', message: `${stepConditionOwner('Buddy', 'start')} has no evaluation flow: choose the evaluation flow that decides it` }))
      .toBe('Step “Assign buddy” in stage “Settle in” (When to start): this condition has no evaluation flow: choose the evaluation flow that decides it');
  });

  it('a document-level problem is the orchestration; a stage problem selects the stage', () => {
    expect(problemPlace(doc, '')).toEqual({ element: null, where: 'The orchestration', field: null });
    expect(problemPlace(doc, 'stages').where).toBe('The orchestration');
    expect(problemPlace(doc, 'stages[1].next').element).toBe('Settle_In');
  });

  it('a problem in a requirement row names the row and its field as the requirement editor labels them', () => {
    // given two rows of one step's start with the same fault (chosen, docs/editor.md)
    const first = problemInWords(doc, { path: 'stages[1].steps[0].start.requirements[0].left', message: 'choose a resource' });
    const second = problemInWords(doc, { path: 'stages[1].steps[0].start.requirements[1].left', message: 'choose a resource' });
    // then each says which row, so the two lines are not the same
    expect(first).toBe('Step “Assign buddy” in stage “Settle in” (When to start, Requirement 1, Resource): choose a resource');
    expect(second).toContain('(When to start, Requirement 2, Resource)');
    expect(problemPlace(doc, 'stages[1].steps[0].start.requirements[2].right.ref').field).toBe('When to start, Requirement 3, Value');
    expect(problemPlace(doc, 'stages[1].steps[0].start.requirements[0].operator').field).toBe('When to start, Requirement 1, Operator');
    expect(problemPlace(doc, 'stages[0].exit.requirements[1]').field).toBe('When to complete the stage, Requirement 2');
    // the list's custom logic is named as its field is labelled
    expect(problemPlace(doc, 'stages[1].steps[0].start.logic').field).toBe('When to start, Condition logic');
    expect(problemPlace(doc, 'stages[0].exit.logic').field).toBe('When to complete the stage, Condition logic');
    // the list's own problem (no row) keeps the field alone
    expect(problemPlace(doc, 'stages[1].steps[0].start.requirements').field).toBe('When to start');
  });
});

describe('a condition\'s problem where its place names its owner', () => {
  const message = (owner: string) => `${owner} has no requirements: add at least one`;

  it('a step\'s or stage\'s own condition is "this condition" after the place, which names the element and the field already', () => {
    // given an empty start requirement list of Welcome email, and an empty exit list of its stage
    const step = problemInWords(doc, { path: 'stages[0].steps[2].start.requirements', message: message(stepConditionOwner('Welcome_Email', 'start')) });
    const stage = problemInWords(doc, { path: 'stages[0].exit.requirements', message: message(stageExitOwner('Accounts_And_Equipment')) });
    // then each says its place once: it read 'Step “Welcome email” in stage “Accounts and equipment” (When to start): step “Welcome email” (Welcome_Email) (when to start) has no requirements…'
    expect(step).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): this condition has no requirements: add at least one');
    expect(stage).toBe('Stage “Accounts and equipment” (When to complete the stage): this condition has no requirements: add at least one');
  });

  it('an owner the place does not name keeps its words: an outcome, an evaluation flow, a place that is not the owner', () => {
    expect(problemInWords(doc, { path: 'decisions[0].outcomes[0].requirements', message: message(outcomeOwner('Large', 'Route')) })).toBe('The orchestration (Outcomes): outcome "Large" of decision "Route" has no requirements: add at least one');
    expect(problemInWords(doc, { path: 'stages[0].steps[2].start.requirements', message: message(evaluationFlowOwner('Check')) })).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): evaluation flow "Check" has no requirements: add at least one');
    // a message about another step than the place's
    expect(problemInWords(doc, { path: 'stages[0].steps[2].start.requirements', message: message(stepConditionOwner('Provision_Laptop', 'start')) })).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): step “Provision laptop” (Provision_Laptop) (when to start) has no requirements: add at least one');
  });
});

describe('a problem whose message opens with the element its place names', () => {
  const at = (path: string, message: string) => problemInWords(doc, { path, message });

  it('a step, stage or decision the place has named reads "this step", "this stage", "this decision" after it', () => {
    // given the validator's messages (validateTargets, validateFeasibility, validateReachability), which name the element for the CLI
    // then each says the element once: it read 'Step “Welcome email” in stage “Accounts and equipment” (When to start): step “Welcome email” (Welcome_Email) cannot wait…'
    expect(at('stages[0].steps[2].start.step', 'step "Welcome_Email" cannot wait for itself to complete')).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): this step cannot wait for itself to complete');
    expect(at('stages[0].steps[2].start', 'step "Welcome_Email" can never start: it waits for "Provision_Laptop", which can never complete (its flow cannot run)')).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): this step can never start: it waits for “Provision laptop” (Provision_Laptop), which can never complete (its flow cannot run)');
    expect(at('stages[0].exit', 'stage "Accounts_And_Equipment" can never complete: it waits for all its steps, and "Welcome_Email" can never complete (its flow cannot run)')).toBe('Stage “Accounts and equipment” (When to complete the stage): this stage can never complete: it waits for all its steps, and “Welcome email” (Welcome_Email) can never complete (its flow cannot run)');
    expect(at('stages[1]', 'stage "Settle_In" is never reached: no path from the start leads to it')).toBe('Stage “Settle in”: this stage is never reached: no path from the start leads to it');
    const routed = { ...doc, decisions: [{ name: 'Route', label: 'Route by size', outcomes: [] }] } as unknown as Orchestration;
    expect(problemInWords(routed, { path: 'decisions[0]', message: 'decision "Route" is never reached: no path from the start leads to it' })).toBe('Decision “Route by size”: this decision is never reached: no path from the start leads to it');
  });

  it('a background or interactive step keeps its kind: "this background step", "this interactive step"', () => {
    // validateFieldUse, validateRunAs, validateActivation
    expect(at('stages[0].steps[2].assignee', 'background step "Welcome_Email" has no work item, so its assignee is ignored (only interactive steps are assigned)')).toBe('Step “Welcome email” in stage “Accounts and equipment” (Assignee): this background step has no work item, so its assignee is ignored (only interactive steps are assigned)');
    expect(at('stages[1].steps[0].assignee', 'interactive step "Buddy" needs an assignee: choose a user, group or queue')).toBe('Step “Assign buddy” in stage “Settle in” (Assignee): this interactive step needs an assignee: choose a user, group or queue');
  });

  it('another element than the place\'s, or one named later in the message, keeps its words', () => {
    // a step waiting for a step of another stage names that step and its stage (its own stage, which the place names, is not named again: below)
    expect(at('stages[1].steps[0].start.step', 'step "Welcome_Email" is in stage "Accounts_And_Equipment": a step can only wait for a step of its own stage ("Settle_In")')).toMatch(/^Step “Assign buddy” in stage “Settle in” \(When to start\): step “Welcome email” \(Welcome_Email\) is in stage “Accounts and equipment” \(Accounts_And_Equipment\): /);
    // a name that only starts like the place's
    expect(at('stages[0].steps[2].start.step', 'step "Welcome_Email_2" cannot wait for itself to complete')).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): step "Welcome_Email_2" cannot wait for itself to complete');
    // the orchestration's own problems have no element to stand for
    expect(at('stages', 'an orchestration needs at least one stage')).toBe('The orchestration (Stages): an orchestration needs at least one stage');
  });
});

describe('a problem whose message names the element its place names later in the sentence', () => {
  const at = (path: string, message: string) => problemInWords(doc, { path, message });

  it('the place\'s step named inside the message reads "this step": a missing flow, a circle of waits', () => {
    // given the validator's messages (validateFlows, validateTargets), which name the step for the CLI
    // then each says it once: it read '…(Flow): choose the autolaunched flow that step “Welcome email” (Welcome_Email) runs'
    expect(at('stages[0].steps[2].flow', 'choose the autolaunched flow that step "Welcome_Email" runs')).toBe('Step “Welcome email” in stage “Accounts and equipment” (Flow): choose the autolaunched flow that this step runs');
    expect(at('stages[1].steps[0].flow', 'choose the screen flow that step "Buddy" runs')).toBe('Step “Assign buddy” in stage “Settle in” (Flow): choose the screen flow that this step runs');
    expect(at('stages[0].steps[2].start.step', 'steps wait for each other in a circle, so none of them can ever start: "Welcome_Email" waits for "Provision_Laptop" waits for "Welcome_Email"')).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): steps wait for each other in a circle, so none of them can ever start: this step waits for “Provision laptop” (Provision_Laptop) waits for this step');
    expect(at('stages[0].steps[1].start.step', 'steps wait for each other in a circle, so none of them can ever start: "Welcome_Email" waits for "Provision_Laptop" waits for "Welcome_Email"')).toBe('Step “Provision laptop” in stage “Accounts and equipment” (When to start): steps wait for each other in a circle, so none of them can ever start: “Welcome email” (Welcome_Email) waits for this step waits for “Welcome email” (Welcome_Email)');
  });

  it('the step\'s own stage, which the place names, is not named again', () => {
    // validateTargets, validateFixedStartRows
    expect(at('stages[1].steps[0].start.step', 'step "Welcome_Email" is in stage "Accounts_And_Equipment": a step can only wait for a step of its own stage ("Settle_In")')).toBe('Step “Assign buddy” in stage “Settle in” (When to start): step “Welcome email” (Welcome_Email) is in stage “Accounts and equipment” (Accounts_And_Equipment): a step can only wait for a step of its own stage');
    expect(at('stages[1].steps[0].start.requirements[0].left', 'this row reads the status of the step\'s own stage "Settle_In", which is InProgress whenever the step\'s start is checked')).toBe('Step “Assign buddy” in stage “Settle in” (When to start, Requirement 1, Resource): this row reads the status of the step\'s own stage, which is InProgress whenever the step\'s start is checked');
  });

  it('an outcome of the place\'s decision is named without its decision', () => {
    const routed = { ...doc, decisions: [{ name: 'Route', label: 'Route by size', outcomes: [] }] } as unknown as Orchestration;
    // validateRequirements (outcomeOwner): it read 'Decision “Route by size” (Outcomes): outcome "Big" of decision “Route by size” (Route) has no requirements'
    expect(problemInWords(routed, { path: 'decisions[0].outcomes[0].requirements', message: `${outcomeOwner('Big', 'Route')} has no requirements: add at least one` })).toBe('Decision “Route by size” (Outcomes): outcome "Big" has no requirements: add at least one');
  });

  it('another step or stage keeps its name, and so does a name that only starts like the place\'s', () => {
    expect(at('stages[0].steps[2].flow', 'choose the autolaunched flow that step "Provision_Laptop" runs')).toBe('Step “Welcome email” in stage “Accounts and equipment” (Flow): choose the autolaunched flow that step “Provision laptop” (Provision_Laptop) runs');
    expect(at('stages[0].steps[2].flow', 'choose the autolaunched flow that step "Welcome_Email_2" runs')).toBe('Step “Welcome email” in stage “Accounts and equipment” (Flow): choose the autolaunched flow that step "Welcome_Email_2" runs');
    expect(at('stages[0].steps[2].start', 'step "Welcome_Email" can never start: it waits for "Provision_Laptop", which can never complete (it waits for "Welcome_Email_2", which is not another step of its stage)')).toBe('Step “Welcome email” in stage “Accounts and equipment” (When to start): this step can never start: it waits for “Provision laptop” (Provision_Laptop), which can never complete (it waits for "Welcome_Email_2", which is not another step of its stage)');
    // a stage's message names its steps; a stage's place names no stage of a step
    expect(at('stages[0].exit', 'stage "Accounts_And_Equipment" can never complete: it waits for all its steps, and "Welcome_Email" can never complete (it has no flow)')).toBe('Stage “Accounts and equipment” (When to complete the stage): this stage can never complete: it waits for all its steps, and “Welcome email” (Welcome_Email) can never complete (it has no flow)');
  });
});
