import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortByLabel } from './labelOrder';

const id = (s: string) => s;

describe('sortByLabel', () => {
  it('orders ASCII labels alphabetically without regard to case, then exactly', () => {
    expect(sortByLabel(['update record', 'Call service', 'b', 'B', 'approve'], id)).toEqual(['approve', 'B', 'b', 'Call service', 'update record']);
  });

  it('orders a list with accented labels by the collator (É next to E, not after z)', () => {
    expect(sortByLabel(['zeta', 'Été', 'alpha', 'Eta'], id)).toEqual(['alpha', 'Eta', 'Été', 'zeta']);
  });

  it('gives every ASCII list the order of case-insensitive comparison, and is stable', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'B', 'b', 'C', ' ', '_', '1') }), { maxLength: 30 }), (labels) => {
        const items = labels.map((label, at) => ({ label, at }));
        const sorted = sortByLabel(items, (i) => i.label);
        expect(sorted.map((i) => i.at).sort((a, b) => a - b)).toEqual(items.map((i) => i.at));
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const [x, y] = [a.label.toLowerCase(), b.label.toLowerCase()];
          expect(x <= y).toBe(true);
          if (a.label === b.label) expect(a.at).toBeLessThan(b.at);
        }
      }),
    );
  });
});
