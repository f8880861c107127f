/**
 * Opens a `<dialog>` as a modal when it mounts (falls back to `open` where showModal is missing,
 * e.g. jsdom). Focus stays with it while it is open and goes back after it closes, never to <body>
 * (dialogFocus.ts). It opens on the element marked `data-autofocus` when there is one, as useDialog
 * does (the browser picks the first focusable one: the library's "New design", where the admin
 * asked for Versions…).
 */
import { useEffect, useRef } from 'react';
import { dialogFocus } from './dialogFocus';

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    const opener = document.activeElement;
    const focus = dialogFocus(d, () => opener);
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      focus.dispose();
      // the dialog's own onClose usually unmounts it within the close event, which then skips the
      // focus's close listener (removed during the dispatch): it runs from here instead
      focus.restore();
    };
  }, []);
  return ref;
}
