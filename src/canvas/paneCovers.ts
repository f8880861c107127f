/**
 * The panels React Flow draws over the bottom of the canvas (the mini map, the zoom controls), as
 * rectangles in pane pixels: what a frame or a pan must keep the design out from under.
 */
import type { Rect } from './layout/framing';

export function coversOf(domNode: Element | null | undefined): Rect[] {
  if (!domNode) return [];
  const pane = domNode.getBoundingClientRect();
  return [...domNode.querySelectorAll('.react-flow__panel')].map((el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left - pane.left, y: r.top - pane.top, width: r.width, height: r.height };
  }).filter((r) => r.width > 0 && r.height > 0 && r.y > pane.height / 2);
}
