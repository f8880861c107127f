/**
 * The view goes where the user's attention is: an element just added (and selected) is panned
 * into view, and during a run the element the latest change touched is panned into view when it is
 * off screen ("Follow the run", on by default). Only the smallest pan is made and the zoom is kept;
 * with reduced motion the view jumps instead of gliding.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../store/appStore';
import { selectRunShown } from '../store/selectors';
import type { AppState } from '../store/storeTypes';
import { elementRect, prefersReducedMotion } from './elementRect';
import { FollowPacer, type Timers } from './followPacer';
import { boundsOf, focusOn, panIntoView, type Rect, type Viewport } from './layout/framing';
import { coveredPane } from './paneCovers';
import type { DesignNode } from './types';

const GLIDE_MS = 250;
/** Find's move to a match (centred, maybe zoomed in) is longer than a pan. */
const FOCUS_MS = 300;
/**
 * Faster than this the run view's pans jump: a 250 ms glide would be overtaken by a dozen changes
 * or more (at 100× a beat lasts 3.5 ms), and every frame of a glide re-reads the viewport for every
 * mounted node and mounts the nodes it passes over.
 */
export const GLIDE_UP_TO_SPEED = 10;
/**
 * At those speeds the view jumps at most once a second, to the latest change: each jump mounts the
 * nodes it brings into view in one frame, and at 100× four jumps a second made one frame in twelve
 * a slow one, two a second one in twenty (the p95 frame at two frames in about half the runs).
 * Once a second (100 s of the run at 100×) is still often enough to see where the run is.
 */
const FAST_FOLLOW_GAP_MS = 1000;
/** How far (screen px) the view must move under a held pane to be a pan by hand, not a click's jitter. */
const HAND_PAN_PX = 4;

/** A view move under way, per canvas (React Flow's store): where it ends, and when. */
const heading = new WeakMap<object, { viewport: Viewport; until: number }>();

/**
 * The view a new move starts from: where a glide under way ends (Find's glide, then focus on the
 * match: the focus must not pan from the view the glide is leaving), else the view now.
 */
function viewFrom(store: ReturnType<typeof useStoreApi>): Viewport {
  const moving = heading.get(store);
  if (moving && performance.now() < moving.until) return moving.viewport;
  const [x, y, zoom] = store.getState().transform;
  return { x, y, zoom };
}

/**
 * A function that brings `box` into view in the pane less what covers it (the zoom controls, the
 * mini map, the notices: paneCovers.ts coveredPane, framing.ts panIntoView). `pan`: the smallest
 * pan, the zoom kept (nothing when it is in view); `focus` (Find): centred, zoomed in to a readable
 * zoom when further out. It returns how long the move takes (0: a jump), or -1 when nothing moved.
 * `jump`: no glide; with reduced motion every move jumps.
 */
export function useBringIntoView() {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback((box: Rect, jump = false, how: 'pan' | 'focus' = 'pan'): number => {
    const state = store.getState();
    if (state.width === 0 || state.height === 0) return -1;
    const pane = coveredPane(state);
    const from = viewFrom(store);
    const next = how === 'focus' ? focusOn(box, pane, from) : panIntoView(box, pane, from);
    if (!next) return -1;
    const duration = jump || prefersReducedMotion() ? 0 : how === 'focus' ? FOCUS_MS : GLIDE_MS;
    heading.set(store, { viewport: next, until: performance.now() + duration });
    void setViewport(next, { duration });
    return duration;
  }, [setViewport, store]);
}

/**
 * Brings a node that takes keyboard focus into view clear of what covers the pane (Tab, focus
 * following the selection, Show it from the keyboard) — React Flow's own pan on focus (turned off,
 * `autoPanOnNodeFocus`) counted a node under a notice, or half out of the pane, as in view, and
 * centred a step by its place in its stage. As React Flow's, only for focus the user sees
 * (`:focus-visible`, not a click on a card) and with a jump.
 */
export function useRevealFocused(nodesRef: RefObject<readonly DesignNode[]>): (event: React.FocusEvent<HTMLElement>) => void {
  const bringIntoView = useBringIntoView();
  return useCallback((event: React.FocusEvent<HTMLElement>) => {
    const el = event.target;
    if (!(el instanceof HTMLElement) || !el.matches('.react-flow__node[data-id]') || !el.matches(':focus-visible')) return;
    const box = elementRect(nodesRef.current, el.getAttribute('data-id')!);
    if (box) bringIntoView(box, true);
  }, [nodesRef, bringIntoView]);
}

