/** The designer canvas: React Flow wired to the document store through commands. */
import { Controls, MiniMap, ReactFlow, SelectionMode } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useUiStore } from '../store/uiStore';
import { selectSnap } from '../store/selectors';
import './canvas.css';
import { ConnectionHint } from './ConnectionHint';
import { GRID } from './geometry';
import { MiniMapNode } from './MiniMapNode';
import { edgeTypes } from './edges/edgeTypes';
import { nodeTypes } from './nodes/nodeTypes';
import { SearchBox } from './SearchBox';
import type { DesignEdge, DesignNode } from './types';
import { useCanvasElements } from './useCanvasElements';
import { useConnectHandlers } from './useConnectHandlers';
import { useDropFromPalette } from './useDropFromPalette';
import { useFitRequests } from './useFitRequests';
import { useNodeDrag } from './useNodeDrag';

const SNAP: [number, number] = [GRID, GRID];
/** Small designs render every node (tests and screen readers see them all); big ones only the visible. */
const VIRTUALIZE_ABOVE = 400;
/** Small enough not to hide much of the pane of a 1280-px window. */
const MINIMAP_SIZE = { width: 150, height: 100 };
const DEFAULT_VIEWPORT = { x: 40, y: 40, zoom: 1 };
/** Left-drag on the background and middle-drag anywhere pan the canvas. */
const PAN_BUTTONS = [0, 1];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
/** Stages light, their steps darker on top, decisions amber: the mini map shows the design's shape. */
const minimapColor = (n: DesignNode) => (n.type === 'decision' ? '#a16207' : n.type === 'step' ? '#195c4c' : '#b7d9cf');

export function FlowCanvas() {
  const draggingRef = useRef(false);
  const { nodes, edges, nodesRef, onNodesChange, onEdgesChange } = useCanvasElements(draggingRef);
  const { onNodeDragStart, onNodeDragStop } = useNodeDrag(nodesRef, draggingRef);
  const connectHandlers = useConnectHandlers();
  const { onDragOver, onDrop } = useDropFromPalette(nodesRef);
  const snapToGrid = useUiStore(selectSnap);
  // Run mode shows the frozen design: nothing moves, connects or drops; selecting explains a step.
  const running = useUiStore((s) => s.mode === 'run');
  useFitRequests(nodesRef);
  const onNodeDoubleClick = useCallback((_: React.MouseEvent, node: DesignNode) => useUiStore.getState().setRenaming(node.id), []);

  return (
    <div className="relative h-full w-full" onDragOver={running ? undefined : onDragOver} onDrop={running ? undefined : onDrop} data-mode={running ? 'run' : 'edit'}>
      <ReactFlow<DesignNode, DesignEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        {...connectHandlers}
        nodesDraggable={!running}
        nodesConnectable={!running}
        edgesReconnectable={!running}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_KEYS}
        selectionMode={SelectionMode.Partial}
        panOnDrag={PAN_BUTTONS}
        zoomOnDoubleClick={false}
        snapToGrid={snapToGrid}
        snapGrid={SNAP}
        onlyRenderVisibleElements={nodes.length > VIRTUALIZE_ABOVE}
        minZoom={0.05}
        maxZoom={2}
        defaultViewport={DEFAULT_VIEWPORT}
        aria-label="Orchestration canvas"
        proOptions={{ hideAttribution: true }}
      >
        <Controls aria-label="Zoom controls" showFitView={false} />
        <MiniMap<DesignNode> pannable zoomable nodeColor={minimapColor} nodeComponent={MiniMapNode} ariaLabel="Mini map" style={MINIMAP_SIZE} />
      </ReactFlow>
      <SearchBox />
      <ConnectionHint />
    </div>
  );
}
