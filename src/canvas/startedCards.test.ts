import { describe, expect, it } from 'vitest';
import type { Trace } from '../model/types';
import type { RunSnapshot } from '../player/replay';
import * as G from './geometry';
import { stepCardHeight } from './layout/cardSize';
import { heightsOfKey, startedCards, startedHeights, startedHeightsKey, withStartedHeights, withStartedSides } from './startedCards';
import type { DesignEdge, DesignNode, StepNode } from './types';

/** A step card as the canvas plans it: its flow line and its chips. */
function card(name: string, kind: 'background' | 'interactive', chips: string[]): StepNode {
  const height = stepCardHeight({ label: name, meta: 'Flow: F', chips, hasProblems: false });
  return {
    id: name, type: 'step', parentId: 'S', position: { x: 12, y: 60 }, width: G.STEP_WIDTH, height,
    data: { name, label: name, problems: [], invalid: false, kind, mode: kind === 'interactive' ? 'interactive' : 'async', startBadge: chips[0]!, runAsBadge: chips[1] ?? null, flowLabel: 'F' },
  };
}

// two chip rows each: a long start chip and who runs it
const review = card('Review', 'interactive', ['After Score the case', 'Assigned to mgr_lee']);
const escalate = card('Escalate', 'background', ['Starts on evaluation flow', 'Runs as tier2_ops']);
const short = card('Short', 'background', ['Starts with stage']);
const nodes: DesignNode[] = [review, escalate, short];

const trace = {
  steps: {
    Review: { stage: 'S', status: 'Completed', mode: 'interactive', runAs: { user: 'mgr_lee' }, startedAt: 0, endedAt: 5, starts: 1, why: null },
    Escalate: { stage: 'S', status: 'Completed', mode: 'async', runAs: { user: 'tier2_ops' }, startedAt: 0, endedAt: 5, starts: 1, why: null },
    Short: { stage: 'S', status: 'Completed', mode: 'sync', runAs: { user: 'x' }, startedAt: 0, endedAt: 0, starts: 1, why: null },
  },
  events: [],
} as unknown as Trace;

const shown = (steps: RunSnapshot['steps'], openWorkItems: string[] = []) =>
  ({ index: 0, t: 0, run: null, stages: {}, steps, stepStartedAt: {}, openWorkItems, currentStage: null, runAs: Object.fromEntries(Object.entries(steps).filter(([, s]) => s !== 'NotStarted').map(([n]) => [n, 'u'])) }) as unknown as RunSnapshot;

describe('started step cards', () => {
  const cards = startedCards(nodes, trace);

  it('a card planned with one chip row never changes (it gives back 2 px, less than a row)', () => {
    expect(cards.has('Short')).toBe(false);
    expect(cards.has('Review')).toBe(true);
  });

  it('not started: the planned height; started: the label, the status row and the "as …" line', () => {
    expect(startedHeights(cards, shown({ Review: 'NotStarted' })).size).toBe(0);
    const started = startedHeights(cards, shown({ Review: 'InProgress', Escalate: 'Completed' }));
    // border and padding 20, one label line 21, then a status row 20 and an "as …" line 18, 4 px apart
    expect(started.get('Review')).toBe(20 + 21 + 4 + 20 + 4 + 18);
    expect(started.get('Escalate')).toBe(20 + 21 + 4 + 20 + 4 + 18);
    expect(review.height! - started.get('Review')!).toBeGreaterThanOrEqual(G.CHIP_LINE);
  });

  it('while its work item is open, Complete work item takes a second row: the card keeps its planned height', () => {
    expect(startedHeights(cards, shown({ Review: 'InProgress' }, ['Review'])).has('Review')).toBe(false);
    expect(startedHeights(cards, shown({ Review: 'Completed' })).has('Review')).toBe(true);
  });

  it('an async step\'s progress ring fits beside its status', () => {
    expect(startedHeights(cards, shown({ Escalate: 'InProgress' })).get('Escalate')).toBe(20 + 21 + 4 + 20 + 4 + 18);
  });

  it('moves only the bottom of a card: its place is kept, its handles go with its bottom, other nodes are the same objects', () => {
    const heights = startedHeights(cards, shown({ Review: 'Completed' }));
    const out = withStartedHeights(nodes, heights);
    const moved = out[0]!;
    expect(moved.position).toBe(review.position);
    expect(moved.height).toBe(heights.get('Review'));
    expect(moved.handles!.find((h) => h.id === 'out')!.y).toBe(heights.get('Review')! - 7);
    expect(out[1]).toBe(escalate);
    expect(withStartedHeights(nodes, new Map())).toBe(nodes);
  });

  it('a predecessor link round the side of the column meets a started card at the middle of its drawn side; other links are the same objects', () => {
    const heights = startedHeights(cards, shown({ Review: 'Completed' }));
    const link = (id: string, source: string, target: string, side?: { sourceHeight: number; targetHeight: number }): DesignEdge =>
      ({ id, type: 'predecessor', source, target, data: side ? { link: { kind: 'predecessor', step: target }, side } : { link: { kind: 'predecessor', step: target } } });
    const round = link('pred:Escalate', 'Review', 'Escalate', { sourceHeight: review.height!, targetHeight: escalate.height! });
    const into = link('pred:Review', 'Escalate', 'Review', { sourceHeight: escalate.height!, targetHeight: review.height! });
    const straight = link('pred:Short', 'Review', 'Short');
    const untouched = link('pred:Other', 'Escalate', 'Short', { sourceHeight: escalate.height!, targetHeight: short.height! });
    const edges = [round, into, straight, untouched];
    const out = withStartedSides(edges, heights);
    expect(out[0]!.data!.side).toEqual({ sourceHeight: heights.get('Review'), targetHeight: escalate.height });
    expect(out[1]!.data!.side).toEqual({ sourceHeight: escalate.height, targetHeight: heights.get('Review') });
    expect(out[0]!.data!.link).toBe(round.data!.link);
    expect(out[2]).toBe(straight);
    expect(out[3]).toBe(untouched);
    expect(withStartedSides(edges, new Map())).toBe(edges);
    const unchanged = [straight, untouched];
    expect(withStartedSides(unchanged, heights)).toBe(unchanged);
  });

  it('says the heights as one key: the same for moments that show the same heights, empty for none', () => {
    const keyOf = startedHeightsKey(cards);
    const done = shown({ Review: 'Completed', Escalate: 'InProgress' });
    const key = keyOf(done);
    expect(heightsOfKey(key)).toEqual(startedHeights(cards, done));
    expect(keyOf(shown({ Review: 'Completed', Escalate: 'Completed' }))).toBe(key);
    expect(keyOf(shown({ Review: 'NotStarted' }))).toBe('');
    expect(startedHeightsKey(new Map())(done)).toBe('');
  });
});
