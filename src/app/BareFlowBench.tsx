/**
 * Benchmark baseline (`/?bench=bare`): React Flow with nothing of the designer — no stores, no
 * validation, no run view — showing exactly the nodes and edges the designer gives React Flow for a
 * design at that view (same ids, sizes, positions, parents, handles given up front and rendered as
 * <Handle>s, edges between the same handles; bench/ui/flowPayload.ts), in a pane of the same pixel
 * size, at the same viewport, with the same React Flow settings (canvas/canvasProps.ts), mini map
 * and zoom controls. Each node is a plain box with its label. bench/ui/run.ts mounts it with `window.benchLoad(payload)`; see docs/performance.md.
 */
import { Controls, Handle, MiniMap, ReactFlow, ReactFlowProvider, applyNodeChanges, type Edge, type Node, type NodeChange, type NodeHandle, type NodeProps, type Viewport } from '@xyflow/react';
import { memo, useCallback, useEffect, useState } from 'react';
import { CANVAS_PROPS, MINIMAP_SIZE } from '../canvas/canvasProps';

type BareNode = Node<{ label: string; handles: NodeHandle[] }, 'bare'>;

export interface BenchPayload {
  nodes: BareNode[];
  edges: Edge[];
  pane: { width: number; height: number };
  viewport: Viewport;
  /** As the designer decides it: from the size of the whole design, not of the part shown. */
  onlyRenderVisible: boolean;
}

declare global {
  interface Window {
    benchLoad?: (payload: BenchPayload) => void;
  }
}

function BareNodeView({ data }: NodeProps<BareNode>) {
  return (
    <div style={{ width: '100%', height: '100%', border: '2px solid #9ca3af', borderRadius: 8, background: '#fff', padding: '6px 10px', font: '700 17px/21px Arial, sans-serif', boxSizing: 'border-box' }}>
      {data.label}
      {data.handles.map((h) => <Handle key={h.id} id={h.id ?? undefined} type={h.type} position={h.position} />)}
    </div>
  );
}

const nodeTypes = { bare: memo(BareNodeView) };

export default function BareFlowBench() {
  const [payload, setPayload] = useState<BenchPayload | null>(null);
  const [nodes, setNodes] = useState<BareNode[]>([]);
  useEffect(() => {
    window.benchLoad = (p) => {
      setNodes(p.nodes);
      setPayload(p);
    };
  }, []);
  const onNodesChange = useCallback((changes: NodeChange<BareNode>[]) => setNodes((prev) => applyNodeChanges(changes, prev)), []);
  return (
    <main aria-label="Bare React Flow benchmark">
      <ReactFlowProvider>
        {payload && (
          <div style={{ width: payload.pane.width, height: payload.pane.height }}>
            <ReactFlow<BareNode, Edge>
              nodes={nodes}
              edges={payload.edges}
              nodeTypes={nodeTypes}
              onNodesChange={onNodesChange}
              {...CANVAS_PROPS}
              defaultViewport={payload.viewport}
              onlyRenderVisibleElements={payload.onlyRenderVisible}
            >
              <Controls />
              <MiniMap style={MINIMAP_SIZE} />
            </ReactFlow>
          </div>
        )}
      </ReactFlowProvider>
    </main>
  );
}
