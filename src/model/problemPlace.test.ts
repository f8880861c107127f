import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import { problemInWords, problemPlace } from './problemPlace';
import type { Orchestration } from './types';

const doc = onboarding as unknown as Orchestration;

describe('problem places in words', () => {
  it('a step field path names the step and its stage by label, and the field as the panel does', () => {
    // given / when
    const place = problemPlace(doc, 'stages[0].steps[1].flow');
    // then
    expect(place).toEqual({ element: 'Provision_Laptop', where: 'Step “Provision laptop” in stage “Accounts and equipment”', field: 'Flow' });
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
