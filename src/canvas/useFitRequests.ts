/**
 * Frames the design when asked (a design was opened or imported, Fit view, Tidy up, a side column
 * folded, a run shown or left). The frame is computed from the nodes the canvas is about to show
 * (their sizes are fixed, so nothing needs measuring) rather than from React Flow's own lookup, which may still hold the
 * previous design's nodes under the same names for a frame or two.
 */
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useAppStore } from '../store/appStore';
import { boundsOf, fitAll, openingFrame, type Pane, type Rect } from './layout/framing';
import type { DesignNode } from './types';

/** Boxes of the top-level nodes (stages contain their steps). */
export function topLevelRects(nodes: readonly DesignNode[]): Rect[] {
  return nodes.filter((n) => n.parentId === undefined).map((n) => ({ x: n.position.x, y: n.position.y, width: n.width ?? 0, height: n.height ?? 0 }));
}

/** A function that frames the design: `open` as a design opens, `all` to show everything. */
export function useFrameDesign(nodesRef: RefObject<readonly DesignNode[]>) {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (mode: 'open' | 'all', duration = 0) => {
      const bounds = boundsOf(topLevelRects(nodesRef.current));
      // The pane's size now, from the DOM: React Flow learns of a resize (run controls shown or
      // hidden, a side column folded) only after this frame.
      const state = store.getState();
      const box = state.domNode?.getBoundingClientRect();
      const width = box?.width ?? state.width;
      const height = box?.height ?? state.height;
      if (!bounds || width === 0 || height === 0) return;
      const pane: Pane = { width, height };
      void setViewport(mode === 'all' ? fitAll(bounds, pane) : openingFrame(bounds, pane), { duration });
    },
    [nodesRef, setViewport, store],
  );
}

/**
 * Serves each fit request once, on the frame after the canvas has drawn the design asked about:
 * `pending` (a big design just opened is still being drawn, store/drawnDocument.ts) holds the
 * request back until its nodes are in `nodesRef`.
 */
export function useFitRequests(nodesRef: RefObject<readonly DesignNode[]>, pending = false): void {
  const frame = useFrameDesign(nodesRef);
  const fitRequest = useAppStore((s) => s.fitRequest);
  const served = useRef(0);
  useEffect(() => {
    if (fitRequest.count === 0 || fitRequest.count === served.current || pending) return;
    // After the next frame the canvas has rendered the design asked about (nodesRef holds its nodes).
    const handle = requestAnimationFrame(() => {
      served.current = fitRequest.count;
      frame(fitRequest.mode, fitRequest.duration);
    });
    return () => cancelAnimationFrame(handle);
  }, [fitRequest, frame, pending]);
}
