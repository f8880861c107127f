/**
 * Fits the view when a design is opened (and on request). Big designs show the first stages of the
 * run rather than everything at a tiny zoom.
 */
import { useNodesInitialized, useReactFlow } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { runOrder } from '../commands/queries';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

const FIT_ALL_UP_TO = 8;

export function fitOptions() {
  const doc = useDocumentStore.getState().doc;
  if (doc.stages.length + (doc.decisions?.length ?? 0) <= FIT_ALL_UP_TO) return { padding: 0.15, maxZoom: 1.1 };
  return { padding: 0.1, maxZoom: 1.1, nodes: runOrder(doc).slice(0, 4).map((id) => ({ id })) };
}

export function useFitRequests(): void {
  const { fitView } = useReactFlow();
  const fitRequest = useUiStore((s) => s.fitRequest);
  const initialized = useNodesInitialized();
  const handled = useRef(-1);
  useEffect(() => {
    if (handled.current === fitRequest) return;
    const doc = useDocumentStore.getState().doc;
    if (doc.stages.length + (doc.decisions?.length ?? 0) === 0) {
      handled.current = fitRequest; // nothing to fit: keep the default view for the first drop
      return;
    }
    if (!initialized) return;
    handled.current = fitRequest;
    const frame = requestAnimationFrame(() => void fitView(fitOptions()));
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, initialized, fitView]);
}
