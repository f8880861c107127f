import { describe, expect, it } from 'vitest';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import fc from 'fast-check';
import { layerMove, layerTransform, miniMapShapes, miniMapViewBox, placement, viewFrame, type ViewBox } from './DesignMiniMap';
import { boundsOf } from './layout/framing';
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

describe('the mini map shapes layer', () => {
  const size = { width: 150, height: 100 };
  const pixel = (box: ViewBox, p: { x: number; y: number }) => {
    const { k, tx, ty } = placement(box, size);
    return { x: p.x * k + tx, y: p.y * k + ty };
  };

  it('moved by layerMove, draws every flow point where the mini map of the current view would', () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 10, max: 200_000 }), height: fc.integer({ min: 10, max: 50_000 }) }),
        fc.record({ x: fc.integer({ min: -50_000, max: 50_000 }), y: fc.integer({ min: -50_000, max: 50_000 }), width: fc.integer({ min: 100, max: 400_000 }), height: fc.integer({ min: 100, max: 200_000 }) }),
        fc.record({ x: fc.integer({ min: -60_000, max: 60_000 }), y: fc.integer({ min: -60_000, max: 60_000 }) }),
        (design, view, point) => {
          // given the shapes drawn for the design alone, and the mini map's frame for the design and the view
          const drawn = miniMapViewBox(design, size);
          const now = miniMapViewBox(boundsOf([design, view])!, size);
          // when the layer is moved
          const { dx, dy, scale } = layerMove(drawn, now, size);
          const before = pixel(drawn, point);
          // then the point lands where the current frame draws it
          const expected = pixel(now, point);
          expect(dx + scale * before.x).toBeCloseTo(expected.x, 6);
          expect(dy + scale * before.y).toBeCloseTo(expected.y, 6);
        },
      ),
    );
  });

  it('stays still while the view is inside the design', () => {
    // given a view inside the design: the frame is the design's own
    const design = { x: 0, y: 0, width: 20_000, height: 6_000 };
    const drawn = miniMapViewBox(design, size);
    const now = miniMapViewBox(boundsOf([design, { x: 500, y: 500, width: 1_000, height: 600 }])!, size);
    // then the layer does not move
    expect(layerTransform(drawn, now, size)).toBe('translate(0px, 0px) scale(1)');
  });

  it("frames the view where the mini map draws it: the view's corners land on the flow points' pixels", () => {
    fc.assert(
      fc.property(
        fc.record({ x: fc.integer({ min: -5000, max: 5000 }), y: fc.integer({ min: -5000, max: 5000 }), width: fc.integer({ min: 10, max: 200_000 }), height: fc.integer({ min: 10, max: 50_000 }) }),
        fc.record({ x: fc.integer({ min: -50_000, max: 50_000 }), y: fc.integer({ min: -50_000, max: 50_000 }), width: fc.integer({ min: 100, max: 400_000 }), height: fc.integer({ min: 100, max: 200_000 }) }),
        (design, view) => {
          // given the mini map's frame for the design and the view
          const box = miniMapViewBox(boundsOf([design, view])!, size);
          // when the view's frame is placed
          const frame = viewFrame(box, view, size);
          // then its corners are the view's corners as drawn, and it lies inside the mini map
          const topLeft = pixel(box, view);
          const bottomRight = pixel(box, { x: view.x + view.width, y: view.y + view.height });
          expect(frame.x).toBeCloseTo(topLeft.x, 6);
          expect(frame.y).toBeCloseTo(topLeft.y, 6);
          expect(frame.x + frame.width).toBeCloseTo(bottomRight.x, 6);
          expect(frame.y + frame.height).toBeCloseTo(bottomRight.y, 6);
          expect(frame.x).toBeGreaterThanOrEqual(-1e-6);
          expect(frame.y).toBeGreaterThanOrEqual(-1e-6);
          expect(frame.x + frame.width).toBeLessThanOrEqual(size.width + 1e-6);
          expect(frame.y + frame.height).toBeLessThanOrEqual(size.height + 1e-6);
        },
      ),
    );
  });

  it('moves the view frame by the pan times the mini map scale', () => {
    // given a view inside a design (the frame of the mini map stays the design's)
    const design = { x: 0, y: 0, width: 20_000, height: 6_000 };
    const box = miniMapViewBox(design, size);
    const view = { x: 500, y: 500, width: 1_000, height: 600 };
    // when the view pans 2,000 to the right
    const before = viewFrame(box, view, size);
    const after = viewFrame(box, { ...view, x: view.x + 2_000 }, size);
    // then the frame moves 2,000 × k pixels, its size unchanged
    expect(after.x - before.x).toBeCloseTo(2_000 * placement(box, size).k, 6);
    expect(after.y).toBe(before.y);
    expect(after.width).toBeCloseTo(before.width, 6);
  });

  it('an empty view (the pane not measured yet, no nodes) gives a frame of finite numbers, not NaN', () => {
    const view = { x: 0, y: 0, width: 0, height: 0 };
    const box = miniMapViewBox(view, size);
    const frame = viewFrame(box, view, size);
    expect(Object.values(frame).every(Number.isFinite)).toBe(true);
    expect(layerTransform(box, box, size)).not.toContain('NaN');
  });
});
