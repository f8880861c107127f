/** The designer canvas: React Flow wired to the document store through commands. */
import { ReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { CoverageOverlay } from './coverage/CoverageOverlay';
import { useCallback, useEffect, useRef } from 'react';
import { useAppStore } from '../store/appStore';
import { useBesideCanvasWaits, useHeld } from '../store/besideCanvas';
import { selectCanEdit, selectDark, selectRunning, selectSnap } from '../store/selectors';
import './canvas.css';
import { ConnectionHint } from './ConnectionHint';
import { DropHint } from './DropHint';
import { CANVAS_PROPS, MINIMAP_SIZE } from './canvasProps';
import { EmptyCanvasCall } from './EmptyCanvasCall';
import { DesignMiniMap } from './DesignMiniMap';
import { ArrowheadDefs } from './edges/ArrowheadDefs';
import { edgeTypes } from './edges/edgeTypes';
import { nodeTypes } from './nodes/nodeTypes';
import { DetailContext, selectDetailed } from './nodes/useDetailed';
import { OVERVIEW_ZOOM } from './geometry';
import { QuickInsert } from './QuickInsert';
import { SearchBox } from './SearchBox';
import { SketchLayer } from './SketchLayer';
import type { DesignEdge, DesignNode } from './types';
import { useCanvasElements } from './useCanvasElements';
import { useConnectHandlers } from './useConnectHandlers';
import { useDropFromPalette } from './useDropFromPalette';
import { useNodeDrag } from './useNodeDrag';
import { planInTasks } from './prepareDrawing';
import { isBigDesign } from './shownElements';
import { StandInLayer } from './StandInLayer';
import { STORE_RUN } from './storeRunSource';
import { FollowTheRun, GLIDE_UP_TO_SPEED, useRevealAdded, useRevealFocused, useRevealRequests } from './useViewFollow';
import { ZoomControls } from './ZoomControls';
import { useFocusFollowsSelection } from './useFocusFollowsSelection';
import { useCanvasTabOrder } from './useCanvasTabOrder';

/** Below the overview zoom, where steps are sketched and no text is read. */
const selectFarOut = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

export function FlowCanvas() {
  const draggingRef = useRef(false);
  const { nodes, edges, onlyRenderVisible, allNodes, nodesRef, onNodesChange, onEdgesChange, onKeyDownCapture } = useCanvasElements(draggingRef);
  const { onNodeDragStart, onNodeDrag, onNodeDragStop } = useNodeDrag(nodesRef, draggingRef);
  const connectHandlers = useConnectHandlers();
  const { onDragOver, onDragLeave, onDrop } = useDropFromPalette(nodesRef);
  const snapToGrid = useAppStore(selectSnap);
  const dark = useAppStore(selectDark);
  // Run mode shows the frozen design: nothing moves, connects or drops; selecting explains a step.
  const running = useAppStore(selectRunning);
  // Faster than the view glides, run marks do not animate either (canvas.css): a beat lasts a few ms.
  const fast = useAppStore((s) => s.runPhase !== 'idle' && s.cursor.speed > GLIDE_UP_TO_SPEED);
  const detailed = useStore(selectDetailed);
  // Far out the viewport gets a perspective that changes nothing drawn, so Chromium never culls its paint (canvas.css).
  const farOut = useStore(selectFarOut);
  // the mini map draws a big design just opened a frame after the cards (store/besideCanvas.ts)
  const mapped = useHeld(allNodes, useBesideCanvasWaits());
  useRevealAdded(allNodes);
  useRevealRequests(nodesRef);
  useFocusFollowsSelection();
  const onKeyDown = useCanvasTabOrder();
  const onFocus = useRevealFocused(nodesRef);
  // A big design just opened is planned in tasks of its own before this canvas draws it.
  useEffect(() => {
    const store = useAppStore.getState();
    store.setDrawPreparer((doc) => planInTasks(doc, useAppStore.getState().problemMemo.indexOf(doc).all));
    return () => useAppStore.getState().setDrawPreparer(null);
  }, []);
  const onNodeDoubleClick = useCallback((_: React.MouseEvent, node: DesignNode) => {
    if (selectCanEdit(useAppStore.getState())) useAppStore.getState().setRenaming(node.id);
  }, []);

  return (
    <div className="relative h-full w-full" onDragOver={running ? undefined : onDragOver} onDragLeave={running ? undefined : onDragLeave} onDrop={running ? undefined : onDrop} data-mode={running ? 'run' : 'edit'} data-fast-run={fast || undefined} data-far-out={farOut || undefined} onKeyDown={onKeyDown} onKeyDownCapture={onKeyDownCapture} onFocus={onFocus}>
      <DetailContext.Provider value={detailed}>
      <ReactFlow<DesignNode, DesignEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDrag={onNodeDrag}
        onNodeDragStop={onNodeDragStop}
        onNodeDoubleClick={onNodeDoubleClick}
        {...connectHandlers}
        nodesDraggable={!running}
        nodesConnectable={!running}
        edgesReconnectable={!running}
        {...CANVAS_PROPS}
        snapToGrid={snapToGrid}
        onlyRenderVisibleElements={onlyRenderVisible}
        // a node focused is brought into view clear of the notices by useRevealFocused, not by React Flow
        autoPanOnNodeFocus={false}
        aria-label="Orchestration canvas"
        colorMode={dark ? 'dark' : 'light'}
      >
        <ArrowheadDefs />
        {isBigDesign(allNodes) && <SketchLayer />}
        <ZoomControls />
        <FollowTheRun nodesRef={nodesRef} />
        <QuickInsert />
        <CoverageOverlay />
        <DesignMiniMap nodes={mapped} ariaLabel="Mini map" style={MINIMAP_SIZE} />
      </ReactFlow>
      </DetailContext.Provider>
      {/* in a big design, the elements React Flow has not mounted, for UI-CONTRACT's attributes */}
      {isBigDesign(allNodes) && <StandInLayer nodes={allNodes} run={STORE_RUN} />}
      <SearchBox nodesRef={nodesRef} />
      <ConnectionHint />
      <DropHint />
      <EmptyCanvasCall />
    </div>
  );
}
