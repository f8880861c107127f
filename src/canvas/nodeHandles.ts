/**
 * Handle geometry of each node kind, given to React Flow up front (`node.handles`). Nodes have fixed
 * sizes, so React Flow can draw edges to nodes it has not measured, and it need not mount every node
 * of a big design once just to measure its handles (onlyRenderVisibleElements stays cheap).
 * Must match the <Handle> elements of the node components (sizes in nodes/*.tsx).
 */
import { Position, type NodeHandle } from '@xyflow/react';

const STAGE_HANDLE = 12;
/** Size of a step's handles; edges end this far beyond the card's edge (half of it). */
export const STEP_HANDLE = 10;

function handle(id: string, type: 'source' | 'target', position: Position, w: number, h: number, size: number): NodeHandle {
  const half = size / 2;
  const at = {
    [Position.Left]: { x: -half, y: h / 2 - half },
    [Position.Right]: { x: w - half, y: h / 2 - half },
    [Position.Top]: { x: w / 2 - half, y: -half },
    [Position.Bottom]: { x: w / 2 - half, y: h - half },
  }[position];
  return { id, type, position, width: size, height: size, ...at };
}

export function stageHandles(w: number, h: number): NodeHandle[] {
  return [
    handle('in', 'target', Position.Left, w, h, STAGE_HANDLE),
    handle('next', 'source', Position.Right, w, h, STAGE_HANDLE),
    handle('fault', 'source', Position.Bottom, w, h, STAGE_HANDLE),
  ];
}

/** A card is entered from the top and left from the bottom: predecessor chains read top down. */
export function stepHandles(w: number, h: number): NodeHandle[] {
  return [handle('in', 'target', Position.Top, w, h, STEP_HANDLE), handle('out', 'source', Position.Bottom, w, h, STEP_HANDLE)];
}

export function decisionHandles(w: number, h: number): NodeHandle[] {
  return [
    handle('in', 'target', Position.Left, w, h, STAGE_HANDLE),
    handle('outcome', 'source', Position.Right, w, h, STAGE_HANDLE),
    handle('default', 'source', Position.Bottom, w, h, STAGE_HANDLE),
  ];
}
