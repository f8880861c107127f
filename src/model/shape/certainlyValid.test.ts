import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkShape } from './checkShape';
import { certainlyValid } from './certainlyValid';
import { ORCHESTRATION_SHAPE as TABLE } from './documentShapes.generated';
import type { ShapeNode } from './shapeTypes';

const SAMPLES = readdirSync('public/samples').filter((f) => f.endsWith('.json') && !f.includes('.scenario') && f !== 'index.json');
const read = (file: string) => JSON.parse(readFileSync(`public/samples/${file}`, 'utf8')) as Record<string, unknown>;
const ROOT = TABLE.nodes[TABLE.root]!;

/** The node of a requirement's right-hand value: the union of {string}, {number}, {boolean}, {date}, {dateTime}, {ref}. */
const VALUE_UNION = TABLE.nodes.find((n): n is Extract<ShapeNode, { t: 'union' }> => n.t === 'union' && n.o.length === 6)!;

describe('certainlyValid: the structure check\'s fast path', () => {
  it('recognises every sample whole, requirements and record values included, and the full check agrees', () => {
    for (const file of SAMPLES) {
      const doc = read(file);
      expect(certainlyValid(TABLE, ROOT, doc), file).toBe(true);
      const full = checkShape(TABLE, doc);
      expect(full.ok && full.data).toBe(doc);
    }
  });

  it('answers a union only when every option before the one that passes certainly fails', () => {
    expect(certainlyValid(TABLE, VALUE_UNION, { string: 'Completed' })).toBe(true);
    expect(certainlyValid(TABLE, VALUE_UNION, { number: 3 })).toBe(true);
    expect(certainlyValid(TABLE, VALUE_UNION, { date: '2025-03-09' })).toBe(true);
    // two keys, no key, a bad date: not certainly valid (the full check raises the issue)
    for (const bad of [{ string: 'a', number: 1 }, {}, { date: '9 March' }, 'Completed']) expect(certainlyValid(TABLE, VALUE_UNION, bad)).toBe(false);
  });

  it('says "not sure" for a document with a problem deep inside, which the full check then finds', () => {
    const doc = read('onboarding.json');
    const stages = doc.stages as Array<{ steps: Array<Record<string, unknown>> }>;
    stages[1]!.steps[0]!.kind = 'backgroud';
    expect(certainlyValid(TABLE, ROOT, doc)).toBe(false);
    const full = checkShape(TABLE, doc);
    expect(full.ok).toBe(false);
    expect(!full.ok && full.issues.map((i) => i.path.join('.'))).toEqual(['stages.1.steps.0.kind']);
  });
});
