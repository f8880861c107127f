/**
 * A dialog's stand-in while its code loads (AppDialogs' Suspense fallback): Escape pressed then
 * cancels the opening. The first Scenarios took about 390 ms to load in a walkthrough, and an
 * Escape in that time reached no dialog, so the dialog opened after the admin had cancelled it.
 * Focus stays where it was, on the button that asked for the dialog.
 */
import { useEffect } from 'react';

export function EscapeWhileLoading({ onEscape }: { onEscape: () => void }) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onEscape();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onEscape]);
  return null;
}