/** Pans to elements that appear and are selected (a palette add, a paste, a drop, an undo that brings one back). */
export function useRevealAdded(nodes: readonly DesignNode[]): void {
  const bringIntoView = useBringIntoView();
  const known = useRef<ReadonlySet<string> | null>(null);
  useEffect(() => {
    const before = known.current;
    known.current = new Set(nodes.map((n) => n.id));
    if (!before) return; // the first design shown is framed by a fit request
    const selected = new Set(useAppStore.getState().selected);
    const added = nodes.filter((n) => !before.has(n.id) && selected.has(n.id));
    const box = boundsOf(added.map((n) => elementRect(nodes, n.id)).filter((r): r is Rect => r !== null));
    if (box) bringIntoView(box);
  }, [nodes, bringIntoView]);
}

/**
 * Pans to an element chosen outside the canvas (a row of the outline, clicked or Enter; Show it in
 * the Problems list, a notice, the run's Expectations; a step of the stall banner) when it is out
 * of view, or under a notice: focus may stay where it was, or move by a click (no pan on focus
 * then), and in a big design the element's node may not even be mounted.
 */
export function useRevealRequests(nodesRef: RefObject<readonly DesignNode[]>): void {
  const bringIntoView = useBringIntoView();
  const request = useAppStore((s) => s.revealRequest);
  // served once: a canvas mounted again (after a run) does not pan to an element chosen long ago
  const served = useRef(request.count);
  useEffect(() => {
    if (request.count === served.current || !request.element) return;
    served.current = request.count;
    const box = elementRect(nodesRef.current, request.element);
    if (box) bringIntoView(box);
  }, [request, nodesRef, bringIntoView]);
}

/** The element and trace index of the latest change shown, while the view follows the run. */
const selectFollowed = (s: AppState): string | null => {
  if (!s.followRun || !selectRunShown(s)) return null;
  const change = s.snapshot!.lastChange;
  return change ? `${change.index}\u0000${change.element}` : null;
};

const browserTimers: Timers = { set: (run, ms) => window.setTimeout(run, ms), clear: (handle) => window.clearTimeout(handle) };

/**
 * During a run, pans to the element each change touches when it is out of view. A glide is never
 * cut short: changes that come during one are followed by one pan to the latest of them when it
 * ends (followPacer.ts), which at 1× is every change (beats are further apart than a glide).
 * Faster than GLIDE_UP_TO_SPEED the pans jump, at most one every FAST_FOLLOW_GAP_MS.
 */
export function useFollowRun(nodesRef: RefObject<readonly DesignNode[]>): void {
  const bringIntoView = useBringIntoView();
  const flowStore = useStoreApi();
  const followed = useAppStore(selectFollowed);
  const pacer = useRef<FollowPacer<string> | null>(null);
  useEffect(() => {
    const made = new FollowPacer<string>((element) => {
      // never moved from under the user's hand: while the pane is held, the change is not followed
      if (flowStore.getState().paneDragging) return -1;
      const box = elementRect(nodesRef.current, element);
      if (!box) return -1;
      const fast = useAppStore.getState().cursor.speed > GLIDE_UP_TO_SPEED;
      const took = bringIntoView(box, fast);
      return took >= 0 && fast ? FAST_FOLLOW_GAP_MS : took;
    }, () => performance.now(), browserTimers, GLIDE_MS);
    pacer.current = made;
    return () => made.cancel();
  }, [nodesRef, bringIntoView, flowStore]);
  // A pan by hand during a run turns following off (the checkbox shows it), as a map's "follow me"
  // stops when the map is dragged: the next change would otherwise pull the view back from where the
  // user took it, or move it while they still hold it. Zooming keeps following.
  useEffect(() => {
    let grabbedAt: readonly [number, number] | null = null;
    return flowStore.subscribe((state, before) => {
      if (!state.paneDragging) grabbedAt = null;
      else if (!before.paneDragging) grabbedAt = [state.transform[0], state.transform[1]];
      else if (grabbedAt && Math.hypot(state.transform[0] - grabbedAt[0], state.transform[1] - grabbedAt[1]) > HAND_PAN_PX) {
        grabbedAt = null;
        const app = useAppStore.getState();
        if (app.followRun && selectRunShown(app)) app.stopFollowByPan();
      }
    });
  }, [flowStore]);
  useEffect(() => {
    if (followed) pacer.current?.follow(followed.split('\u0000')[1]!);
    else pacer.current?.cancel();
  }, [followed]);
}

/**
 * useFollowRun in a component of its own (rendered inside React Flow, whose view it moves): it
 * subscribes to the latest change, which is new on every beat of a run, and re-rendering the whole
 * canvas on each beat (a few hundred a second at 100×) is work playback does not need.
 */
export function FollowTheRun({ nodesRef }: { nodesRef: RefObject<readonly DesignNode[]> }): null {
  useFollowRun(nodesRef);
  return null;
}
