/**
 * The canvas with its context menus and React Flow's provider: loaded by App.tsx after the shell
 * has painted, in parallel with the start design (which the canvas waits for anyway). React Flow,
 * d3's zoom and drag and the canvas's own components are most of it (docs/performance.md
 * "Initial JS").
 */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useEffect } from 'react';
import { CanvasMenuHost } from '../canvas/CanvasMenuHost';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { canvasNodes } from './canvasNodes';

/** Hands React Flow's `getNodes` to the actions' port while the canvas is mounted. */
function PublishNodes() {
  const { getNodes } = useReactFlow();
  useEffect(() => {
    canvasNodes.publish(getNodes);
    return () => canvasNodes.publish(null);
  }, [getNodes]);
  return null;
}

export default function CanvasArea() {
  return (
    <ReactFlowProvider>
      <PublishNodes />
      <CanvasMenuHost>
        <FlowCanvas />
      </CanvasMenuHost>
    </ReactFlowProvider>
  );
}
