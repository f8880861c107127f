import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { updateDecision } from './updateDecision';

describe('decision.update', () => {
  it('replaces the outcomes and the default target', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    const outcomes = [{ name: 'Big', requirements: [{ left: 'amount', operator: 'GreaterThan' as const, right: { number: 100 } }], logic: 'and', next: 'Settle_In' }];
    // when
    const next = updateDecision.apply(doc, { name: 'Is_Sales', changes: { outcomes, defaultNext: 'Settle_In' } });
    // then
    expect(next.decisions![0]!.outcomes).toEqual(outcomes);
    expect(next.decisions![0]!.defaultNext).toBe('Settle_In');
    expect(doc.decisions![0]!.outcomes[0]!.name).toBe('Sales');
  });

  it('does nothing for a name that is not a decision', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(updateDecision.apply(doc, { name: 'Settle_In', changes: { label: 'x' } })).toBe(doc);
  });
});
