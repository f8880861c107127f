/**
 * Handle geometry of each node kind, given to React Flow up front (`node.handles`). Nodes have fixed
 * sizes, so React Flow can draw edges to nodes it has not measured, and it need not mount every node
 * of a big design once just to measure its handles (onlyRenderVisibleElements stays cheap).
 * Must match the <Handle> elements of the node components (sizes in nodes/*.tsx).
 */
import { Position, type NodeHandle } from '@xyflow/react';
import { CARD_BORDER } from './geometry';

const STAGE_HANDLE = 12;
/** Size of a step's handles. */
export const STEP_HANDLE = 10;
/**
 * A step's handles are centred on the inside of its card's 2 px border, where the card's CSS draws
 * them (nodes.css, `.sf-card > .react-flow__handle-top`), so a link from or to a step's top or
 * bottom ends this far beyond the card's edge: the handle's outer edge. Declared elsewhere than
 * drawn, a link ended 5 px beyond a card React Flow had not measured since it was given new handles
 * and 3 px beyond one it had, and a link round the side missed the middle of the card by 2 px.
 */
export const STEP_LINK_BEYOND = STEP_HANDLE / 2 - CARD_BORDER;

function handle(id: string, type: 'source' | 'target', position: Position, w: number, h: number, size: number, inset = 0): NodeHandle {
  const half = size / 2;
  const at = {
    [Position.Left]: { x: -half, y: h / 2 - half },
    [Position.Right]: { x: w - half, y: h / 2 - half },
    [Position.Top]: { x: w / 2 - half, y: inset - half },
    [Position.Bottom]: { x: w / 2 - half, y: h - inset - half },
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
  return [handle('in', 'target', Position.Top, w, h, STEP_HANDLE, CARD_BORDER), handle('out', 'source', Position.Bottom, w, h, STEP_HANDLE, CARD_BORDER)];
}

export function decisionHandles(w: number, h: number): NodeHandle[] {
  return [
    handle('in', 'target', Position.Left, w, h, STAGE_HANDLE),
    handle('outcome', 'source', Position.Right, w, h, STAGE_HANDLE),
    handle('default', 'source', Position.Bottom, w, h, STAGE_HANDLE),
  ];
}
