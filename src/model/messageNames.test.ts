import { describe, expect, it } from 'vitest';
import onboarding from '../../public/samples/onboarding.json';
import type { Orchestration } from './types';
import { namesInWords } from './messageNames';

const doc = onboarding as unknown as Orchestration;

describe('namesInWords: the elements a problem names, by their labels', () => {
  it('a step or stage named by its API name reads “Label” (API_Name)', () => {
    expect(namesInWords(doc, 'step "Welcome_Email" cannot wait for itself to complete')).toBe('step “Welcome email” (Welcome_Email) cannot wait for itself to complete');
    expect(namesInWords(doc, 'stage "Accounts_And_Equipment" can never complete: it waits for all its steps, and "Create_User_Accounts" and 2 more can never complete'))
      .toBe('stage “Accounts and equipment” (Accounts_And_Equipment) can never complete: it waits for all its steps, and “Create user accounts” (Create_User_Accounts) and 2 more can never complete');
  });

  it('a flow, a suggestion, an API name being checked and a name that is no element stay as written', () => {
    // given a flow named like a step, as a project may have
    const named = { ...doc, flows: [...(doc.flows ?? []), { name: 'Buddy', type: 'autolaunched' }] } as Orchestration;
    for (const message of ['there is no flow named "Buddy" in the flow catalog', 'flow "Buddy" has no input', 'unknown step "Budy" (did you mean "Buddy"?)', 'the API name "Buddy" is already used', 'unknown step "No_Such"']) {
      expect(namesInWords(named, message)).toBe(message);
    }
  });

  it('an element whose label is its API name (or that has none) stays as written', () => {
    const plain = { ...doc, stages: doc.stages.map((s) => ({ ...s, label: undefined })) } as Orchestration;
    expect(namesInWords(plain, 'stage "Settle_In" can never complete')).toBe('stage "Settle_In" can never complete');
  });
});
