/**
 * Benchmark baseline: a bare React Flow page (default nodes, no store, no validation) with the
 * same nodes as a generated design: `/?bench=bare&stages=100&steps=20`. Used by bench/ui/run.ts.
 */
import { ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react';

function bareNodes(stages: number, steps: number): Node[] {
  const nodes: Node[] = [];
  for (let s = 0; s < stages; s++) {
    const id = `Stage_${s + 1}`;
    nodes.push({ id, position: { x: s * 390, y: 0 }, width: 280, height: 64 + steps * 102 + 20, data: { label: id }, type: 'group' });
    for (let t = 0; t < steps; t++) {
      nodes.push({ id: `${id}_Step_${t + 1}`, parentId: id, extent: 'parent', position: { x: 20, y: 64 + t * 102 }, width: 240, height: 84, data: { label: `Step ${t + 1}` } });
    }
  }
  return nodes;
}

export default function BareFlowBench() {
  const params = new URLSearchParams(window.location.search);
  const nodes = bareNodes(Number(params.get('stages') ?? 10), Number(params.get('steps') ?? 20));
  return (
    <main className="h-screen w-screen" aria-label="Bare React Flow benchmark">
      <ReactFlowProvider>
        <ReactFlow defaultNodes={nodes} defaultEdges={[]} onlyRenderVisibleElements minZoom={0.05} fitView fitViewOptions={{ nodes: nodes.slice(0, 4 * 21).filter((n) => !n.parentId).map((n) => ({ id: n.id })), maxZoom: 1.1, padding: 0.1 }} />
      </ReactFlowProvider>
    </main>
  );
}
