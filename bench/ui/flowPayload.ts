/**
 * What the bare page (app/BareFlowBench.tsx) shows for a design: the designer's own nodes and edges
 * (toFlowElements — the same mapper the canvas uses), reduced to what the designer gives React Flow
 * at that view (canvas/shownElements.ts — the same rule: far out no steps, up close the steps of the
 * stages near the view), each node a plain box with its label and the same handles, each edge a
 * React Flow step edge between the same handles; whether only visible nodes are mounted, as on the
 * canvas.
 */
import type { Edge, Viewport } from '@xyflow/react';
import type { BenchPayload } from '../../src/app/BareFlowBench';
import { shownElements } from '../../src/canvas/shownElements';
import { toFlowElements } from '../../src/canvas/toFlowElements';
import type { Orchestration } from '../../src/model/types';

export function barePayload(doc: Orchestration, pane: { width: number; height: number }, viewport: Viewport): BenchPayload {
  const all = toFlowElements(doc);
  const { nodes, edges, onlyRenderVisible } = shownElements(all, viewport, pane);
  return {
    pane,
    viewport,
    onlyRenderVisible,
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
