/**
 * When a notice goes while focus is inside it — its × pressed from the keyboard, or pushed out by
 * newer notices — focus would fall to <body> (docs/editor.md, "Focus after each action": never
 * there). From the keyboard it goes to the Dismiss button of the notice now in its place, else of the
 * one before it, so a keyboard admin can clear several in a row, else to the canvas (*chosen*). After
 * a click it goes to the canvas: focus on another notice would keep that one from fading.
 */
import { useLayoutEffect, type RefObject } from 'react';
import { refocusIfLost } from '../ui/focusFallback';

export function useKeepFocusOnNoticeGone(item: RefObject<HTMLLIElement | null>): void {
  useLayoutEffect(() => {
    const li = item.current;
    // A layout effect's cleanup runs before React takes the item out of the page, so it can still
    // tell whether focus is inside it and where it stood; the list is drawn anew a frame later.
    return () => {
      const list = li?.parentElement;
      if (!li || !list || !li.contains(document.activeElement)) return;
      const place = [...list.children].indexOf(li);
      const fromKeys = document.activeElement?.matches(':focus-visible') === true;
      requestAnimationFrame(() => {
        const items = [...list.children];
        const beside = fromKeys ? items[Math.min(place, items.length - 1)] : undefined;
        refocusIfLost(beside?.querySelector('button[aria-label="Dismiss notice"]'));
      });
    };
  }, [item]);
}
