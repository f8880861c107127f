/**
 * Where focus goes when an action took away the control that had it (docs/editor.md, "Focus after
 * each action": never <body>): back to `prefer` when it can still hold focus, else the canvas
 * region. Does nothing when focus is already somewhere.
 */

/** True when nothing on the page has focus (it fell to <body>, or to an element that is gone). */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/** The canvas region (canvas/CanvasMenuHost.tsx), focusable so the empty canvas has a keyboard menu. */
export function canvasRegion(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-canvas-host]');
}

/**
 * Blurs the focused element when it is inside `container` (a dialog just closed): the browser would
 * move it to <body> only at its next rendering update, after the frame a refocus check runs in.
 */
export function releaseFocusFrom(container: Element): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && container.contains(active)) active.blur();
}

/** When focus is lost: `prefer` if it takes focus (a menu item of a closed menu may not), else the canvas region. */
export function refocusIfLost(prefer?: Element | null): void {
  if (!focusIsLost()) return;
  if (prefer instanceof HTMLElement && prefer !== document.body && prefer.isConnected) {
    prefer.focus({ preventScroll: true });
    if (document.activeElement === prefer) return;
  }
  canvasRegion()?.focus({ preventScroll: true });
}
