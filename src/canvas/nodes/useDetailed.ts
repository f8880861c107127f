/**
 * Level of detail (React Flow's "contextual zoom"): whether the canvas is zoomed in far enough for
 * a node's details to be read. One boolean zoom selector for the whole canvas (FlowCanvas), handed
 * to the nodes through a context: nodes re-render only when the zoom crosses the threshold, and a
 * pan or zoom step costs one selector call, not one per node.
 */
import { createContext, useContext } from 'react';
import type { ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM } from '../geometry';

export const selectDetailed = (s: ReactFlowState) => s.transform[2] >= DETAIL_ZOOM;

export const DetailContext = createContext(true);

export function useDetailed(): boolean {
  return useContext(DetailContext);
}
