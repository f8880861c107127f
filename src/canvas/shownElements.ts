/**
 * Which of a design's nodes and edges React Flow is given for the view (docs/canvas.md "Big
 * designs"). React Flow keeps every node it is given in its lookups and re-adopts them all whenever
 * the `nodes` prop changes, and mounts every one in view; a 10,000-step design seen whole is 10,500
 * nodes. So, above VIRTUALIZE_ABOVE nodes:
 * - below OVERVIEW_ZOOM no step is given (the sketch layer paints each stage's steps, SketchLayer.tsx);
 * - at a readable zoom only the steps of the stages near the view are: a stage whose box meets the
 *   view grown by half a pane on each side (so panning brings no empty stage into view);
 * - a selected node, and both ends of a selected edge, are always given, so React Flow's own
 *   selection (click, Shift+click, pane click, arrow keys) sees the whole selection.
 * Stages, decisions and the connectors between them are always given; an edge is given when both
 * its ends are. Small designs are given everything (tests and screen readers see every node).
 * The canvas and the benchmark's bare page (app/BareFlowBench.tsx) both apply this rule on every
 * frame through useShownElements.ts, so the two pages show the same nodes at every view, during a
 * pan as well.
 */
import type { Edge, Node } from '@xyflow/react';
import { VIRTUALIZE_ABOVE } from './canvasProps';
import { OVERVIEW_ZOOM } from './geometry';
import type { Pane, Rect, Viewport } from './layout/framing';
import type { DesignEdge, DesignNode } from './types';

/**
 * A design's nodes and edges: the designer's, or the benchmark's bare boxes. The rule reads only
 * what React Flow itself reads — a node's `type` ('stage', 'step', 'decision'), `parentId`,
 * `selected`, a stage's position and size, an edge's ends and `selected` — and a stage's sketch
 * (`data.overview`), when it has one.
 */
export interface ShownElements<N extends Node = DesignNode, E extends Edge = DesignEdge> {
  nodes: N[];
  edges: E[];
}

export interface Shown<N extends Node = DesignNode, E extends Edge = DesignEdge> extends ShownElements<N, E> {
  /**
   * React Flow's `onlyRenderVisibleElements`: whether only the nodes in the pane are mounted. Far
   * out a big design gives React Flow only its stages and decisions; up to FAR_MOUNT_ALL of them
   * are all mounted, so that panning and zooming far out mounts nothing (with culling, each wheel
   * step out mounted hundreds of stages at once: long tasks of 0.5 s at 10,000 steps).
   */
  onlyRenderVisible: boolean;
}

/** Far out, up to this many stages and decisions stay mounted whether in view or not. */
export const FAR_MOUNT_ALL = 1000;

/** The stages whose steps are shown: every one, or those listed (none when far out). */
export type ExpandedStages = 'all' | readonly string[];

export interface StageBox extends Rect {
  id: string;
}

/** Whether a design is big enough for only part of it to be given to React Flow. */
export function isBigDesign(nodes: readonly unknown[]): boolean {
  return nodes.length > VIRTUALIZE_ABOVE;
}

/** The boxes of the stages (top-level nodes, absolute positions), in node order. */
export function stageBoxes(nodes: readonly Node[]): StageBox[] {
  const boxes: StageBox[] = [];
  for (const n of nodes) if (n.type === 'stage') boxes.push({ id: n.id, x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 });
  return boxes;
}

/** The part of the flow the pane shows at `viewport`, grown by `panes` panes on each side (half a pane by default). */
export function nearView(viewport: Viewport, pane: Pane, panes = 0.5): Rect {
  const width = pane.width / viewport.zoom;
  const height = pane.height / viewport.zoom;
  return { x: -viewport.x / viewport.zoom - panes * width, y: -viewport.y / viewport.zoom - panes * height, width: (1 + 2 * panes) * width, height: (1 + 2 * panes) * height };
}

const meets = (b: Rect, r: Rect) => b.x < r.x + r.width && b.x + b.width > r.x && b.y < r.y + r.height && b.y + b.height > r.y;

/**
 * The stages (of `boxes`) whose steps are shown at `viewport`: none below OVERVIEW_ZOOM, else those
 * near the view. A stage of `kept` (shown before) stays until it is a whole pane away from the
 * view, so panning to and fro or zooming in and out a little does not drop and re-add the same
 * stages.
 */
