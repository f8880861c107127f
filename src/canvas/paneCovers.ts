/**
 * What is drawn over the canvas pane, as rectangles in pane pixels: what a frame or a pan must keep
 * the design out from under. The panels React Flow draws over the bottom of the canvas (the mini
 * map, the zoom controls), and what the app lays over the pane, marked OVER_CANVAS (the notices).
 */
import type { Pane, Rect } from './layout/framing';

/**
 * The attribute marking an element the app lays over the canvas (the notices' list): while it has
 * content its box is a cover for framing. A DOM mark rather than an import: the canvas may not
 * import the app that draws it.
 */
export const OVER_CANVAS = 'data-over-canvas';

function relativeTo(pane: DOMRect, el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: r.left - pane.left, y: r.top - pane.top, width: r.width, height: r.height };
}

/** React Flow's panels over the bottom of the pane (the mini map, the zoom controls). */
export function coversOf(domNode: Element | null | undefined): Rect[] {
  if (!domNode) return [];
  const pane = domNode.getBoundingClientRect();
  return [...domNode.querySelectorAll('.react-flow__panel')].map((el) => relativeTo(pane, el)).filter((r) => r.width > 0 && r.height > 0 && r.y > pane.height / 2);
}

/** The elements marked OVER_CANVAS that show something now; a DOM query that lays nothing out. */
function shownOverlays(domNode: Element): Element[] {
  return [...domNode.ownerDocument.querySelectorAll(`[${OVER_CANVAS}]`)].filter((el) => el.childElementCount > 0);
}

/** True when something the app lays over the canvas shows now (no layout needed to say so). */
export function hasOverlays(domNode: Element | null | undefined): boolean {
  return !!domNode && shownOverlays(domNode).length > 0;
}

/** The boxes of what the app lays over the pane now (the notices), cut to the pane. */
export function overlaysOf(domNode: Element | null | undefined): Rect[] {
  if (!domNode) return [];
  const shown = shownOverlays(domNode);
  if (!shown.length) return [];
  const pane = domNode.getBoundingClientRect();
  return shown.map((el) => clip(relativeTo(pane, el), pane.width, pane.height)).filter((r): r is Rect => r !== null);
}

/** `r` cut to a pane of `width` × `height` from the origin, or null when nothing of it is over the pane. */
export function clip(r: Rect, width: number, height: number): Rect | null {
  const x0 = Math.max(r.x, 0);
  const y0 = Math.max(r.y, 0);
  const x1 = Math.min(r.x + r.width, width);
  const y1 = Math.min(r.y + r.height, height);
  return x1 > x0 && y1 > y0 ? { x: x0, y: y0, width: x1 - x0, height: y1 - y0 } : null;
}

/**
 * The pane React Flow holds now with everything over it (its panels and the notices): where an
 * element brought into view must land. One read of the covers' boxes, made only when a view is
 * about to move.
 */
export function coveredPane(state: { domNode: Element | null | undefined; width: number; height: number }): Pane {
  return { width: state.width, height: state.height, covers: [...coversOf(state.domNode), ...overlaysOf(state.domNode)] };
}
