/**
 * Benchmark baseline (`/?bench=bare`): a bare React Flow page — default nodes, no store, no
 * validation — showing the same number of nodes as a generated design, with the same viewport
 * options as the designer. bench/ui/run.ts mounts it with `window.benchLoad(stages, steps)` so
 * both pages are timed the same way.
 */
import { ReactFlow, ReactFlowProvider, type Node } from '@xyflow/react';
import { useEffect, useState } from 'react';

declare global {
  interface Window {
    benchLoad?: (stages: number, steps: number) => void;
  }
}

function bareNodes(stages: number, steps: number): Node[] {
  const nodes: Node[] = [];
  for (let s = 0; s < stages; s++) {
    const id = `Stage_${s + 1}`;
    const rows = Math.ceil(steps / 2);
    nodes.push({ id, position: { x: s * 698, y: 0 }, width: 588, height: 64 + rows * 102 + 2, data: { label: id }, type: 'group' });
    for (let t = 0; t < steps; t++) {
      const position = { x: 20 + (t % 2) * 288, y: 64 + Math.floor(t / 2) * 102 };
      nodes.push({ id: `${id}_Step_${t + 1}`, parentId: id, extent: 'parent', position, width: 240, height: 84, data: { label: `Step ${t + 1} of stage ${s + 1}` } });
    }
  }
  return nodes;
}

const PAN_BUTTONS = [0, 1];

export default function BareFlowBench() {
  const [nodes, setNodes] = useState<Node[] | null>(null);
  useEffect(() => {
    window.benchLoad = (stages, steps) => setNodes(bareNodes(stages, steps));
  }, []);
  return (
    <main className="h-screen w-screen" aria-label="Bare React Flow benchmark">
      <ReactFlowProvider>
        {nodes && (
          <ReactFlow
            defaultNodes={nodes}
            defaultEdges={[]}
            onlyRenderVisibleElements={nodes.length > 400}
            panOnDrag={PAN_BUTTONS}
            minZoom={0.05}
            fitView
            fitViewOptions={{ nodes: nodes.filter((n) => !n.parentId).slice(0, 2).map((n) => ({ id: n.id })), maxZoom: 1.1, padding: 0.1 }}
          />
        )}
      </ReactFlowProvider>
    </main>
  );
}
