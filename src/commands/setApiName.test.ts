import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { setApiName, replaceReferenceHead } from './setApiName';

describe('element.setApiName', () => {
  it('renames a step and rewrites its predecessor links and status references', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = setApiName.apply(doc, { from: 'Create_User_Accounts', to: 'Create_Accounts_Step' });
    // then
    const [create, laptop, welcome] = next.stages[0]!.steps;
    expect(create!.name).toBe('Create_Accounts_Step');
    expect(laptop!.start).toEqual({ mode: 'stepCompleted', step: 'Create_Accounts_Step' });
    expect(welcome!.start?.mode === 'requirements' && welcome!.start.requirements[0]!.left).toBe('Create_Accounts_Step.Status');
    expect(doc.stages[0]!.steps[0]!.name).toBe('Create_User_Accounts');
  });

  it('renames a stage with its targets, start and layout', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = setApiName.apply(doc, { from: 'Settle_In', to: 'Settle' });
    expect(next.decisions![0]!.outcomes[0]!.next).toBe('Settle');
    expect(next.layout).toHaveProperty('Settle');
    expect(next.layout).not.toHaveProperty('Settle_In');
    expect(setApiName.apply(doc, { from: 'Accounts_And_Equipment', to: 'First' }).start).toBe('First');
  });

  it('renames a variable with its record-field references, input mappings and output targets', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = setApiName.apply(doc, { from: 'hire', to: 'newHire' });
    expect(next.variables![0]!.name).toBe('newHire');
    expect(next.stages[0]!.steps[0]!.inputs).toEqual({ contactId: 'newHire.Id' });
    expect(next.flows!.find((f) => f.name === 'Hire_Confirmed')!.condition!.requirements[0]!.left).toBe('newHire.Confirmed');
    const laptop = setApiName.apply(doc, { from: 'laptopTag', to: 'tag' }).stages[0]!.steps[1]!;
    expect(laptop.outputs).toEqual({ assetTag: 'tag' });
  });

  it('keeps the flow catalog untouched when no evaluation flow reads the renamed element', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(setApiName.apply(doc, { from: 'Buddy', to: 'Pal' }).flows).toBe(doc.flows);
  });

  it('refuses a taken or invalid name', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(setApiName.apply(doc, { from: 'Buddy', to: 'Settle_In' })).toBe(doc);
    expect(setApiName.apply(doc, { from: 'Buddy', to: '9lives' })).toBe(doc);
    expect(setApiName.apply(doc, { from: 'Nobody', to: 'Somebody' })).toBe(doc);
  });

  it('rewrites only whole head names', () => {
    expect(replaceReferenceHead('Buddy.Status', 'Buddy', 'Pal')).toBe('Pal.Status');
    expect(replaceReferenceHead('Buddyx.Status', 'Buddy', 'Pal')).toBe('Buddyx.Status');
  });
});
