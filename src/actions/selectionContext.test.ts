import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { insertAfter, targetStage } from './selectionContext';

describe('where palette additions go (UI-CONTRACT)', () => {
  it('puts a step into the selected stage, else the stage of the selected step, else the last stage', () => {
    // given
    const doc = propertiesFixture();
    // when / then
    expect(targetStage(doc, ['Accounts_And_Equipment'])).toBe('Accounts_And_Equipment');
    expect(targetStage(doc, ['Provision_Laptop'])).toBe('Accounts_And_Equipment');
    expect(targetStage(doc, [])).toBe('Settle_In');
  });

  it('puts a stage after the selected stage or decision, else at the end', () => {
    const doc = propertiesFixture();
    expect(insertAfter(doc, ['Is_Sales'])).toBe('Is_Sales');
    expect(insertAfter(doc, ['Buddy'])).toBe('Settle_In');
    expect(insertAfter(doc, [])).toBeNull();
  });
});
