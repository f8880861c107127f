import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orchestrationArbitrary } from '../model/testing/arbitraries';
import { exportOrchestration } from './jsonExport';
import { importOrchestration } from './jsonImport';

describe('JSON export → import', () => {
  it('is the identity on valid documents, and export is stable', () => {
    fc.assert(fc.property(orchestrationArbitrary(), (doc) => {
      // given a valid document, when it is exported and imported again
      const text = exportOrchestration(doc);
      const imported = importOrchestration(text);
      // then the same document comes back, and exports to the same text
      expect(imported.ok).toBe(true);
      expect(imported.doc).toEqual(doc);
      expect(exportOrchestration(imported.doc!)).toBe(text);
    }), { numRuns: 100 });
  });
});
