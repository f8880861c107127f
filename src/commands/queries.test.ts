import { describe, expect, it } from 'vitest';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import fc from 'fast-check';
import { orchestrationArbitrary } from '../model/testing/arbitraries';
import type { Orchestration } from '../model/types';
import { chainEnd, findDecision, findStage, findStep, newElementName, runOrder } from './queries';

/** runOrder as first written: every name looked up by a scan of the document (the reference). */
function scannedRunOrder(doc: Orchestration): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (first: string) => {
    const stack = [first];
    while (stack.length) {
      const name = stack.pop()!;
      if (seen.has(name) || findStep(doc, name)) continue;
      const stage = findStage(doc, name);
      const decision = findDecision(doc, name);
      if (!stage && !decision) continue;
      seen.add(name);
      order.push(name);
      const next = stage ? [stage.next, stage.faultNext] : [...decision!.outcomes.map((o) => o.next), decision!.defaultNext];
      stack.push(...next.filter((n): n is string => !!n).reverse());
    }
  };
  const start = doc.start ?? doc.stages[0]?.name;
  if (start) visit(start);
  for (const stage of doc.stages) if (!seen.has(stage.name)) visit(stage.name);
  for (const decision of doc.decisions ?? []) if (!seen.has(decision.name)) visit(decision.name);
  return order;
}

describe('queries', () => {
  it('lists stages and decisions in run order, then the rest', () => {
    // given
    const doc = propertiesFixture();
    // when / then
    expect(runOrder(doc)).toEqual(['Accounts_And_Equipment', 'Is_Sales', 'Settle_In']);
    expect(runOrder({ ...doc, start: 'Settle_In' })).toEqual(['Settle_In', 'Accounts_And_Equipment', 'Is_Sales']);
    expect(chainEnd(doc)).toBe('Settle_In');
  });

  it('orders any document as a scan of the document would (names looked up in maps)', () => {
    fc.assert(
      fc.property(orchestrationArbitrary(), fc.option(fc.string({ maxLength: 6 })), (doc, start) => {
        // given a document, sometimes starting at an unknown name
        const withStart = start === null ? doc : { ...doc, start };
        // when / then
        expect(runOrder(withStart)).toEqual(scannedRunOrder(withStart));
      }),
      { numRuns: 200 },
    );
  });

  it('derives a new unique name from a label', () => {
    expect(newElementName(propertiesFixture(), 'Buddy')).toBe('Buddy_2');
    expect(newElementName(propertiesFixture(), 'New stage')).toBe('New_stage');
  });
});
