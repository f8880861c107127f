/** The designer canvas: React Flow wired to the document store through commands. */
import { Controls, MiniMap, ReactFlow, SelectionMode } from '@xyflow/react';
import { CoverageOverlay } from './coverage/CoverageOverlay';
import { useCallback, useRef } from 'react';
import './canvas.css';
import { ConnectionHint } from './ConnectionHint';
import { EmptyCanvasCall } from './EmptyCanvasCall';
import { GRID } from './geometry';
import { MiniMapNode } from './MiniMapNode';
import { nodeTypes } from './nodes/nodeTypes';
import { QuickInsert } from './QuickInsert';
import { SearchBox } from './SearchBox';
import type { DesignEdge, DesignNode } from './types';
import { useCanvasElements } from './useCanvasElements';
import { useConnectHandlers } from './useConnectHandlers';
import { useDropFromPalette } from './useDropFromPalette';
import { useFitRequests } from './useFitRequests';
import { useNodeDrag } from './useNodeDrag';
import { useAppStore } from '../store/appStore';
import { selectCanEdit, selectDark, selectRunning, selectSnap } from '../store/selectors';

const SNAP: [number, number] = [GRID, GRID];
/** Small designs render every node (tests and screen readers see them all); big ones only the visible. */
const VIRTUALIZE_ABOVE = 400;
const DEFAULT_VIEWPORT = { x: 40, y: 40, zoom: 1 };
/** Left-drag on the background and middle-drag anywhere pan the canvas. */
const PAN_BUTTONS = [0, 1];
const MULTI_KEYS = ['Shift', 'Meta', 'Control'];
const minimapColor = (n: DesignNode) => (n.type === 'decision' ? '#a16207' : '#195c4c');
/** The mini map draws stages and decisions only: steps would make it costly to redraw while panning. */
const minimapClass = (n: DesignNode) => (n.type === 'step' ? 'minimap-step' : '');

export function FlowCanvas() {
  const draggingRef = useRef(false);
  const { nodes, edges, nodesRef, onNodesChange, onEdgesChange } = useCanvasElements(draggingRef);
  const { onNodeDragStart, onNodeDragStop } = useNodeDrag(nodesRef, draggingRef);
  const connectHandlers = useConnectHandlers();
  const { onDragOver, onDrop } = useDropFromPalette(nodesRef);
  const snapToGrid = useAppStore(selectSnap);
  const dark = useAppStore(selectDark);
  // Run mode shows the frozen design: nothing moves, connects or drops; selecting explains a step.
  const running = useAppStore(selectRunning);
  useFitRequests(nodesRef);
  const onNodeDoubleClick = useCallback((_: React.MouseEvent, node: DesignNode) => {
    if (selectCanEdit(useAppStore.getState())) useAppStore.getState().setRenaming(node.id);
  }, []);

  return (
    <div className="relative h-full w-full" onDragOver={running ? undefined : onDragOver} onDrop={running ? undefined : onDrop} data-mode={running ? 'run' : 'edit'}>
      <ReactFlow<DesignNode, DesignEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
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
        colorMode={dark ? 'dark' : 'light'}
        proOptions={{ hideAttribution: true }}
      >
        <Controls aria-label="Zoom controls" showFitView={false} />
        <QuickInsert />
        <CoverageOverlay />
        <MiniMap<DesignNode> pannable zoomable nodeColor={minimapColor} nodeClassName={minimapClass} nodeComponent={MiniMapNode} ariaLabel="Mini map" />
      </ReactFlow>
      <SearchBox />
      <ConnectionHint />
      <EmptyCanvasCall />
    </div>
  );
}
