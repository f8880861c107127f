import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { updateOrchestration } from './updateOrchestration';

describe('orchestration.update', () => {
  it('changes the API version and trigger', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const next = updateOrchestration.apply(doc, { apiVersion: 59, trigger: { type: 'recordTriggered', object: 'Contact', triggeredBy: 'hr_admin' } });
    // then
    expect(next.apiVersion).toBe(59);
    expect(next.trigger).toEqual({ type: 'recordTriggered', object: 'Contact', triggeredBy: 'hr_admin' });
    expect(doc.apiVersion).toBe(63);
  });

  it('removes the description when cleared and records nothing for an identical value', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(updateOrchestration.apply(doc, { description: undefined })).not.toHaveProperty('description');
    expect(updateOrchestration.apply(doc, { label: 'Employee Onboarding' })).toBe(doc);
  });
});
