/**
 * "Show it": selects an element the user is told about, brings it into view clear of what covers
 * the canvas (a reveal request, canvas/useViewFollow.ts: a focused node was panned to only from the
 * keyboard, and a node under a notice counted as in view) and moves focus onto its node.
 */
import { useAppStore } from '../store/appStore';
import { focusCanvasElement } from './focusCanvasElement';

export function showElement(name: string): void {
  const store = useAppStore.getState();
  store.select([name]);
  store.requestReveal(name);
  focusCanvasElement(name);
}
