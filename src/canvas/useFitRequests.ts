/**
 * Frames the design when asked (a design was opened or imported, Fit view, Tidy up, a side column
 * folded, a run shown or left), with the frame designFrame.ts computes from the nodes the canvas
 * is about to show.
 */
import { useReactFlow, useStoreApi, type Transform, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../store/appStore';
import { selectCanvasShell } from '../store/selectors';
import { frameOf } from './designFrame';
import type { Pane } from './layout/framing';
import { coversOf, hasOverlays, overlaysOf } from './paneCovers';
import type { FrameAhead } from './shownElements';
import type { DesignNode } from './types';

/**
 * The pane's size now, from the DOM: React Flow learns of a resize (run controls shown or hidden, a
 * side column folded) only after this frame. With the panels over it, which the frame keeps clear,
 * and (`overlays`) the notices over it.
 */
function paneNow(store: ReturnType<typeof useStoreApi>, overlays = true): Pane {
  const state = store.getState();
  const box = state.domNode?.getBoundingClientRect();
  return { width: box?.width ?? state.width, height: box?.height ?? state.height, covers: [...coversOf(state.domNode), ...(overlays ? overlaysOf(state.domNode) : [])] };
}

/**
 * `pane` measured before this commit (in the render, useEarlyPane) with the notices over it now:
 * a notice posted with the opening ("Opened … from …", "Imported …") is in the DOM only once
 * committed. Measured only when one shows (reading its box lays out the page just committed, which
 * an opening without notices does not pay).
 */
function withOverlaysNow(pane: Pane, store: ReturnType<typeof useStoreApi>): Pane {
  const { domNode } = store.getState();
  return hasOverlays(domNode) ? { ...pane, covers: [...(pane.covers ?? []), ...overlaysOf(domNode)] } : pane;
}

/**
 * A function that frames the design: `open` as a design opens, `all` to show everything; in
 * `pane` when it was measured already, else in the pane as it is now.
 */
export function useFrameDesign(nodesRef: RefObject<readonly DesignNode[]>) {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (mode: 'open' | 'all', duration = 0, measured?: Pane): Viewport | null => {
      const viewport = frameOf(mode, nodesRef.current, measured ?? paneNow(store));
      if (viewport) void setViewport(viewport, { duration });
      return viewport;
    },
    [nodesRef, setViewport, store],
  );
}

/** A frame request waits at most this many animation frames for React Flow to be ready (about 2 s at 60 Hz). */
const MAX_WAIT_FRAMES = 120;

/**
 * True once React Flow has set up its pan and zoom and its pane has been laid out. A pane measured
 * already (while a big design's drawing was held back) answers the second part without measuring
 * again: measuring right after the drawing is committed would lay out the new cards, outline and
 * mini map an extra time, before React Flow's own effects change them and the frame lays them out.
 */
function canFrame(store: ReturnType<typeof useStoreApi>, measured?: Pane): boolean {
  const state = store.getState();
  if (!state.panZoom) return false;
  if (measured && measured.width > 0 && measured.height > 0) return true;
  const pane = paneNow(store);
  return pane.width > 0 && pane.height > 0;
}

interface Measured { count: number; pane: Pane; before: Transform }

/**
 * The pane measured in the render that first sees a fit request served at once (no glide) while
 * the shell around the canvas stays as it is (selectCanvasShell: the render where a run is shown or
 * left is not steady) — before the render's DOM is committed, when the page's layout is the one last
 * drawn and reading it costs nothing. The frame is then known in the render: React Flow is given the
 * part of the design for it, and the layout effect sets it without measuring again. Measured in the
 * layout effect instead, as a design opened, the read forced a layout of the design just committed —
 * the cards picked for the view before the frame — and setting the frame then had React Flow adopt
 * the cards of the frame and lay the page out once more: three layouts in the opening task where the
 * bare page has two (docs/performance.md, twenty-seventh round).
 *
 * Kept with React's "information from previous renders" pattern, so it is measured once per request,
 * with React Flow's view then (`before`); a shell that changes while the request waits drops it.
 */
function useEarlyPane(fitRequest: { count: number; duration: number }, pending: boolean, store: ReturnType<typeof useStoreApi>): Measured | null {
  const shell = useAppStore(selectCanvasShell);
  const [seen, setSeen] = useState<{ count: number; shell: string; early: Measured | null }>({ count: fitRequest.count, shell, early: null });
  if (seen.count === fitRequest.count && seen.shell === shell) return seen.early;
  const steady = seen.shell === shell && seen.count !== fitRequest.count && !pending && fitRequest.duration === 0;
  const early = steady ? measureEarly(fitRequest.count, store) : null;
  setSeen({ count: fitRequest.count, shell, early });
  return early;
}

function measureEarly(count: number, store: ReturnType<typeof useStoreApi>): Measured | null {
  const state = store.getState();
  if (!state.panZoom) return null;
  // the notices are left out: those in the DOM now may be going with this render (the "Reading …"
  // notice of a project), those it posts are not there yet (withOverlaysNow adds them once committed)
  const pane = paneNow(store, false);
  return pane.width > 0 && pane.height > 0 ? { count, pane, before: state.transform } : null;
}

/** True when React Flow's view is `viewport` (to a fraction of a pixel). */
function isAt(transform: Transform, viewport: Viewport): boolean {
  return Math.abs(transform[0] - viewport.x) < 0.5 && Math.abs(transform[1] - viewport.y) < 0.5 && Math.abs(transform[2] - viewport.zoom) < 1e-3;
}

