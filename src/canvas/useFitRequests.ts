/**
 * Fits the view when a design is opened and on request (Fit view, Tidy up, the side column folding). Big designs show the first stages of the
 * run rather than everything at a tiny zoom. The frame is computed from the nodes the canvas is
 * about to show (their sizes are fixed, so nothing needs measuring) rather than from React Flow's
 * own lookup, which may still hold the previous design's nodes under the same names for a frame or two.
 */
import { getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useEffect, type RefObject } from 'react';
import { runOrder } from '../commands/queries';
import type { DesignNode } from './types';
import { useAppStore } from '../store/appStore';

const FIT_ALL_UP_TO = 8;
const MAX_ZOOM = 1.1;
const MIN_ZOOM = 0.05;

/** Which top-level elements to frame, and the padding around them. */
export function fitOptions(): { padding: number; nodes?: { id: string }[] } {
  const doc = useAppStore.getState().doc;
  if (doc.stages.length + (doc.decisions?.length ?? 0) <= FIT_ALL_UP_TO) return { padding: 0.08 };
  return { padding: 0.1, nodes: runOrder(doc).slice(0, 2).map((id) => ({ id })) };
}

/** A function that frames the design's top-level nodes (stages contain their steps) in the pane. */
export function useFitDesign(nodesRef: RefObject<readonly DesignNode[]>) {
  const { setViewport } = useReactFlow();
  const store = useStoreApi();
  return useCallback(
    (duration = 0) => {
      const { padding, nodes: only } = fitOptions();
      const wanted = only ? new Set(only.map((n) => n.id)) : null;
      const frame = nodesRef.current.filter((n) => n.parentId === undefined && (!wanted || wanted.has(n.id)));
      const { width, height } = store.getState();
      if (frame.length === 0 || width === 0 || height === 0) return;
      const viewport = getViewportForBounds(getNodesBounds(frame as DesignNode[]), width, height, MIN_ZOOM, MAX_ZOOM, padding);
      void setViewport(viewport, { duration });
    },
    [nodesRef, setViewport, store],
  );
}

export function useFitRequests(nodesRef: RefObject<readonly DesignNode[]>): void {
  const fit = useFitDesign(nodesRef);
  const fitRequest = useAppStore((s) => s.fitRequest);
  useEffect(() => {
    const doc = useAppStore.getState().doc;
    if (fitRequest.count === 0 || doc.stages.length + (doc.decisions?.length ?? 0) === 0) return; // keep the default view for a first drop
    // After the next frame the canvas has rendered the opened design (nodesRef holds its nodes).
    const frame = requestAnimationFrame(() => fit(fitRequest.duration));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, fit]);
}
