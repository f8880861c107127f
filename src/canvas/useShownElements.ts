/**
 * The part of the design React Flow is given (shownElements.ts): in a big design the step nodes of
 * the stages near the view only, none far out. The view is read on every pan frame, but only as
 * the list of stages whose steps are shown (one string), so the nodes and edges handed to React
 * Flow keep their identity while panning among the same stages, and React Flow re-adopts its nodes
 * only when a stage comes near or goes away (a stage stays until it is a pane away, so panning to
 * and fro does not drop and re-add it).
 *
 * Far out every stage is mounted (no culling, so a far-out pan mounts nothing). Going far out
 * (Fit view, zooming out past OVERVIEW_ZOOM) would mount them all in one task — 1.5 s for the 500
 * stages of 10,000 steps — so they are given MOUNT_CHUNK more per frame, in arrangement order.
 *
 * Generic over the node type: the benchmark's bare page (app/BareFlowBench.tsx) runs the same hook
 * on its plain boxes, so both pages do the same work frame by frame.
 */
import { useStore, type Edge, type Node, type ReactFlowState } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { expandedFromKey, pickShown, shownKey, type FrameAhead, type Shown, type ShownElements, type StageBox } from './shownElements';

/** Nodes mounted per frame while a far-out view fills in (each costs about 1–3 ms with its connector). */
export const MOUNT_CHUNK = 50;

interface Growth<N extends Node, E extends Edge> {
  target: Shown<N, E>;
  /** How many of `target`'s nodes are given (all of them when Infinity). */
  limit: number;
}

/** The first `limit` nodes of `shown`, with the edges between them. */
function prefix<N extends Node, E extends Edge>(shown: Shown<N, E>, limit: number): Shown<N, E> {
  const nodes = shown.nodes.slice(0, limit);
  const ids = new Set(nodes.map((n) => n.id));
  return { nodes, edges: shown.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), onlyRenderVisible: false };
}

/** How many nodes of `next` to give at once after `before` was given. */
function firstLimit<N extends Node, E extends Edge>(before: Growth<N, E>, next: Shown<N, E>): number {
  if (next.onlyRenderVisible) return Infinity;
  // culled before: only the nodes in view were mounted
  const mounted = before.target.onlyRenderVisible ? 0 : Math.min(before.limit, before.target.nodes.length);
  return next.nodes.length - mounted > MOUNT_CHUNK ? Math.max(mounted, MOUNT_CHUNK) : Infinity;
}

/**
 * `boxes`: the stage boxes of a big design, null for a small one (everything is shown).
 * `frameAhead`: a frame about to be set (useFitRequests.ts); until it is, the part is picked for it.
 */
export function useShownElements<N extends Node, E extends Edge>(all: ShownElements<N, E>, boxes: readonly StageBox[] | null, frameAhead: FrameAhead | null = null): Shown<N, E> {
  /** The stages shown now, which stay a little longer than they would come (stagesNearView). */
  const kept = useRef<ReadonlySet<string>>(new Set());
  const selectKey = useCallback((s: ReactFlowState) => shownKey(boxes, s.transform, { width: s.width, height: s.height }, kept.current, frameAhead), [boxes, frameAhead]);
  const key = useStore(selectKey);
  const expanded = useMemo(() => expandedFromKey(key), [key]);
  useLayoutEffect(() => {
    kept.current = new Set(expanded === 'all' ? [] : expanded);
  }, [expanded]);
  const target = useMemo(() => pickShown(all, expanded), [all, expanded]);
  const [growth, setGrowth] = useState<Growth<N, E>>(() => ({ target, limit: Infinity }));
  let current = growth;
  if (growth.target !== target) {
    // a small design is given whole at once, always
    current = { target, limit: boxes ? firstLimit(growth, target) : Infinity };
    setGrowth(current);
  }
  useEffect(() => {
    if (current.limit === Infinity) return;
    const frame = requestAnimationFrame(() =>
      setGrowth((g) => (g.target === current.target ? { target: g.target, limit: g.limit + MOUNT_CHUNK >= g.target.nodes.length ? Infinity : g.limit + MOUNT_CHUNK } : g)),
    );
    return () => cancelAnimationFrame(frame);
  }, [current]);
  return useMemo(() => (current.limit === Infinity ? current.target : prefix(current.target, current.limit)), [current]);
}
