/**
 * Tab and Shift+Tab on the canvas follow its reading order (docs/canvas.md, "Keyboard order"):
 * each node, the controls on its card (Complete work item in a run), then the connectors leaving
 * it (tabOrder.ts). Nodes are in the page in reading order (toFlowElements.ts), so the browser
 * moves between them by itself; connectors are out of its order (tabindex −1), so a Tab that
 * leads to or from one is done here. Nothing is computed until Tab is pressed in the canvas: a
 * render of a big design costs nothing more.
 */
import { useStoreApi } from '@xyflow/react';
import { useCallback } from 'react';
import { tabbables } from '../ui/dialogFocus';
import { partNearStart, type Rect } from './layout/framing';
import { tabStops, type TabStop } from './tabOrder';
import type { DesignEdge, DesignNode } from './types';
import { useBringIntoView } from './useViewFollow';

/** A field on a card (the rename field) keeps the browser's Tab, which also ends the rename. */
const TYPING = 'input, textarea, select, [contenteditable="true"]';

type FlowStore = ReturnType<typeof useStoreApi<DesignNode, DesignEdge>>;

/** The canvas's stops now, with the element of each (only what React Flow has drawn). */
function drawnStops(root: Element, layer: Element, store: FlowStore) {
  const edges = new Map<string, SVGElement>();
  for (const el of root.querySelectorAll<SVGElement>('.react-flow__edge[data-id]')) edges.set(el.getAttribute('data-id')!, el);
  const nodes = new Map<string, HTMLElement>();
  for (const el of layer.querySelectorAll<HTMLElement>('.react-flow__node[data-id]')) if (el.tabIndex >= 0) nodes.set(el.getAttribute('data-id')!, el);
  const stops = tabStops(nodes.keys(), store.getState().edges.filter((e) => edges.has(e.id)));
  /** Where focus goes for `stop`: coming backwards to a node, the last control on its card. */
  const elementOf = (stop: TabStop, back: boolean): HTMLElement | SVGElement => {
    if (stop.kind === 'edge') return edges.get(stop.id)!;
    const node = nodes.get(stop.id)!;
    return (back && tabbables(node).at(-1)) || node;
  };
  return { stops, elementOf };
}

/** The first control after `el` in the page's Tab order (what follows the canvas's nodes). */
function firstTabbableAfter(el: Element): HTMLElement | undefined {
  return tabbables(document.body).find((c) => !el.contains(c) && (el.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0);
}

/**
 * Where `el` is drawn, in flow units; for a connector bigger than the pane, only its part around
 * where it leaves its element (partNearStart): its box's top-left may hold nothing of it.
 */
function flowBox(el: Element, store: FlowStore): Rect | null {
  const { domNode, width, height, transform: [x, y, zoom] } = store.getState();
  if (!domNode) return null;
  const pane = domNode.getBoundingClientRect();
  const r = el.getBoundingClientRect();
  const box = { x: (r.left - pane.left - x) / zoom, y: (r.top - pane.top - y) / zoom, width: r.width / zoom, height: r.height / zoom };
  const path = el.querySelector<SVGPathElement>('path.react-flow__edge-path');
  const ctm = path?.getScreenCTM();
  if (!path || !ctm) return box;
  const start = path.getPointAtLength(0).matrixTransform(ctm);
  return partNearStart(box, { x: (start.x - pane.left - x) / zoom, y: (start.y - pane.top - y) / zoom }, { width, height }, zoom);
}

/** The key handler for the element around React Flow. */
export function useCanvasTabOrder(): (event: React.KeyboardEvent<HTMLElement>) => void {
  const store = useStoreApi<DesignNode, DesignEdge>();
  const bringIntoView = useBringIntoView();
  return useCallback((event: React.KeyboardEvent<HTMLElement>) => {
    /** Focus on a stop, brought into view first with the smallest pan (a jump, as React Flow's own). */
    const moveTo = (el: HTMLElement | SVGElement | undefined, onCanvas = true) => {
      if (!el) return;
      event.preventDefault();
      // React Flow's pan to a focused node centres a step by its place in its stage, so a step out
      // of view stayed out of view; and nothing brought a connector into view. The browser's own
      // scrolling would scroll the canvas's box, which React Flow does not expect.
      const box = onCanvas ? flowBox(el, store) : null;
      if (box) bringIntoView(box, true);
      el.focus({ preventScroll: onCanvas });
    };
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const root = event.currentTarget;
    const target = event.target;
    const layer = root.querySelector('.react-flow__nodes');
    if (!(target instanceof Element) || !layer) return;
    const back = event.shiftKey;
    const edgeEl = target.closest<SVGElement>('.react-flow__edge[data-id]');
    const nodeEl = edgeEl ? null : target.closest<HTMLElement>('.react-flow__node[data-id]');
    if (!edgeEl && !nodeEl) {
      // Shift+Tab from what follows the nodes (the zoom controls) into them comes to the last stop,
      // which may be a connector; the browser would come to the last node.
      if (!back) return;
      const controls = tabbables(root);
      const before = controls[controls.indexOf(target as HTMLElement) - 1];
      if (!before || !layer.contains(before)) return;
      const { stops, elementOf } = drawnStops(root, layer, store);
      const last = stops.at(-1);
      if (last?.kind === 'edge') moveTo(elementOf(last, true));
      return;
    }
    if (nodeEl) {
      // The card's own controls come right after it: the browser goes into them and back out.
      const controls = tabbables(nodeEl);
      if (target === nodeEl ? !back && controls.length > 0 : back || target.matches(TYPING) || controls.at(-1) !== target) return;
    }
    const { stops, elementOf } = drawnStops(root, layer, store);
    const id = (edgeEl ?? nodeEl)!.getAttribute('data-id');
    const here = stops.findIndex((s) => s.kind === (edgeEl ? 'edge' : 'node') && s.id === id);
    if (here < 0) return;
    const next = stops[here + (back ? -1 : 1)];
    if (next) moveTo(elementOf(next, back));
    // Past the last stop, on to what follows the canvas's nodes (the browser does so from a node).
    else if (!back && edgeEl) moveTo(firstTabbableAfter(layer), false);
  }, [store, bringIntoView]);
}
