/**
 * Opens the canvas's context menu: right-click on a stage, step, decision, connector, selection or
 * the empty canvas; Shift+F10 or the context-menu key on the focused one (the canvas itself is
 * focusable, so the empty canvas is reachable too); double-click on the empty canvas opens the
 * same "add here" menu at that point. The menu (and its library) loads when first opened.
 */
import { useReactFlow } from '@xyflow/react';
import { lazy, Suspense, useCallback, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import type { CanvasTarget } from '../actions/canvasMenu';
import { useAppStore } from '../store/appStore';
import { selectCanEdit } from '../store/selectors';
import type { OpenCanvasMenu } from './CanvasMenu';
import { holdKeys, type HeldKeys } from './heldKeys';

const CanvasMenu = lazy(() => import('./CanvasMenu'));

/** A contextmenu event the browser may send after our own keyboard opening is ignored this long. */
const KEYBOARD_ECHO_MS = 400;

/** What the element `el` (or its nearest canvas ancestor) is, selecting it the way a click would. */
function targetOf(el: Element, atPane: () => CanvasTarget): CanvasTarget | null {
  const state = useAppStore.getState();
  const node = el.closest<HTMLElement>('.react-flow__node[data-id]');
  if (node) {
    const name = node.dataset.id!;
    if (state.selected.length > 1 && state.selected.includes(name)) return { kind: 'selection' };
    if (state.selected.length !== 1 || state.selected[0] !== name) state.select([name]);
    return { kind: 'element', name };
  }
  const edge = el.closest<HTMLElement>('.react-flow__edge[data-id]');
  if (edge) {
    state.select([]);
    state.selectEdges([edge.dataset.id!]);
    return { kind: 'edge', id: edge.dataset.id! };
  }
  if (el.closest('.react-flow__nodesselection')) return { kind: 'selection' };
  if (el.closest('.react-flow__controls, .react-flow__minimap, .react-flow__panel, input, button, textarea, select')) return null;
  if (el.closest('.react-flow__pane') || el.hasAttribute('data-canvas-host')) return atPane();
  return null;
}

export function CanvasMenuHost({ children }: { children: ReactNode }) {
  const [menu, setMenu] = useState<OpenCanvasMenu | null>(null);
  const openedByKey = useRef(0);
  const heldKeys = useRef<HeldKeys | null>(null);
  // The menu open now. A menu closed with Escape says so a task later (Radix's focus scope), and a
  // menu opened again meanwhile at the same place (Shift+F10 at once) was that closing menu, kept
  // closed, and then closed, its held keys dropped: each opening has its own id, and only the menu
  // open now closes the host's menu.
  const current = useRef<OpenCanvasMenu | null>(null);
  const openings = useRef(0);
  const close = (closing: OpenCanvasMenu) => {
    if (current.current !== closing) return;
    current.current = null;
    heldKeys.current?.drop();
    setMenu(null);
  };
  const releaseHeldKeys = useCallback(() => heldKeys.current?.release(), []);
  const { screenToFlowPosition } = useReactFlow();

  const open = (el: Element, x: number, y: number, byKeyboard = false): boolean => {
    if (!selectCanEdit(useAppStore.getState())) return false;
    const target = targetOf(el, () => ({ kind: 'pane', position: screenToFlowPosition({ x, y }) }));
    if (!target) return false;
    // A connector is an SVG element: focus goes back to it too (then, if it was deleted, to its source node).
    const focusable = (e: Element | null): e is HTMLElement | SVGElement => e instanceof HTMLElement || e instanceof SVGElement;
    const focused = focusable(document.activeElement) ? document.activeElement : null;
    heldKeys.current?.drop();
    // keys pressed before the menu is ready are its own (heldKeys.ts)
    heldKeys.current = byKeyboard ? holdKeys() : null;
    const next = { target, x, y, byKeyboard, returnFocus: focusable(el) && el.tabIndex >= 0 ? el : focused, id: ++openings.current };
    current.current = next;
    setMenu(next);
    return true;
  };

  const onContextMenu = (event: MouseEvent) => {
    if (Date.now() - openedByKey.current < KEYBOARD_ECHO_MS) return event.preventDefault();
    if (open(event.target as Element, event.clientX, event.clientY)) event.preventDefault();
  };
  const onDoubleClick = (event: MouseEvent) => {
    const el = event.target as Element;
    if (el.closest('.react-flow__pane') && !el.closest('.react-flow__node, .react-flow__edge')) open(el, event.clientX, event.clientY);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!((event.key === 'F10' && event.shiftKey) || event.key === 'ContextMenu')) return;
    const el = document.activeElement;
    // a connector is an SVG element: left to the browser, its own contextmenu event opened the menu
    // as a right-click does, with focus on the menu rather than its first item
    if (!(el instanceof HTMLElement || el instanceof SVGElement)) return;
    const box = el.getBoundingClientRect();
    // The menu opens at the element's top left corner (for the canvas itself: in its middle).
    const onHost = el.hasAttribute('data-canvas-host');
    const x = onHost ? box.left + box.width / 2 : box.left + Math.min(24, box.width / 2);
    const y = onHost ? box.top + box.height / 3 : box.top + Math.min(24, box.height / 2);
    if (open(el, x, y, true)) {
      openedByKey.current = Date.now();
      event.preventDefault();
    }
  };

  return (
    // The canvas region is focusable so that the empty canvas has a keyboard menu (and a skip link target).
    <div
      data-canvas-host=""
      role="region"
      aria-label="Canvas"
      aria-keyshortcuts="Shift+F10"
      tabIndex={0}
      className="h-full w-full focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-brand-500"
      onContextMenu={onContextMenu}
      onDoubleClick={onDoubleClick}
      onKeyDown={onKeyDown}
    >
      {children}
      {menu && (
        <Suspense fallback={null}>
          <CanvasMenu
            key={menu.id}
            menu={menu}
            onReady={releaseHeldKeys}
            onClose={() => close(menu)}
          />
        </Suspense>
      )}
    </div>
  );
}
