/**
 * The viewport that frames a design's nodes in a pane (pure: nodes in, viewport out). The frame is
 * computed from the nodes the canvas is about to show (their sizes are fixed, so nothing needs
 * measuring) rather than from React Flow's own lookup, which may still hold the previous design's
 * nodes under the same names for a frame or two.
 */
import { LABELLED_GAP } from './geometry';
import { boundsOf, clearOfCovers, fitAll, openingFrame, type Pane, type Rect, type Viewport } from './layout/framing';
import type { DesignNode } from './types';

/**
 * Boxes of the top-level nodes (stages contain their steps). A decision's reaches over the gap to
 * its right (LABELLED_GAP), where its outcomes' names are written: in the last column of a row
 * nothing else keeps that room in the frame, and "Reopened" out of a decision there was cut at the
 * pane's edge.
 */
export function topLevelRects(nodes: readonly DesignNode[]): Rect[] {
  return nodes.filter((n) => n.parentId === undefined).map((n) => ({ x: n.position.x, y: n.position.y, width: (n.width ?? 0) + (n.type === 'decision' ? LABELLED_GAP : 0), height: n.height ?? 0 }));
}

/**
 * The viewport that frames `nodes` in `pane` (`open` as a design opens, `all` to show everything),
 * none of them under the panels over the pane (`pane.covers`), or null when there is nothing to frame.
 */
export function frameOf(mode: 'open' | 'all', nodes: readonly DesignNode[], pane: Pane): Viewport | null {
  const rects = topLevelRects(nodes);
  const bounds = boundsOf(rects);
  if (!bounds || pane.width === 0 || pane.height === 0) return null;
  return clearOfCovers(rects, bounds, pane, mode === 'all' ? fitAll : openingFrame);
}
