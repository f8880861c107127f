/**
 * Fits the view when a design is opened (and on request). Big designs show the first stages of the
 * run rather than everything at a tiny zoom. Nodes have fixed sizes, so fitting needs no measuring
 * (which off-screen nodes of a big design never get).
 */
import { useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { runOrder } from '../commands/queries';
import { useDocumentStore } from '../store/documentStore';
import { useUiStore } from '../store/uiStore';

const FIT_ALL_UP_TO = 8;

export function fitOptions() {
  const doc = useDocumentStore.getState().doc;
  if (doc.stages.length + (doc.decisions?.length ?? 0) <= FIT_ALL_UP_TO) return { padding: 0.08, maxZoom: 1.1 };
  return { padding: 0.1, maxZoom: 1.1, nodes: runOrder(doc).slice(0, 2).map((id) => ({ id })) };
}

export function useFitRequests(): void {
  const { fitView } = useReactFlow();
  const fitRequest = useUiStore((s) => s.fitRequest);
  useEffect(() => {
    const doc = useDocumentStore.getState().doc;
    if (fitRequest === 0 || doc.stages.length + (doc.decisions?.length ?? 0) === 0) return; // keep the default view for a first drop
    // Two frames later React Flow has adopted the new nodes, so the fit sees them.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void fitView(fitOptions()));
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, fitView]);
}
