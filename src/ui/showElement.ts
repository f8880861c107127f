/** "Show it": selects an element the user is told about and moves focus onto its node (React Flow pans to a focused node). */
import { useAppStore } from '../store/appStore';
import { focusCanvasElement } from './focusCanvasElement';

export function showElement(name: string): void {
  useAppStore.getState().select([name]);
  focusCanvasElement(name);
}
