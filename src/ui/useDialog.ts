/**
 * Opens a native <dialog> modally while `open` is true; Esc (cancel) and close report back. When it
 * closes, the browser gives focus back to what had it as it opened; when that was nothing (<body>:
 * `?` pressed right after Escape, before the canvas took the focus React Flow let go) or is gone,
 * focus goes to the canvas, never to <body> (docs/editor.md, "Focus after each action"). Tab goes
 * round inside it (dialogTabWrap.ts).
 */
import { useEffect, useRef } from 'react';
import { refocusIfLost, releaseFocusFrom } from './focusFallback';
import { wrapTab } from './dialogTabWrap';

export function useDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const closed = () => {
      onClose();
      const from = opener.current;
      // Focus left inside the closed dialog (nothing had it as the dialog opened, so the browser gave
      // it back to nothing) falls to <body> only at the next rendering update, after animation
      // frames: it is let go now, so the check below sees it lost.
      releaseFocusFrom(dialog);
      requestAnimationFrame(() => refocusIfLost(from));
    };
    const onKeyDown = wrapTab(dialog);
    dialog.addEventListener('close', closed);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('close', closed);
      dialog.removeEventListener('keydown', onKeyDown);
    };
  }, [onClose]);
  return ref;
}
