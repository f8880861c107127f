import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/ui/generateDesign';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { isBigDesign, shownElements } from '../canvas/shownElements';
import { OVERVIEW_ZOOM } from '../canvas/geometry';
import { toFlowElements } from '../canvas/toFlowElements';
import { toBareElements } from './bareElements';

const PANE = { width: 640, height: 620 };
/** 100 stages of 20 steps: a big design (2,100 nodes). */
const designer = toFlowElements(generateDesign(100, 20));

describe('toBareElements', () => {
  it('keeps every node and edge of the design, with the kinds, parents, boxes and handles React Flow and the shown-elements rule read', () => {
    // given
    expect(isBigDesign(designer.nodes)).toBe(true);
    // when
    const bare = toBareElements(designer);
    // then
    expect(bare.nodes.map((n) => [n.id, n.type, n.parentId, n.position, n.width, n.height, n.handles])).toEqual(designer.nodes.map((n) => [n.id, n.type, n.parentId, n.position, n.width, n.height, n.handles]));
    expect(new Set(bare.nodes.map((n) => n.type))).toEqual(new Set(['stage', 'step']));
    expect(bare.nodes.filter((n) => n.parentId).every((n) => n.extent === 'parent')).toBe(true);
    expect(bare.edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual(designer.edges.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle]));
  });

  it('draws the arrowheads as plain React Flow does, from marker objects of the same shape, size and colour as the designer\'s own markers', () => {
    // when
    const bare = toBareElements(designer);
    // then the page is the baseline it was: React Flow's closed arrowheads, coloured as the designer's lines
    const markers = new Map(bare.edges.map((e) => [JSON.stringify(e.markerEnd), e.markerEnd]));
    expect([...markers.values()]).toEqual(expect.arrayContaining([
      { type: 'arrowclosed', width: 18, height: 18, color: 'var(--sf-next-connector)' },
      { type: 'arrowclosed', width: 18, height: 18, color: 'var(--sf-predecessor-connector)' },
    ]));
    expect(markers.size).toBe(2);
  });

  it('keeps a decision a decision', () => {
    // given a design with a decision
    const small = toFlowElements(propertiesFixture());
    // when
    const bare = toBareElements(small);
    // then
    expect(bare.nodes.map((n) => n.type)).toEqual(small.nodes.map((n) => n.type));
    expect(bare.nodes.some((n) => n.type === 'decision')).toBe(true);
  });

  it('gives the same nodes and edges to React Flow as the designer at every view, by the same rule', () => {
    // given a view far out, and readable views over the first, a middle and the last stage
    const bare = toBareElements(designer);
    const at = (id: string, zoom: number) => {
      const n = designer.nodes.find((x) => x.id === id)!;
      return { x: -n.position.x * zoom, y: -n.position.y * zoom, zoom };
    };
    const views = [{ x: 0, y: 0, zoom: OVERVIEW_ZOOM / 2 }, at('Stage_1', 1), at('Stage_50', 1), at('Stage_100', 0.6)];
    for (const viewport of views) {
      // when
      const ours = shownElements(designer, viewport, PANE);
      const theirs = shownElements(bare, viewport, PANE);
      // then
      expect(theirs.nodes.map((n) => n.id)).toEqual(ours.nodes.map((n) => n.id));
      expect(theirs.edges.map((e) => e.id)).toEqual(ours.edges.map((e) => e.id));
      expect(theirs.onlyRenderVisible).toBe(ours.onlyRenderVisible);
    }
    expect(shownElements(bare, views[2]!, PANE).nodes.filter((n) => n.type === 'step').length).toBeGreaterThan(20);
  });
});
