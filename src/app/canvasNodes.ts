/**
 * The canvas's nodes for the actions that draw pictures (export as PNG/SVG): the canvas publishes
 * React Flow's `getNodes` here when it mounts (CanvasArea.tsx), so the shell does not need React
 * Flow's provider, and with it React Flow, before the canvas has loaded.
 */
import type { Node } from '@xyflow/react';

let published: (() => Node[]) | null = null;

export const canvasNodes = {
  /** The nodes on the canvas; none while the canvas is not there. */
  get: (): Node[] => published?.() ?? [],
  publish(getNodes: (() => Node[]) | null): void {
    published = getNodes;
  },
};
