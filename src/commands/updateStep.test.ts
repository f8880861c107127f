import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { updateStep } from './updateStep';
import { locateElement } from './elementLocator';

describe('step.update', () => {
  it('sets run-as on one step and leaves the original document untouched (undo keeps it)', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = updateStep.apply(doc, { name: 'Welcome_Email', changes: { runAs: { mode: 'user', user: 'it_ops' } } });
    // then
    const at = locateElement(next, 'Welcome_Email');
    expect(at?.kind === 'step' && at.step.runAs).toEqual({ mode: 'user', user: 'it_ops' });
    expect(locateElement(doc, 'Welcome_Email')?.kind === 'step' && (locateElement(doc, 'Welcome_Email') as { step: { runAs: unknown } }).step.runAs).toEqual({ mode: 'default' });
    expect(next.stages[1]).toBe(doc.stages[1]);
  });

  it('removes a property set to undefined', () => {
    const doc = deepFreeze(propertiesFixture());
    const next = updateStep.apply(doc, { name: 'Create_User_Accounts', changes: { inputs: undefined } });
    expect(next.stages[0]!.steps[0]).not.toHaveProperty('inputs');
  });

  it('returns the same document when nothing changes or the step does not exist (no history entry)', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(updateStep.apply(doc, { name: 'Welcome_Email', changes: { label: 'Welcome email' } })).toBe(doc);
    expect(updateStep.apply(doc, { name: 'Nope', changes: { label: 'x' } })).toBe(doc);
    expect(updateStep.apply(doc, { name: 'Settle_In', changes: { label: 'x' } })).toBe(doc);
  });
});
