/**
 * Opens a native <dialog> modally while `open` is true; Esc (cancel) and close report back. Focus
 * stays with it while it is open and goes back after it closes, never to <body> (dialogFocus.ts).
 * It opens on the element marked `data-autofocus` when there is one (the browser would pick the first
 * focusable one — a link in a report, which Enter would follow instead of closing it).
 */
import { useEffect, useRef } from 'react';
import { dialogFocus } from './dialogFocus';

export function useDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.addEventListener('close', onClose);
    const focus = dialogFocus(dialog, () => opener.current);
    return () => {
      dialog.removeEventListener('close', onClose);
      focus.dispose();
    };
  }, [onClose]);
  return ref;
}
