/**
 * Keyboard focus follows the selection from an Outline row to the row of an element just made: Paste
 * and Duplicate pressed on a row (Ctrl/Cmd+V, D act on the focused row's element) select the copies,
 * and an undone delete selects what it brings back. Focus stayed on the original's row, so the next
 * Delete or F2 — the row's own keys — acted on the original, not on the copy the panel showed. The
 * canvas does the same for its nodes (canvas/useFocusFollowsSelection.ts).
 *
 * Only to an element that has no row yet (it was just added): a selection of an element already
 * listed (Delete's neighbour, Enter, a click) leaves focus where the Outline put it.
 */
import { useEffect, type RefObject } from 'react';
import { useAppStore } from '../../store/appStore';

export function useRowFocusFollowsCopy(
  tree: RefObject<HTMLUListElement | null>,
  rows: RefObject<Map<string, HTMLLIElement>>,
  focusRow: (element: string) => void,
): void {
  useEffect(
    () =>
      useAppStore.subscribe((state, prev) => {
        if (state.selected === prev.selected || state.selected.length === 0) return;
        const focused = document.activeElement;
        if (!(focused instanceof HTMLElement) || !tree.current?.contains(focused) || focused.getAttribute('role') !== 'treeitem') return;
        // a start condition's row names no element: it is never the selection
        const element = focused.getAttribute('data-element');
        if (element !== null && state.selected.includes(element)) return;
        const first = state.selected[0]!;
        if (rows.current.has(first)) return;
        focusRow(first);
      }),
    [tree, rows, focusRow],
  );
}
