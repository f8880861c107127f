import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { JsonValue } from '../src/model/schema';
import { renderShapes, shapeOf, SHAPES_FILE } from './write-shapes';

describe('src/model/shape/documentShapes.generated.ts', () => {
  it('is current (run `npm run shapes` after changing src/model/orchestrationSchema.ts)', () => {
    expect(readFileSync(SHAPES_FILE, 'utf8')).toBe(renderShapes());
  });

  it('refuses what a shape cannot say instead of writing a checker that disagrees with zod', () => {
    expect(() => shapeOf(z.string().refine((s) => s.length > 2), JsonValue)).toThrow(/not supported/);
    expect(() => shapeOf(z.looseObject({ a: z.string().default('x') }), JsonValue)).toThrow(/not supported/);
    expect(() => shapeOf(z.looseObject({ a: z.string({ error: 'say it' }) }), JsonValue)).toThrow(/message on a string/);
  });

  it('writes a requirement row as its fields, messages included', () => {
    const table = shapeOf(z.looseObject({ left: z.string().min(1, 'choose a resource') }), JsonValue);
    expect(table.nodes[table.root]).toEqual({ t: 'object', s: [['left', 1]], x: 'loose' });
    expect(table.nodes[1]).toEqual({ t: 'string', c: [{ k: 'minLength', v: 1, m: 'choose a resource' }] });
  });
});
