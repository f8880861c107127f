import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateOrchestration } from '../validate';
import { orchestrationArbitrary } from './arbitraries';

describe('orchestrationArbitrary', () => {
  it('generates documents that validate with no errors', () => {
    fc.assert(fc.property(orchestrationArbitrary(), (doc) => {
      const errors = validateOrchestration(doc).filter((p) => p.severity === 'error');
      expect(errors).toEqual([]);
    }), { numRuns: 150 });
  });
});
