import { describe, expect, it } from 'vitest';
import { generateDesign } from '../../bench/ui/generateDesign';
import { propertiesFixture } from '../commands/__fixtures__/propertiesFixture';
import { VIRTUALIZE_ABOVE } from './canvasProps';
import { OVERVIEW_ZOOM } from './geometry';
import type { Pane, Viewport } from './layout/framing';
import { expandedFromKey, expandedKey, nearView, pickShown, shownElements, shownKey, stageBoxes, stagesNearView, type FrameAhead, type ViewTransform } from './shownElements';
import { frameOf } from './designFrame';
import { withStageOverviews } from './stageOverview';
import { toFlowElements } from './toFlowElements';
import type { DesignNode, StageNode } from './types';

const PANE: Pane = { width: 640, height: 620 };
/** 100 stages of 20 steps: 2,100 nodes, well above VIRTUALIZE_ABOVE. */
const big = toFlowElements(generateDesign(100, 20));
const stepsOf = (nodes: readonly DesignNode[]) => nodes.filter((n) => n.type === 'step');

/** The viewport that puts the top-left of node `id` at the pane's top-left at `zoom`. */
function viewportAt(id: string, zoom: number): Viewport {
  const n = big.nodes.find((x) => x.id === id)!;
  return { x: -n.position.x * zoom, y: -n.position.y * zoom, zoom };
}

