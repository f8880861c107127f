/**
 * Benchmark baseline (`/?bench=bare`): React Flow with nothing of the designer — no stores, no
 * validation, no run view — given the whole design as plain labelled boxes (same ids, kinds, sizes,
 * positions, parents, handles given up front and rendered as <Handle>s, edges between the same
 * handles; app/bareElements.ts), in a pane of the same pixel size, at the same viewport, with the
 * same React Flow settings (canvas/canvasProps.ts), mini map and zoom controls. Like the canvas, it
 * hands React Flow only the part of a big design the view needs, by the same rule applied on every
 * frame (canvas/useShownElements.ts: the steps of the stages near the view, none far out, stages
 * mounted in chunks when going far out), so during a pan both pages add and drop the same steps.
 * Far out a designer stage sketches its steps; a bare stage stays a plain box.
 * bench/ui/run.ts mounts it with `window.benchLoad(payload)`; see docs/performance.md. Given a
 * design's text instead of boxes, the page opens it as any app must open a file: it parses the
 * text and maps it to boxes (the designer's mapper) — what it skips is the designer's own work
 * (validation, stores, panels, the run view).
 */
import { Controls, Handle, MiniMap, ReactFlow, ReactFlowProvider, applyNodeChanges, type Edge, type NodeChange, type NodeProps, type Viewport } from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { CANVAS_PROPS, MINIMAP_SIZE } from '../canvas/canvasProps';
import { isBigDesign, stageBoxes } from '../canvas/shownElements';
import { useShownElements } from '../canvas/useShownElements';
import { StandInLayer } from '../canvas/StandInLayer';
import { toFlowElements } from '../canvas/toFlowElements';
import type { Orchestration } from '../model/types';
import { toBareElements, type BareElements, type BareNode } from './bareElements';

export interface BenchPayload extends BareElements {
  pane: { width: number; height: number };
  viewport: Viewport;
}

/** A design's text to open, in place of ready-made boxes. */
export interface BenchText {
  pane: BenchPayload['pane'];
  viewport: Viewport;
  text: string;
}

declare global {
  interface Window {
    benchLoad?: (payload: BenchPayload | BenchText) => void;
    /** Closes what benchLoad opened (bench/ui/probeLoad.ts's PROBE_WARM opens a design and closes it before the timed opening). */
    benchClose?: () => void;
  }
}

/** Boxes from a design's text: parsed and mapped, nothing checked (the bench generates valid designs). */
export function openText({ pane, viewport, text }: BenchText): BenchPayload {
  return { pane, viewport, ...toBareElements(toFlowElements(JSON.parse(text) as Orchestration)) };
}

function BareNodeView({ data }: NodeProps<BareNode>) {
  return (
    <div style={{ width: '100%', height: '100%', border: '2px solid #9ca3af', borderRadius: 8, background: '#fff', padding: '6px 10px', font: '700 17px/21px Arial, sans-serif', boxSizing: 'border-box' }}>
      {data.label}
      {data.handles.map((h) => <Handle key={h.id} id={h.id ?? undefined} type={h.type} position={h.position} />)}
    </div>
  );
}

const BareBox = memo(BareNodeView);
/** One plain box for every kind: the kinds are kept only because the shown-elements rule reads them. */
const nodeTypes = { stage: BareBox, step: BareBox, decision: BareBox };

function BareCanvas({ payload }: { payload: BenchPayload }) {
  const [nodes, setNodes] = useState(payload.nodes);
  const big = isBigDesign(nodes);
  const boxes = useMemo(() => (big ? stageBoxes(nodes) : null), [nodes, big]);
  const all = useMemo(() => ({ nodes, edges: payload.edges }), [nodes, payload.edges]);
  const shown = useShownElements(all, boxes);
  // As on the canvas (useCanvasElements.ts): every node's size is given up front, so React Flow's
  // measurements ('dimensions' changes, one per node as it mounts) are not written back — doing so
  // would copy the whole design's node list and re-pick the shown nodes each time a stage's steps
  // mount during a pan, work the designer does not do. Anything else (selection, moves; none occur
  // in the benchmark's pan and zoom) is applied, as the canvas applies it.
  const onNodesChange = useCallback((changes: NodeChange<BareNode>[]) => {
    const rest = changes.filter((c) => c.type !== 'dimensions');
    if (rest.length) setNodes((prev) => applyNodeChanges(rest, prev));
  }, []);
  return (
    <div style={{ width: payload.pane.width, height: payload.pane.height }}>
      <ReactFlow<BareNode, Edge>
        nodes={shown.nodes}
        edges={shown.edges}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        {...CANVAS_PROPS}
        defaultViewport={payload.viewport}
        onlyRenderVisibleElements={shown.onlyRenderVisible}
      >
        <Controls />
        <MiniMap style={MINIMAP_SIZE} />
      </ReactFlow>
      {/* the designer's stand-ins of the elements not mounted (canvas/StandInLayer.tsx): the same DOM on both pages */}
      {big && <StandInLayer nodes={nodes} />}
    </div>
  );
}

export default function BareFlowBench() {
  const [payload, setPayload] = useState<BenchPayload | null>(null);
  useEffect(() => {
    window.benchLoad = (payload) => setPayload('text' in payload ? openText(payload) : payload);
    window.benchClose = () => setPayload(null);
  }, []);
  return (
    <main aria-label="Bare React Flow benchmark">
      <ReactFlowProvider>{payload && <BareCanvas payload={payload} />}</ReactFlowProvider>
    </main>
  );
}
