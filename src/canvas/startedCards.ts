/**
 * A started step's card in a run holds what it shows (docs/canvas.md, "A step's card in a run").
 * Its height is planned for the design — label, flow line, the chips saying how it starts and who
 * runs it — and a run shows, once the step starts, its status row and who it runs as in place of
 * the flow line and chips: a card whose chips took two rows or more kept that room empty. So in a
 * run a started step's card is as tall as what it shows at the moment shown — its status row (the
 * status, Stand-in when a flow of it takes its stand-in in this run, an async step's progress ring
 * while it runs, Complete work item while its work item is open) and its "as …" line. Its top, and
 * so every node's position, stays the design's: the stage keeps its size and the card below its
 * place. A card keeps its planned height when what it shows needs it all or gives back less than
 * a chip row (the 2 px a flow line and one chip row leave over a status row), so most cards never
 * change and a beat that changes none of them gives React Flow nothing new.
 */
import type { Trace } from '../model/types';
import { own } from '../model/ownKey';
import { standInShown } from '../player/flowRunsShown';
import type { RunSnapshot } from '../player/replay';
import { STATUS_ICON, STATUS_LABEL, type AnyStatus } from '../ui/statusStyles';
import * as G from './geometry';
import { labelLines, startedCardHeight } from './layout/cardSize';
import { sharedStepHandles } from './layout/stagePlan';
import { textWidth } from './layout/textMetrics';
import type { DesignEdge, DesignNode, StepNode } from './types';

const BOLD_CHIP = { size: G.CHIP_FONT.size, bold: true };
const chipWidth = (text: string, border = 0) => textWidth(text, BOLD_CHIP) + 2 * G.CHIP_PAD_X + 2 * border;
const STATUS_CHIP = new Map((Object.keys(STATUS_LABEL) as AnyStatus[]).map((s) => [s, chipWidth(`${STATUS_ICON[s]} ${STATUS_LABEL[s]}`)]));
const NARROWEST_STATUS = Math.min(...STATUS_CHIP.values());
const STAND_IN_CHIP = chipWidth('Stand-in');
const WORK_ITEM_BUTTON = chipWidth('Complete work item', 1);
const PROGRESS_RING = 18;

/** Less than a chip row is not given back (see above). */
const LEAST_GIVEN_BACK = G.CHIP_LINE;

/** A card that can be shorter once its step starts in this run, and what its started height reads. */
export interface StartedCard {
  planned: number;
  labelLines: number;
  async: boolean;
  interactive: boolean;
  /** A flow of it takes its stand-in in this run (its Stand-in chip, kept room for from the start). */
  standIn: boolean;
}

/** The step cards of `nodes` that can be shorter once their step starts in `trace`, by name. */
export function startedCards(nodes: readonly DesignNode[], trace: Trace): Map<string, StartedCard> {
  const cards = new Map<string, StartedCard>();
  const end = { index: trace.events.length - 1, time: Number.POSITIVE_INFINITY, events: trace.events.length };
  for (const node of nodes) {
    if (node.type !== 'step' || node.height === undefined) continue;
    const ran = own(trace.steps, node.id);
    // its label takes a line at least: a card no taller than one line's least content plus a chip row is passed over unmeasured
    if (node.height - startedCardHeight({ labelLines: 1, statusRow: [NARROWEST_STATUS], runAs: !!ran?.runAs }) < LEAST_GIVEN_BACK) continue;
    const card: StartedCard = {
      planned: node.height,
      labelLines: labelLines(node.data.label, G.CARD_INNER, node.data.problems.length > 0),
      async: ran?.mode === 'async',
      interactive: node.data.kind === 'interactive',
      standIn: standInShown(trace, node.id, end),
    };
    // the least it can show: its narrowest status alone, and its "as …" line if it runs in this run
    // (a step that never starts shows none: discontinued or canceled before it began)
    const least = startedCardHeight({ labelLines: card.labelLines, statusRow: [NARROWEST_STATUS], runAs: !!ran?.runAs });
    if (card.planned - least >= LEAST_GIVEN_BACK) cards.set(node.id, card);
  }
  return cards;
}

/** The heights of the cards of `cards` shorter at the moment `shown`, by name. */
export function startedHeights(cards: ReadonlyMap<string, StartedCard>, shown: RunSnapshot): Map<string, number> {
  const heights = new Map<string, number>();
  for (const [name, card] of cards) {
    const status = own(shown.steps, name) as AnyStatus | undefined;
    if (!status || status === 'NotStarted') continue;
    const row = [STATUS_CHIP.get(status) ?? NARROWEST_STATUS];
    if (card.standIn) row.push(STAND_IN_CHIP);
    if (card.async && status === 'InProgress') row.push(PROGRESS_RING);
    if (card.interactive && shown.openWorkItems.includes(name)) row.push(WORK_ITEM_BUTTON);
    const height = startedCardHeight({ labelLines: card.labelLines, statusRow: row, runAs: own(shown.runAs, name) !== undefined });
    if (card.planned - height >= LEAST_GIVEN_BACK) heights.set(name, height);
  }
  return heights;
}

/**
 * The heights of `startedHeights` as one string (equal strings, equal heights), for a store selector:
 * the canvas re-renders only when it changes, not on every beat. Remembers the last moment asked.
 */
export function startedHeightsKey(cards: ReadonlyMap<string, StartedCard>): (shown: RunSnapshot | null) => string {
  let last: { shown: RunSnapshot | null; key: string } = { shown: null, key: '' };
  return (shown) => {
    if (!cards.size || !shown) return '';
    if (last.shown !== shown) {
      let key = '';
      for (const [name, height] of startedHeights(cards, shown)) key += `${name}\u0000${height}\u0000`;
      last = { shown, key };
    }
    return last.key;
  };
}

/** The heights a key of startedHeightsKey says. */
export function heightsOfKey(key: string): Map<string, number> {
  const parts = key.split('\u0000');
  const heights = new Map<string, number>();
  for (let i = 0; i + 1 < parts.length; i += 2) heights.set(parts[i]!, Number(parts[i + 1]));
  return heights;
}

/** `nodes` with the cards of `heights` at those heights, their handles moved with their bottom. */
export function withStartedHeights<T extends DesignNode>(nodes: T[], heights: ReadonlyMap<string, number>): T[] {
  if (!heights.size) return nodes;
  return nodes.map((node) => {
    const height = node.type === 'step' ? heights.get(node.id) : undefined;
    if (height === undefined) return node;
    return { ...(node as StepNode), height, handles: sharedStepHandles(height) } as T;
  });
}

/**
 * `edges` with the predecessor links that go round the side of the column (`data.side`) meeting the
 * cards of `heights` at those heights: such a link runs to the middle of a card's side, which for a
 * started card is the middle of what it shows, not of its planned height (its handles, at its top
 * and bottom, are placed on the drawn card by withStartedHeights).
 */
export function withStartedSides(edges: DesignEdge[], heights: ReadonlyMap<string, number>): DesignEdge[] {
  if (!heights.size) return edges;
  let changed = false;
  const out = edges.map((edge) => {
    const side = edge.data?.side;
    if (!side) return edge;
    const sourceHeight = heights.get(edge.source) ?? side.sourceHeight;
    const targetHeight = heights.get(edge.target) ?? side.targetHeight;
    if (sourceHeight === side.sourceHeight && targetHeight === side.targetHeight) return edge;
    changed = true;
    return { ...edge, data: { ...edge.data!, side: { sourceHeight, targetHeight } } };
  });
  return changed ? out : edges;
}
