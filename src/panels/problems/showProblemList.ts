/**
 * "Show all problems" (the Run-blocked notice): clears the selection so the Properties panel shows
 * the orchestration's form, then scrolls to and focuses the Problems list's heading once React has
 * drawn it (the form is lazy and appears a frame or more later). Gives up after a few frames; focus
 * then stays on the button that asked, so it is never lost.
 */
import { useAppStore } from '../../store/appStore';
import { PROBLEM_LIST_TITLE_ID } from './problemListTitle';

const MAX_FRAMES = 30;

function focusTitle(frames: number): void {
  const title = document.getElementById(PROBLEM_LIST_TITLE_ID);
  if (title) {
    title.scrollIntoView?.({ block: 'start' }); // absent in jsdom
    title.focus({ preventScroll: true });
    return;
  }
  if (frames > 0) requestAnimationFrame(() => focusTitle(frames - 1));
}

export function showProblemList(): void {
  useAppStore.getState().select([]);
  focusTitle(MAX_FRAMES);
}
