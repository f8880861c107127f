import { describe, expect, it } from 'vitest';
import { elementRect } from './elementRect';
import type { DesignNode } from './types';

const nodes = [
  { id: 'Prepare', type: 'stage', position: { x: 100, y: 40 }, width: 256, height: 400, data: {} },
  { id: 'Validate', type: 'step', parentId: 'Prepare', position: { x: 12, y: 60 }, width: 232, height: 90, data: {} },
] as unknown as DesignNode[];

describe('elementRect', () => {
  it('gives a stage its own box and a step its box on the canvas (its stage position added)', () => {
    expect(elementRect(nodes, 'Prepare')).toEqual({ x: 100, y: 40, width: 256, height: 400 });
    expect(elementRect(nodes, 'Validate')).toEqual({ x: 112, y: 100, width: 232, height: 90 });
  });

  it('is null for an element that has no node', () => {
    expect(elementRect(nodes, 'Nowhere')).toBeNull();
  });
});
