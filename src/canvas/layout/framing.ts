/**
 * Viewports that frame a design or an element in the canvas pane (pure: boxes in, viewport out).
 * A design opens fitted when it can be read that way; a bigger one opens at a readable zoom on its
 * beginning (its top-left, where the run starts). Fit view always shows everything.
 */
import { FIT_PADDING, READABLE_ZOOM } from '../geometry';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Pane {
  width: number;
  height: number;
  /**
   * What is drawn over the pane (the zoom controls bottom-left, the mini map bottom-right, the
   * notices top-right), in pane pixels: a frame keeps the design out from under them
   * (clearOfCovers), an element brought into view lands clear of them (panIntoView, focusOn).
   */
  covers?: readonly Rect[];
}
export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Largest zoom used to frame anything: a small design is shown at 100%, not blown up. */
export const MAX_FIT_ZOOM = 1;
export const MIN_ZOOM = 0.05;

/** The box around `rects`, or null when there are none. */
export function boundsOf(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The zoom at which `bounds` fits the pane with the padding around it. */
export function fitZoom(bounds: Rect, pane: Pane): number {
  const zoom = Math.min((pane.width - 2 * FIT_PADDING) / Math.max(bounds.width, 1), (pane.height - 2 * FIT_PADDING) / Math.max(bounds.height, 1));
  return Math.max(MIN_ZOOM, Math.min(MAX_FIT_ZOOM, zoom));
}

/** Everything in view, centred. */
export function fitAll(bounds: Rect, pane: Pane): Viewport {
  const zoom = fitZoom(bounds, pane);
  return {
    x: (pane.width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (pane.height - bounds.height * zoom) / 2 - bounds.y * zoom,
    zoom,
  };
}

/** How a design opens: fitted when that is readable, else readable and anchored at its top-left. */
export function openingFrame(bounds: Rect, pane: Pane): Viewport {
  if (fitZoom(bounds, pane) >= READABLE_ZOOM) return fitAll(bounds, pane);
  const zoom = READABLE_ZOOM;
  return { x: FIT_PADDING - bounds.x * zoom, y: FIT_PADDING - bounds.y * zoom, zoom };
}

/**
 * An element centred, zoomed in to a readable zoom when the view is further out (Find); then, as
 * panIntoView, clear of what covers the pane (`pane.covers`: a tall stage centred had its header
 * under the notice) and, when bigger than the pane, shown from its top-left.
 */
export function focusOn(box: Rect, pane: Pane, current: Viewport): Viewport {
  const zoom = Math.max(current.zoom, READABLE_ZOOM);
  const centred = { x: pane.width / 2 - (box.x + box.width / 2) * zoom, y: pane.height / 2 - (box.y + box.height / 2) * zoom, zoom };
  return panIntoView(box, pane, centred) ?? centred;
}

/**
 * The smallest pan that brings `box` into view (with the padding), at the current zoom; null when
 * it is in view already. A box bigger than the pane is brought in by its top-left. "In view" is in
 * the pane less what covers it (`covers`, by default `pane.covers`, in pane pixels): a box under a
 * panel over the pane's bottom (the mini map, the zoom controls) is lifted above it, as far as its
 * top stays in view; one under a cover over the pane's top (the notices) is brought down below it,
 * its top first (a stage's header, a decision's label). Every way the canvas brings an element
 * into view comes here: Find, Show it, an element added, focus moved onto a node, follow the run.
 */
export function panIntoView(box: Rect, pane: Pane, current: Viewport, covers: readonly Rect[] = pane.covers ?? []): Viewport | null {
  const { zoom } = current;
  const left = box.x * zoom + current.x;
  const top = box.y * zoom + current.y;
  const right = left + box.width * zoom;
  const bottom = top + box.height * zoom;
  let dx = 0;
  let dy = 0;
  if (right > pane.width - FIT_PADDING) dx = pane.width - FIT_PADDING - right;
  if (left + dx < FIT_PADDING) dx = FIT_PADDING - left;
  if (bottom > pane.height - FIT_PADDING) dy = pane.height - FIT_PADDING - bottom;
  if (top + dy < FIT_PADDING) dy = FIT_PADDING - top;
  const across = (cover: Rect) => left + dx < cover.x + cover.width && right + dx > cover.x;
  // the bottom's covers first, so that one over the top has the last word: the box's top stays clear
  for (const cover of covers) {
    if (coverSide(cover, pane) !== 'bottom' || !across(cover)) continue;
    const limit = cover.y - FIT_PADDING;
    if (bottom + dy > limit) dy = Math.min(dy, Math.max(limit - bottom, FIT_PADDING - top));
  }
  for (const cover of covers) {
    if (coverSide(cover, pane) !== 'top' || !across(cover)) continue;
    const limit = cover.y + cover.height + FIT_PADDING;
    if (top + dy < limit && bottom + dy > cover.y) dy = limit - top;
  }
  if (dx === 0 && dy === 0) return null;
  return { x: current.x + dx, y: current.y + dy, zoom };
}

/**
 * The part of a connector's box to bring into view when the whole does not fit the pane at `zoom`:
 * on each axis it does not fit, a pane's worth (less the padding) around `start`, where the
 * connector leaves its element, lying towards the rest of the box (at the box's end when the start
 * is at that end). The box's top-left could be empty: a connector that runs down and then right
 * far away showed nothing of itself there.
 */
export function partNearStart(box: Rect, start: { x: number; y: number }, pane: Pane, zoom: number): Rect {
  const axis = (from: number, size: number, at: number, room: number): [number, number] => {
    if (size <= room) return [from, size];
    const share = Math.min(Math.max((at - from) / size, 0), 1);
    return [Math.min(Math.max(at - room * share, from), from + size - room), room];
  };
  const [x, width] = axis(box.x, box.width, start.x, (pane.width - 2 * FIT_PADDING) / zoom);
  const [y, height] = axis(box.y, box.height, start.y, (pane.height - 2 * FIT_PADDING) / zoom);
  return { x, y, width, height };
}

/** True when `rect` (flow units) is drawn under `cover` (pane px) at `view`. */
function isUnder(rect: Rect, view: Viewport, cover: Rect): boolean {
  const left = rect.x * view.zoom + view.x;
  const top = rect.y * view.zoom + view.y;
  return left < cover.x + cover.width && left + rect.width * view.zoom > cover.x && top < cover.y + cover.height && top + rect.height * view.zoom > cover.y;
}

/**
 * Which side of the pane `cover` is kept clear from: 'bottom' for one whose middle is in the
 * pane's lower half (the zoom controls, the mini map), 'top' for one that ends in its upper half
 * (the notices), null for one that does neither (a stack of notices reaching further down: the
 * design would be squeezed into a strip for notices that fade in seconds).
 */
export function coverSide(cover: Rect, pane: Pane): 'top' | 'bottom' | null {
  if (cover.y + cover.height / 2 >= pane.height / 2) return 'bottom';
  return cover.y + cover.height <= pane.height / 2 ? 'top' : null;
}

/**
 * `frame` (fitAll, openingFrame) of the design whose elements are `rects`, kept out from under the
 * panels over the pane (`pane.covers`). When an element would be under one, the design is framed
 * in the band of the pane clear of it instead (with the padding there too): above a cover over the
 * pane's bottom, below one over its top. The zoom controls take the bottom-left corner, so a fitted
 * design whose last stage ends at the bottom-left was drawn under them; the notice saying a project
 * was opened takes the top-right, over a stage's header or a decision. Only elements count, not
 * their bounding box: a design with nothing in the bottom-right corner is not shrunk for the mini
 * map there. The frame keeps its rules in the band (openingFrame stays readable: a design that no
 * longer fits readably there opens at the readable zoom on its top-left, below the cover). The
 * notices are framed around only while the band left is at least half the pane. Each round takes
 * in one cover more at least, so it ends.
 */
export function clearOfCovers(rects: readonly Rect[], bounds: Rect, pane: Pane, frame: (bounds: Rect, pane: Pane) => Viewport): Viewport {
  const all = (pane.covers ?? []).filter((c) => coverSide(c, pane) !== null);
  let covers = all;
  let top = 0;
  let bottom = pane.height;
  let view = frame(bounds, pane);
  for (let i = 0; i < all.length; i++) {
    const hit = covers.filter((c) => c.y < bottom && c.y + c.height > top && rects.some((r) => isUnder(r, view, c)));
    if (!hit.length) break;
    for (const c of hit) {
      if (coverSide(c, pane) === 'top') top = Math.max(top, c.y + c.height);
      else bottom = Math.min(bottom, c.y);
    }
    if (top > 0 && bottom - top < pane.height / 2) {
      // the notices and the panels below would leave the design less than half the pane (a notice
      // ending at the middle above the mini map left a 1 px strip): as for a stack of notices past
      // the middle, the notices, which fade, are not framed around; the panels below still are
      covers = covers.filter((c) => coverSide(c, pane) !== 'top');
      top = 0;
    }
    const band = frame(bounds, { width: pane.width, height: bottom - top });
    view = { ...band, y: band.y + top };
  }
  return view;
}
