/**
 * Keyboard focus around a modal dialog (docs/editor.md, "Focus after each action": never <body>),
 * shared by `useDialog` and `useModalDialog`:
 * - Tab and Shift+Tab go round inside it. Chromium lets a native modal `<dialog>` pass focus from
 *   its last control out to the browser's own controls, and in a page with no browser frame (a
 *   test, a kiosk, an embedded view) focus then falls to <body>, where no key of the app works. The
 *   WAI-ARIA dialog pattern keeps it inside.
 * - After it closes, focus is on what had it as the dialog opened (the browser gives it back), else
 *   on the canvas: when nothing had it (`?` pressed right after Escape on a node, before the canvas
 *   took the focus React Flow let go) or it is gone. A dialog opened from a menu's item goes back to
 *   the menu's button (File ▾), the item being gone with its menu.
 */
import { refocusIfLost } from './focusFallback';

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The controls Tab stops at inside `root`, in order: enabled, shown, not taken out with tabindex -1. */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'hidden'),
  );
}

/** The first control Tab stops at inside `root`: where a dialog puts focus as it opens. */
export const firstControl = (root: Element): HTMLElement | undefined => tabbables(root)[0];

const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** A Tab past the dialog's last control goes to the first, a Shift+Tab before its first to the last. */
function wrapTab(dialog: HTMLElement): (event: KeyboardEvent) => void {
  return (event) => {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = tabbables(dialog);
    const active = document.activeElement;
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last || !active || !dialog.contains(active)) return;
    if (event.shiftKey ? active === first || before(active, first) : active === last || before(last, active)) {
      event.preventDefault();
      (event.shiftKey ? last : first).focus();
    }
  };
}

/**
 * An item of a menu (File ▾) that opened the dialog is gone once the menu closes: focus goes back to
 * the button that opened the menu instead (named by the menu's aria-labelledby, as Radix does). The
 * item is still the opener when the dialog mounts before the menu has given focus back to its
 * button — each time after the first, when the dialog's code is already loaded.
 */
function menuButtonOf(opener: Element | null): Element | null {
  let el = opener;
  // a submenu's item leads to its parent menu's item, then to that menu's button
  for (let depth = 0; el && depth < 4; depth++) {
    const id = el.closest('[role="menu"]')?.getAttribute('aria-labelledby');
    const button = id ? document.getElementById(id) : null;
    if (!button || button === el) return el;
    el = button;
  }
  return el;
}

export interface DialogFocus {
  /** Puts focus back after the dialog closed (also run on its 'close' event). */
  restore(): void;
  /** Removes the listeners. */
  dispose(): void;
}

/** Keeps focus with `dialog` while it is open and puts it back after it closes; `opener` is what had focus as it opened. */
export function dialogFocus(dialog: HTMLDialogElement, opener: () => Element | null): DialogFocus {
  const restore = () => {
    // Focus left inside the closed dialog (the browser gave it back to nothing) falls to <body> only
    // at the next rendering update, after animation frames: it is let go now, so the check sees it lost.
    const active = document.activeElement;
    if (active instanceof HTMLElement && dialog.contains(active)) active.blur();
    const from = menuButtonOf(opener());
    requestAnimationFrame(() => refocusIfLost(from));
  };
  const onKeyDown = wrapTab(dialog);
  dialog.addEventListener('close', restore);
  dialog.addEventListener('keydown', onKeyDown);
  return {
    restore,
    dispose: () => {
      dialog.removeEventListener('close', restore);
      dialog.removeEventListener('keydown', onKeyDown);
    },
  };
}
