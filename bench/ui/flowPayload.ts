/**
 * What the bare page (app/BareFlowBench.tsx) shows for a design: the designer's own nodes and edges
 * (toFlowElements — the same mapper the canvas uses), each node a plain box with its label and the
 * same handles, each edge a React Flow step edge between the same handles.
 */
import type { Edge, Viewport } from '@xyflow/react';
import type { BenchPayload } from '../../src/app/BareFlowBench';
import { toFlowElements } from '../../src/canvas/toFlowElements';
import type { Orchestration } from '../../src/model/types';

export function barePayload(doc: Orchestration, pane: { width: number; height: number }, viewport: Viewport): BenchPayload {
  const { nodes, edges } = toFlowElements(doc);
  return {
    pane,
    viewport,
    nodes: nodes.map((n) => ({
      id: n.id,
      type: 'bare' as const,
      position: n.position,
      width: n.width,
      height: n.height,
      handles: n.handles,
      ...(n.parentId ? { parentId: n.parentId, extent: 'parent' as const } : {}),
      data: { label: n.data.label, handles: n.handles ?? [] },
    })),
    edges: edges.map((e): Edge => ({ id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle, targetHandle: e.targetHandle, markerEnd: e.markerEnd, type: 'smoothstep' })),
  };
}