export function stagesNearView(boxes: readonly StageBox[], viewport: Viewport, pane: Pane, kept: ReadonlySet<string> = new Set()): string[] {
  if (viewport.zoom < OVERVIEW_ZOOM) return [];
  const near = nearView(viewport, pane);
  const stay = nearView(viewport, pane, 1);
  const ids: string[] = [];
  for (const b of boxes) if (meets(b, near) || (kept.has(b.id) && meets(b, stay))) ids.push(b.id);
  return ids;
}

/** React Flow's view as its store holds it: x, y, zoom (a new array each time the view changes). */
export type ViewTransform = readonly [number, number, number];

/**
 * A frame the canvas is about to set, known while it renders the design it frames (useFitRequests.ts):
 * `ahead(transform)` says whether React Flow's view is still the one before the frame.
 */
export interface FrameAhead {
  viewport: Viewport;
  pane: Pane;
  ahead: (transform: ViewTransform) => boolean;
}

/**
 * The key (expandedKey) of the stages whose steps are shown at React Flow's view `transform` in a
 * pane of `pane` pixels — or, while `frameAhead` is ahead of that view, at the frame about to be set,
 * so that a design being opened is handed to React Flow once, for the view it opens at.
 */
export function shownKey(boxes: readonly StageBox[] | null, transform: ViewTransform, pane: Pane, kept: ReadonlySet<string>, frameAhead: FrameAhead | null = null): string {
  if (!boxes) return expandedKey('all');
  if (frameAhead?.ahead(transform)) return expandedKey(stagesNearView(boxes, frameAhead.viewport, frameAhead.pane, kept));
  return expandedKey(stagesNearView(boxes, { x: transform[0], y: transform[1], zoom: transform[2] }, pane, kept));
}

/** A string that changes exactly when the expanded stages change (cheap to compare on every pan frame). */
export function expandedKey(expanded: ExpandedStages): string {
  return expanded === 'all' ? '*all' : expanded.join('\n');
}

export function expandedFromKey(key: string): ExpandedStages {
  if (key === '*all') return 'all';
  return key === '' ? [] : key.split('\n');
}

/** The stages whose steps a design shows at `viewport` in a pane of `pane` pixels. */
export function expandedStages(nodes: readonly Node[], viewport: Viewport, pane: Pane): ExpandedStages {
  return isBigDesign(nodes) ? stagesNearView(stageBoxes(nodes), viewport, pane) : 'all';
}

/** A stage whose steps are all given shows them, not its sketch: the same node without it (one object per stage object). */
const withoutSketch = new WeakMap<Node, Node>();
function unsketched<N extends Node>(stage: N): N {
  let node = withoutSketch.get(stage) as N | undefined;
  if (!node) {
    node = { ...stage, data: { ...stage.data, overview: undefined } };
    withoutSketch.set(stage, node);
  }
  return node;
}

/**
 * The nodes and edges given to React Flow when the steps of `expanded` stages are shown (plus
 * selected nodes and the ends of selected edges). `'all'` gives `elements`' own lists. An expanded
 * stage comes without its sketch (`data.overview`): its cards replace it in the same update, so
 * nothing flickers.
 */
export function pickShown<N extends Node, E extends Edge>(elements: ShownElements<N, E>, expanded: ExpandedStages): Shown<N, E> {
  if (expanded === 'all') return { nodes: elements.nodes, edges: elements.edges, onlyRenderVisible: false };
  const open = new Set(expanded);
  const forced = new Set<string>();
  for (const e of elements.edges) {
    if (!e.selected) continue;
    forced.add(e.source);
    forced.add(e.target);
  }
  const shown = new Set<string>();
  const nodes: N[] = [];
  for (const n of elements.nodes) {
    if (n.type === 'step' && !open.has(n.parentId ?? '') && !n.selected && !forced.has(n.id)) continue;
    shown.add(n.id);
    nodes.push(n.type === 'stage' && n.data.overview && open.has(n.id) ? unsketched(n) : n);
  }
  const edges = elements.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  return { nodes, edges, onlyRenderVisible: expanded.length > 0 || nodes.length > FAR_MOUNT_ALL };
}

/** The nodes and edges of a design that React Flow is given at `viewport` in a pane of `pane` pixels. */
export function shownElements<N extends Node, E extends Edge>(elements: ShownElements<N, E>, viewport: Viewport, pane: Pane): Shown<N, E> {
  return pickShown(elements, expandedStages(elements.nodes, viewport, pane));
}