/**
 * Keeps a framed view framed while the pane changes size under it and the view was not moved
 * since: the run controls wrap to a second row once they are drawn (1280 px), the window is
 * resized. Without it the run view framed in the pane as it was a moment before cut off the
 * bottom of a tall design. A view the user (or "follow the run") moved is left alone.
 */
function useKeepFramed(frame: ReturnType<typeof useFrameDesign>, store: ReturnType<typeof useStoreApi>) {
  const lastFit = useRef<{ mode: 'open' | 'all'; viewport: Viewport } | null>(null);
  useEffect(() => store.subscribe((state, previous) => {
    const fit = lastFit.current;
    if (!fit || (state.width === previous.width && state.height === previous.height)) return;
    if (!isAt(previous.transform, fit.viewport)) { lastFit.current = null; return; }
    const viewport = frame(fit.mode, 0, { width: state.width, height: state.height, covers: [...coversOf(state.domNode), ...overlaysOf(state.domNode)] });
    lastFit.current = viewport && { mode: fit.mode, viewport };
  }), [frame, store]);
  /** Records the frame just set (null: none to keep). */
  return useCallback((mode: 'open' | 'all', viewport: Viewport | null) => {
    lastFit.current = viewport && { mode, viewport };
  }, []);
}

/**
 * Serves each fit request once, as soon as the canvas has committed the design asked about:
 * `pending` (a big design just opened is still being drawn, store/drawnDocument.ts) holds the
 * request back until its nodes are in `nodesRef`.
 *
 * It is served in a layout effect, before the browser paints: the design's first frame is already
 * the framed one, and React Flow mounts the nodes of that view only — it adopts new nodes in its
 * own effects, which run after this one, so nothing is drawn at the old view first. The pane is
 * measured then, while the DOM is the one just committed (run controls shown or hidden, a column
 * folded). While a big design is still being drawn the pane is measured at once, when the DOM
 * is still small, and that size is used when the drawing is done: measuring after the drawing is
 * committed would lay out the new outline and mini map an extra time (drawing the design does not
 * change the pane's size). Until React Flow has set up its pan and zoom (its first effects, when
 * the canvas first mounts) the request waits for the next frame instead.
 *
 * Returns the frame about to be set when it is known in the render (FrameAhead): a big design's
 * drawing that was held back, framed at once (no glide) in the pane measured while it was held.
 * The part of the design React Flow is given is picked for that frame (useShownElements.ts), not
 * for the view before it: otherwise the design would be handed over twice, once for the old view
 * and again, after the frame is set, for the new one (a second adoption of every node and edge).
 * `nodes` are the nodes this render commits (`nodesRef` has them once committed).
 */
export function useFitRequests(nodes: readonly DesignNode[], nodesRef: RefObject<readonly DesignNode[]>, pending = false): FrameAhead | null {
  const frame = useFrameDesign(nodesRef);
  const store = useStoreApi();
  const fitRequest = useAppStore((s) => s.fitRequest);
  const served = useRef(0);
  const keepFramed = useKeepFramed(frame, store);
  /**
   * The pane measured while the drawing asked about was held back (`pending`), and React Flow's
   * view then: the view before the frame. Once the view is another (the frame set, or the user
   * moved it), the frame is no longer ahead, however often the canvas renders again (a selection).
   */
  const [held, setHeld] = useState<Measured | null>(null);
  const early = useEarlyPane(fitRequest, pending, store);
  const frameAhead = useMemo((): FrameAhead | null => {
    const known = held?.count === fitRequest.count ? held : early?.count === fitRequest.count ? early : null;
    if (pending || !known || fitRequest.duration !== 0) return null;
    const viewport = frameOf(fitRequest.mode, nodes, known.pane);
    const { before } = known;
    return viewport && { viewport, pane: known.pane, ahead: (transform) => transform === before };
  }, [pending, held, early, fitRequest, nodes]);
  useLayoutEffect(() => {
    if (fitRequest.count === 0 || fitRequest.count === served.current) return;
    if (pending) {
      // Measuring the DOM before paint and keeping the result is what a layout effect is for; the
      // render it causes draws the design before (still held back) again, which costs little.
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a measurement, see above
      if (held?.count !== fitRequest.count) setHeld({ count: fitRequest.count, pane: paneNow(store), before: store.getState().transform });
      return;
    }
    const measured = held?.count === fitRequest.count ? held.pane : early?.count === fitRequest.count ? withOverlaysNow(early.pane, store) : undefined;
    const serve = () => {
      served.current = fitRequest.count;
      const viewport = frame(fitRequest.mode, fitRequest.duration, measured);
      keepFramed(fitRequest.mode, viewport);
    };
    if (canFrame(store, measured)) {
      serve();
      return;
    }
    // Frame by frame until React Flow can pan and its pane has a size: a design opened before the
    // canvas mounted (the start sample, app/earlyStart.ts) asked before both, and served in the first
    // frame, with no pan and zoom and a pane of 0 × 0, the request was used up and nothing framed.
    let frames = 0;
    let handle = 0;
    const attempt = () => {
      if (canFrame(store, measured) || ++frames >= MAX_WAIT_FRAMES) serve();
      else handle = requestAnimationFrame(attempt);
    };
    handle = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(handle);
  }, [fitRequest, frame, pending, held, early, store, keepFramed]);
  return frameAhead;
}