describe('shownElements', () => {
  it('gives a small design everything, whatever the view', () => {
    // given
    const small = toFlowElements(propertiesFixture());
    expect(small.nodes.length).toBeLessThanOrEqual(VIRTUALIZE_ABOVE);
    // when
    const far = shownElements(small, { x: 0, y: 0, zoom: 0.05 }, PANE);
    const elsewhere = shownElements(small, { x: 100_000, y: 100_000, zoom: 1 }, PANE);
    // then
    for (const shown of [far, elsewhere]) {
      expect(shown.nodes).toBe(small.nodes);
      expect(shown.edges).toBe(small.edges);
      expect(shown.onlyRenderVisible).toBe(false);
    }
  });

  it('gives a big design no steps and no predecessor edges below the overview zoom, but every stage and connector between stages', () => {
    // given
    const viewport = { x: 0, y: 0, zoom: OVERVIEW_ZOOM - 0.01 };
    // when
    const shown = shownElements(big, viewport, PANE);
    // then
    expect(stepsOf(shown.nodes)).toEqual([]);
    expect(shown.nodes.filter((n) => n.type === 'stage')).toHaveLength(100);
    expect(shown.edges.some((e) => e.type === 'predecessor')).toBe(false);
    expect(shown.edges.filter((e) => e.id.startsWith('next:'))).toHaveLength(99);
    // so few nodes that all stay mounted: panning far out mounts nothing
    expect(shown.onlyRenderVisible).toBe(false);
  });

  it('gives, at a readable zoom over stage k, the steps of stage k and of the stages near it only', () => {
    // given: the view's top-left on stage 50
    const viewport = viewportAt('Stage_50', 1);
    const near = nearView(viewport, PANE);
    const boxes = stageBoxes(big.nodes);
    const meets = (id: string) => {
      const b = boxes.find((x) => x.id === id)!;
      return b.x < near.x + near.width && b.x + b.width > near.x && b.y < near.y + near.height && b.y + b.height > near.y;
    };
    // when
    const shown = shownElements(big, viewport, PANE);
    // then
    const parents = new Set(stepsOf(shown.nodes).map((n) => n.parentId));
    expect(parents.has('Stage_50')).toBe(true);
    expect(parents.size).toBeGreaterThan(1); // its neighbours too
    expect(parents.size).toBeLessThan(20);
    for (const id of parents) expect(meets(id!)).toBe(true);
    for (const b of boxes) expect(parents.has(b.id)).toBe(meets(b.id));
    // every step of a shown stage, with its predecessor edges; no edge to a node not shown
    expect(stepsOf(shown.nodes)).toHaveLength(parents.size * 20);
    const ids = new Set(shown.nodes.map((n) => n.id));
    expect(shown.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(shown.edges.filter((e) => e.type === 'predecessor')).toHaveLength(parents.size * 10);
    expect(shown.onlyRenderVisible).toBe(true);
  });

  it('always gives a selected step, and both ends of a selected edge, even far out', () => {
    // given
    const nodes = big.nodes.map((n) => (n.id === 'S70_Step_3' ? { ...n, selected: true } : n));
    const edges = big.edges.map((e) => (e.id === 'pred:S10_Step_4' ? { ...e, selected: true } : e));
    // when
    const shown = shownElements({ nodes, edges }, { x: 0, y: 0, zoom: 0.1 }, PANE);
    // then
    expect(stepsOf(shown.nodes).map((n) => n.id).sort()).toEqual(['S10_Step_3', 'S10_Step_4', 'S70_Step_3']);
    expect(shown.edges.map((e) => e.id)).toContain('pred:S10_Step_4');
  });

  it('keeps the expanded stages as one key, so that panning among the same stages changes nothing', () => {
    // given
    const boxes = stageBoxes(big.nodes);
    const a = viewportAt('Stage_50', 1);
    const b = { ...a, x: a.x - 5, y: a.y - 5 };
    // when
    const keyA = expandedKey(stagesNearView(boxes, a, PANE));
    const keyB = expandedKey(stagesNearView(boxes, b, PANE));
    // then
    expect(keyB).toBe(keyA);
    expect(expandedFromKey(keyA)).toEqual(stagesNearView(boxes, a, PANE));
    expect(expandedFromKey(expandedKey('all'))).toBe('all');
    expect(expandedFromKey(expandedKey([]))).toEqual([]);
    expect(pickShown(big, 'all').nodes).toBe(big.nodes);
  });

  it('keeps a stage shown until it is a whole pane away from the view, and adds one only within half a pane', () => {
    // given the stages shown over stage 50
    const boxes = stageBoxes(big.nodes);
    const start = viewportAt('Stage_50', 1);
    const shown = new Set(stagesNearView(boxes, start, PANE));
    // when the view moves right by three quarters of a pane
    const moved = { ...start, x: start.x - 0.75 * PANE.width };
    const withKept = stagesNearView(boxes, moved, PANE, shown);
    const fresh = stagesNearView(boxes, moved, PANE);
    // then every stage shown that way is kept or newly near; those it left behind stay while within a pane
    for (const id of fresh) expect(withKept).toContain(id);
    const stay = nearView(moved, PANE, 1);
    for (const id of withKept) {
      const b = boxes.find((x) => x.id === id)!;
      const within = b.x < stay.x + stay.width && b.x + b.width > stay.x && b.y < stay.y + stay.height && b.y + b.height > stay.y;
      expect(fresh.includes(id) || (shown.has(id) && within)).toBe(true);
    }
    expect(withKept.length).toBeGreaterThan(fresh.length);
  });

  it('gives an expanded stage without its sketch (its cards replace it) and a collapsed one with it', () => {
    // given a big design whose stages carry sketches
    const sketched = { nodes: withStageOverviews(big.nodes), edges: big.edges };
    const viewport = viewportAt('Stage_50', 1);
    // when
    const shown = shownElements(sketched, viewport, PANE);
    const again = shownElements(sketched, viewport, PANE);
    // then
    const stage = (id: string) => shown.nodes.find((n): n is StageNode => n.id === id && n.type === 'stage')!;
    expect(stage('Stage_50').data.overview).toBeUndefined();
    expect(stage('Stage_1').data.overview).toHaveLength(20);
    expect(again.nodes.find((n) => n.id === 'Stage_50')).toBe(stage('Stage_50'));
  });
});

describe('shownKey (the stages shown for a view, or for a frame about to be set)', () => {
  const boxes = stageBoxes(big.nodes);
  const transformOf = (v: Viewport): ViewTransform => [v.x, v.y, v.zoom];

  it('is the key of the stages near React Flow\'s view when no frame is ahead', () => {
    // given
    const view = viewportAt('Stage_40', 0.8);
    // when
    const key = shownKey(boxes, transformOf(view), PANE, new Set());
    // then
    expect(key).toBe(expandedKey(stagesNearView(boxes, view, PANE)));
    expect(expandedFromKey(key)).toContain('Stage_40');
    expect(expandedFromKey(key)).not.toContain('Stage_1');
  });

  it('picks for the frame about to be set while React Flow still shows the view before it, and for the view once it has changed', () => {
    // given: the view before (far out over the middle), and the opening frame of the design
    const before = transformOf(viewportAt('Stage_50', 0.1));
    const opening = frameOf('open', big.nodes, PANE)!;
    const frameAhead: FrameAhead = { viewport: opening, pane: PANE, ahead: (t) => t === before };
    // when
    const whileAhead = shownKey(boxes, before, PANE, new Set(), frameAhead);
    const framed = transformOf(opening);
    const onceSet = shownKey(boxes, framed, PANE, new Set(), frameAhead);
    const pannedOn = shownKey(boxes, transformOf(viewportAt('Stage_80', 0.8)), PANE, new Set(), frameAhead);
    // then: the opening frame's stages at once (not the empty far-out set), the same key once the
    // frame is set (React Flow is not handed the design again), and the view itself after that
    expect(expandedFromKey(shownKey(boxes, before, PANE, new Set()))).toEqual([]);
    expect(expandedFromKey(whileAhead)).toContain('Stage_1');
    expect(onceSet).toBe(whileAhead);
    expect(expandedFromKey(pannedOn)).toContain('Stage_80');
    expect(expandedFromKey(pannedOn)).not.toContain('Stage_1');
  });

  it('gives a small design everything, frame or not', () => {
    expect(shownKey(null, [0, 0, 0.05], PANE, new Set())).toBe(expandedKey('all'));
  });
});
