/**
 * The benchmark's bare page (BareFlowBench.tsx) gets the whole design as plain boxes: every node
 * and edge the designer maps (canvas/toFlowElements.ts), with what React Flow reads of them — ids,
 * kinds (`type`: 'stage', 'step', 'decision', which the shown-elements rule reads), positions,
 * sizes, parents, handles given up front, edges between the same handles — and a label. The page
 * then applies the designer's own rule on every frame (canvas/useShownElements.ts), so the two
 * pages give React Flow the same nodes at every view, during a pan too.
 */
import { MarkerType, type Edge, type EdgeMarkerType, type Node, type NodeHandle } from '@xyflow/react';
import { ARROWHEADS, ARROWHEAD_SIZE } from '../canvas/edges/arrowheads';
import type { ShownElements } from '../canvas/shownElements';

export type BareNode = Node<{ label: string; handles: NodeHandle[] }, 'stage' | 'step' | 'decision'>;

export interface BareElements {
  nodes: BareNode[];
  edges: Edge[];
}

/**
 * The page's arrowheads as React Flow draws them from marker objects, the same shape, size and
 * colour as the designer's own markers (canvas/edges/arrowheads.ts): the baseline is plain React
 * Flow, and stays the page it was before the designer drew its own.
 */
const reactFlowMarkers = new Map<string, EdgeMarkerType>(Object.values(ARROWHEADS).map(({ id, color }) => [id, { type: MarkerType.ArrowClosed, width: ARROWHEAD_SIZE, height: ARROWHEAD_SIZE, color }]));
const bareMarker = (marker: EdgeMarkerType | undefined) => (typeof marker === 'string' ? (reactFlowMarkers.get(marker) ?? marker) : marker);

/** The designer's nodes and edges as the bare page's boxes and React Flow step edges, in the same order (a stage before its steps). */
export function toBareElements(elements: ShownElements): BareElements {
  return {
    nodes: elements.nodes.map((n): BareNode => ({
      id: n.id,
      type: n.type,
      position: n.position,
      width: n.width,
      height: n.height,
      handles: n.handles,
      // the contract's attributes (data-kind, data-invalid), which the stand-ins of unmounted nodes carry too
      domAttributes: n.domAttributes,
      ...(n.parentId ? { parentId: n.parentId, extent: 'parent' as const } : {}),
      data: { label: n.data.label, handles: n.handles ?? [] },
    })),
    edges: elements.edges.map((e): Edge => ({ id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle, targetHandle: e.targetHandle, markerEnd: bareMarker(e.markerEnd), type: 'smoothstep' })),
  };
}
