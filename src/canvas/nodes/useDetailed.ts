/**
 * Level of detail (React Flow's "contextual zoom"): whether the canvas is zoomed in far enough for
 * a node's details to be read. A boolean selector, so nodes re-render only when the zoom crosses
 * the threshold, not on every zoom step.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM } from '../geometry';

const detailed = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;

export function useDetailed(): boolean {
  return useStore(detailed);
}
