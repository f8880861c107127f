import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkShape } from './checkShape';
import { fastPathOf } from './certainlyValid';
import { ORCHESTRATION_SHAPE as TABLE } from './documentShapes.generated';
import type { ShapeNode, ShapeTable } from './shapeTypes';

const SAMPLES = readdirSync('public/samples').filter((f) => f.endsWith('.json') && !f.includes('.scenario') && f !== 'index.json');
const read = (file: string) => JSON.parse(readFileSync(`public/samples/${file}`, 'utf8')) as Record<string, unknown>;
const FAST = fastPathOf(TABLE);
const certainlyValid = (index: number, value: unknown) => FAST[index]!(value);
const ROOT = TABLE.root;

/** The node of a requirement's right-hand value: the union of {string}, {number}, {boolean}, {date}, {dateTime}, {ref}. */
const VALUE_UNION = TABLE.nodes.findIndex((n: ShapeNode) => n.t === 'union' && n.o.length === 6);

describe('certainlyValid: the structure check\'s fast path', () => {
  it('recognises every sample whole, requirements and record values included, and the full check agrees', () => {
    for (const file of SAMPLES) {
      const doc = read(file);
      expect(certainlyValid(ROOT, doc), file).toBe(true);
      const full = checkShape(TABLE, doc);
      expect(full.ok && full.data).toBe(doc);
    }
  });

  it('answers a union only when every option before the one that passes certainly fails', () => {
    expect(certainlyValid(VALUE_UNION, { string: 'Completed' })).toBe(true);
    expect(certainlyValid(VALUE_UNION, { number: 3 })).toBe(true);
    expect(certainlyValid(VALUE_UNION, { date: '2025-03-09' })).toBe(true);
    // two keys, no key, a bad date: not certainly valid (the full check raises the issue)
    for (const bad of [{ string: 'a', number: 1 }, {}, { date: '9 March' }, 'Completed']) expect(certainlyValid(VALUE_UNION, bad)).toBe(false);
  });

  it('says "not sure" for a document with a problem deep inside, which the full check then finds', () => {
    const doc = read('onboarding.json');
    const stages = doc.stages as Array<{ steps: Array<Record<string, unknown>> }>;
    stages[1]!.steps[0]!.kind = 'backgroud';
    expect(certainlyValid(ROOT, doc)).toBe(false);
    const full = checkShape(TABLE, doc);
    expect(full.ok).toBe(false);
    expect(!full.ok && full.issues.map((i) => i.path.join('.'))).toEqual(['stages.1.steps.0.kind']);
  });

  it('builds a test for a shape that contains itself, and walks it to any depth', () => {
    // a tree: { name, children?: [tree…] } — node 0 is met again while its own test is being built
    const tree: ShapeTable = {
      root: 0,
      nodes: [
        { t: 'object', s: [['name', 1], ['children', 2]], x: 'strict' },
        { t: 'string', c: [{ k: 'minLength', v: 1 }] },
        { t: 'optional', i: 3 },
        { t: 'array', e: 0 },
      ],
    };
    const fast = fastPathOf(tree);
    const deep = { name: 'a', children: [{ name: 'b' }, { name: 'c', children: [{ name: 'd', children: [] }] }] };
    expect(fast[0]!(deep)).toBe(true);
    expect(fast[0]!({ name: 'a', children: [{ name: 'c', children: [{ name: '' }] }] })).toBe(false);
    expect(fast[0]!({ name: 'a', children: [{ name: 'b', extra: 1 }] })).toBe(false);
    expect(checkShape(tree, deep)).toEqual({ ok: true, data: deep, unknownFields: false });
  });

  it('is unsure of a loose object with a key its shape does not name (`extensions` aside), and the full check notes it, so the walk naming such fields runs only then', () => {
    const loose: ShapeTable = {
      root: 0,
      nodes: [
        { t: 'object', s: [['name', 1], ['items', 2]], x: 'loose' },
        { t: 'string' },
        { t: 'array', e: 3 },
        { t: 'object', s: [['label', 1]], x: 'loose' },
      ],
    };
    const fast = fastPathOf(loose);
    const plain = { name: 'a', items: [{ label: 'b' }, { label: 'c', extensions: { kept: true } }] };
    expect(fast[0]!(plain)).toBe(true);
    expect(checkShape(loose, plain)).toEqual({ ok: true, data: plain, unknownFields: false });
    const typo = { name: 'a', items: [{ label: 'b' }, { label: 'c', lable: 'c' }] };
    expect(fast[0]!(typo)).toBe(false);
    expect(checkShape(loose, typo)).toEqual({ ok: true, data: typo, unknownFields: true });
    // at the top too, where no fast path is asked
    expect(checkShape(loose, { name: 'a', items: [], colour: 'red' })).toMatchObject({ ok: true, unknownFields: true });
  });
});

