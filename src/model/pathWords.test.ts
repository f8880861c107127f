import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import type { Orchestration } from './types';
import { elementAtPathInWords, ordinal, pathsInWords } from './pathWords';
import { namesInWords } from './messageNames';
import { validateOrchestration } from './validate';

const doc = onboarding as unknown as Orchestration;

/** Onboarding with `edit` applied to a copy (the sample itself is shared by other tests). */
const edited = (edit: (d: Orchestration) => void): Orchestration => {
  const copy = structuredClone(doc);
  edit(copy);
  return copy;
};

describe('pathWords: an element named by its JSON path, in the editor\'s words (docs/editor.md, chosen)', () => {
  it('counts as a person does: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd, 111th', () => {
    expect([0, 1, 2, 3, 10, 11, 12, 20, 21, 110].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '111th']);
  });

  it('names a stage, a step within its stage, and a variable by label and place in order', () => {
    expect(elementAtPathInWords(doc, 'stages[1]')).toBe('stage “Settle in” (2nd stage)');
    expect(elementAtPathInWords(doc, 'stages[0].steps[2]')).toBe('step “Welcome email” (3rd step of stage “Accounts and equipment”)');
    expect(elementAtPathInWords(doc, 'variables[1]')).toBe('variable “laptopTag” (2nd variable)');
    // a path that names nothing, or more than an element, is not put in words
    expect(elementAtPathInWords(doc, 'stages[9]')).toBeNull();
    expect(elementAtPathInWords(doc, 'stages[0].exit')).toBeNull();
  });

  it('the validator\'s duplicate API name reads which element has it, not its path; the CLI\'s message keeps the path', () => {
    // given a decision and a second step named like the 1st step of Settle in
    const twice = edited((d) => {
      d.decisions = [{ name: 'Buddy', label: 'Route by size', outcomes: [], defaultNext: null } as unknown as NonNullable<Orchestration['decisions']>[number]];
      d.stages[0]!.steps[1]!.name = 'Create_User_Accounts';
    });
    const duplicates = validateOrchestration(twice).filter((p) => p.message.includes('is already used'));
    // then the validator (stageflow validate) still says the path, the address on the command line
    expect(duplicates.map((p) => p.message)).toEqual([
      'the API name "Create_User_Accounts" is already used by the step at stages[0].steps[0]: names must be unique across stages, steps, decisions, variables and formulas',
      'the API name "Buddy" is already used by the step at stages[1].steps[0]: names must be unique across stages, steps, decisions, variables and formulas',
    ]);
    // and the editor says the element: it read '…already used by the step at stages[0].steps[0]: …'
    expect(duplicates.map((p) => namesInWords(twice, p.message))).toEqual([
      'the API name "Create_User_Accounts" is already used by step “Create user accounts” (1st step of stage “Accounts and equipment”): names must be unique across stages, steps, decisions, variables and formulas',
      'the API name "Buddy" is already used by step “Assign buddy” (1st step of stage “Settle in”): names must be unique across stages, steps, decisions, variables and formulas',
    ]);
  });

  it('a label with straight quotes is kept whole, and a path to nothing stays as written', () => {
    const quoted = edited((d) => { d.stages[1]!.label = 'Say "Hi"'; });
    expect(namesInWords(quoted, 'the API name "Settle_In" is already used by the stage at stages[1]')).toBe('the API name "Settle_In" is already used by stage “Say "Hi"” (2nd stage)');
    expect(pathsInWords(doc, 'the API name "X" is already used by the stage at stages[7]')).toBe('the API name "X" is already used by the stage at stages[7]');
    // the kind said must be the kind found: a path that leads elsewhere is not reworded
    expect(pathsInWords(doc, 'already used by the stage at stages[0].steps[0]')).toBe('already used by the stage at stages[0].steps[0]');
  });
});
