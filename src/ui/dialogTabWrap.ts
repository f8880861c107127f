/**
 * Tab and Shift+Tab go round inside a modal dialog. Chromium lets a native modal `<dialog>` pass
 * focus from its last control out to the browser's own controls, and in a page with no browser
 * frame (a test, a kiosk, an embedded view) focus then falls to <body>, where no key of the app
 * works (docs/editor.md, "Focus after each action"). The WAI-ARIA dialog pattern keeps it inside.
 */

const TABBABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** The controls Tab stops at inside `root`, in order: enabled, shown, not taken out with tabindex -1. */
export function tabbables(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && !el.closest('[inert]') && el.getClientRects().length > 0 && !(el instanceof HTMLInputElement && el.type === 'hidden'),
  );
}

const before = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** A keydown listener for a dialog: a Tab past its last control goes to the first, a Shift+Tab before its first to the last. */
export function wrapTab(dialog: HTMLElement): (event: KeyboardEvent) => void {
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
