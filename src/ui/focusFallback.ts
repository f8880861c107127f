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

/** When focus is lost: `prefer` if it takes focus (a menu item of a closed menu may not), else the canvas region. */
export function refocusIfLost(prefer?: Element | null): void {
  if (!focusIsLost()) return;
  if (prefer instanceof HTMLElement && prefer !== document.body && prefer.isConnected) {
    prefer.focus({ preventScroll: true });
    if (document.activeElement === prefer) return;
  }
  canvasRegion()?.focus({ preventScroll: true });
}
