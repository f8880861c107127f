/**
 * Frames the design when asked (a design was opened or imported, Fit view, Tidy up, a side column
 * folded, a run shown or left). The frame is computed from the nodes the canvas is about to show
 * (their sizes are fixed, so nothing needs measuring) rather than from React Flow's own lookup, which may still hold the
 * previous design's nodes under the same names for a frame or two.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../store/appStore';
import { boundsOf, fitAll, openingFrame, type Pane, type Rect } from './layout/framing';
import type { DesignNode } from './types';

/** Boxes of the top-level nodes (stages contain their steps). */
export function topLevelRects(nodes: readonly DesignNode[]): Rect[] {
  return nodes.filter((n) => n.parentId === undefined).map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
}

/** The pane's size now, from the DOM: React Flow learns of a resize (run controls shown or hidden, a side column folded) only after this frame. */
function paneNow(store: ReturnType<typeof useStoreApi>): Pane {
  const state = store.getState();
  const box = state.domNode?.getBoundingClientRect();
  return { width: box?.width ?? state.width, height: box?.height ?? state.height };
}

/**
 * A function that frames the design: `open` as a design opens, `all` to show everything; in
 * `pane` when it was measured already, else in the pane as it is now.
 */
export function useFrameDesign(nodesRef: RefObject<readonly DesignNode[]>) {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (mode: 'open' | 'all', duration = 0, measured?: Pane) => {
      const bounds = boundsOf(topLevelRects(nodesRef.current));
      const pane = measured ?? paneNow(store);
      if (!bounds || pane.width === 0 || pane.height === 0) return;
      void setViewport(mode === 'all' ? fitAll(bounds, pane) : openingFrame(bounds, pane), { duration });
    },
    [nodesRef, setViewport, store],
  );
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
 */
export function useFitRequests(nodesRef: RefObject<readonly DesignNode[]>, pending = false): void {
  const frame = useFrameDesign(nodesRef);
  const store = useStoreApi();
  const fitRequest = useAppStore((s) => s.fitRequest);
  const served = useRef(0);
  const measured = useRef<{ count: number; pane: Pane } | null>(null);
  useLayoutEffect(() => {
    if (fitRequest.count === 0 || fitRequest.count === served.current) return;
    if (pending) {
      if (measured.current?.count !== fitRequest.count) measured.current = { count: fitRequest.count, pane: paneNow(store) };
      return;
    }
    const serve = () => {
      served.current = fitRequest.count;
      const pane = measured.current?.count === fitRequest.count ? measured.current.pane : undefined;
      measured.current = null;
      frame(fitRequest.mode, fitRequest.duration, pane);
    };
    if (store.getState().panZoom) {
      serve();
      return;
    }
    const handle = requestAnimationFrame(serve);
    return () => cancelAnimationFrame(handle);
  }, [fitRequest, frame, pending, store]);
}
