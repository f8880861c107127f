/**
 * Opens a `<dialog>` as a modal when it mounts (falls back to `open` where showModal is missing,
 * e.g. jsdom). When it closes, the browser gives focus back to what had it before; when that is
 * gone (a File menu item that closed with its menu), focus goes to the canvas, never to <body>
 * (docs/editor.md, "Focus after each action"). Tab goes round inside it (dialogTabWrap.ts).
 */
import { useEffect, useRef } from 'react';
import { refocusIfLost, releaseFocusFrom } from './focusFallback';
import { wrapTab } from './dialogTabWrap';

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d || d.open) return;
    const opener = document.activeElement;
    const onClose = () => {
      releaseFocusFrom(d);
      requestAnimationFrame(() => refocusIfLost(opener));
    };
    const onKeyDown = wrapTab(d);
    d.addEventListener('close', onClose);
    d.addEventListener('keydown', onKeyDown);
    if (typeof d.showModal === 'function') d.showModal();
    else d.setAttribute('open', '');
    return () => {
      d.removeEventListener('close', onClose);
      d.removeEventListener('keydown', onKeyDown);
      // the dialog's own onClose usually unmounts it within the close event, which then skips this
      // listener (removed during the dispatch): the check runs from here instead
      onClose();
    };
  }, []);
  return ref;
}
