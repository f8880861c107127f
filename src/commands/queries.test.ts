import { describe, expect, it } from 'vitest';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { chainEnd, newElementName, runOrder } from './queries';

describe('queries', () => {
  it('lists stages and decisions in run order, then the rest', () => {
    // given
    const doc = propertiesFixture();
    // when / then
    expect(runOrder(doc)).toEqual(['Accounts_And_Equipment', 'Is_Sales', 'Settle_In']);
    expect(runOrder({ ...doc, start: 'Settle_In' })).toEqual(['Settle_In', 'Accounts_And_Equipment', 'Is_Sales']);
    expect(chainEnd(doc)).toBe('Settle_In');
  });

  it('derives a new unique name from a label', () => {
    expect(newElementName(propertiesFixture(), 'Buddy')).toBe('Buddy_2');
    expect(newElementName(propertiesFixture(), 'New stage')).toBe('New_stage');
  });
});
