import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { miniMapShapes } from './DesignMiniMap';
import { toFlowElements } from './toFlowElements';

/** The rectangles of a path built as `M x,y h w v h h -w z`. */
function rects(d: string) {
  return [...d.matchAll(/M(-?[\d.]+),(-?[\d.]+)h(-?[\d.]+)v(-?[\d.]+)h-?[\d.]+z/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]), width: Number(m[3]), height: Number(m[4]) }));
}

describe('miniMapShapes', () => {
  it('draws every stage and every step once, steps at their absolute place inside their stage', () => {
    // given
    const { nodes } = toFlowElements(propertiesFixture());
    const stages = nodes.filter((n) => n.type === 'stage');
    const steps = nodes.filter((n) => n.type === 'step');
    // when
    const shapes = miniMapShapes(nodes);
    // then
    expect(shapes.counts).toMatchObject({ stage: stages.length, step: steps.length });
    expect(rects(shapes.paths.step)).toHaveLength(steps.length);
    const step = steps[0]!;
    const parent = stages.find((s) => s.id === step.parentId)!;
    expect(rects(shapes.paths.step)[0]).toEqual({ x: parent.position.x + step.position.x, y: parent.position.y + step.position.y, width: step.width, height: step.height });
  });

  it('bounds the top-level nodes (the stages hold their steps)', () => {
    // given
    const { nodes } = toFlowElements(propertiesFixture());
    const tops = nodes.filter((n) => !n.parentId);
    // when
    const { bounds } = miniMapShapes(nodes);
    // then
    expect(bounds!.x).toBe(Math.min(...tops.map((n) => n.position.x)));
    expect(bounds!.x + bounds!.width).toBe(Math.max(...tops.map((n) => n.position.x + n.width!)));
    expect(bounds!.y + bounds!.height).toBe(Math.max(...tops.map((n) => n.position.y + n.height!)));
  });

  it('draws nothing for an empty design', () => {
    // given / when
    const shapes = miniMapShapes([]);
    // then
    expect(shapes.bounds).toBeNull();
    expect(shapes.counts).toEqual({ stage: 0, step: 0, decision: 0 });
  });
});
