/**
 * Keyboard focus follows the selection away from a canvas node it no longer holds. Paste and
 * Duplicate select the copies they make; focus stayed on the original's node, so the next key
 * (Delete, F2 — keys act on the focused node, useShortcuts.ts) acted on the original, not on the
 * copy the panel showed. Focus moves only from a canvas node, only to a selection that has one, and
 * never when the focused node is part of the new selection (a click, Ctrl+A).
 */
import { useEffect } from 'react';
import { useAppStore } from '../store/appStore';
import { focusCanvasElement } from './focusElement';

export function useFocusFollowsSelection(): void {
  useEffect(
    () =>
      useAppStore.subscribe((state, prev) => {
        if (state.selected === prev.selected || state.selected.length === 0) return;
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement) || !focused.matches('.react-flow__node[data-id]')) return;
        const id = focused.getAttribute('data-id');
        if (id !== null && state.selected.includes(id)) return;
        // the copy's node is drawn a frame or two after the edit
        focusCanvasElement(state.selected[0]!);
      }),
    [],
  );
}
