/**
 * Keeps keyboard focus off <body> after actions that remove or replace the focused control
 * (docs/editor.md, "Focus after each action"): Run → the run controls; Exit run → Run; a delete →
 * the neighbour it selected; any other edit that leaves focus nowhere (the focused node was
 * renamed or removed) → the selected element's node. It acts only when focus was lost (or, for
 * Run, is still on the Run button), so it never pulls focus away from where the user put it.
 */
import { useEffect } from 'react';
import { focusCanvasElement } from '../canvas/focusElement';
import { useAppStore } from '../store/appStore';

const MAX_FRAMES = 20;

function focusLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected;
}

/** Focuses the first enabled control that `find` returns, waiting a few frames for a lazy panel. */
function focusWhenDrawn(find: () => HTMLElement | null | undefined, frames = MAX_FRAMES): void {
  const target = find();
  if (target) target.focus();
  else if (frames > 0) requestAnimationFrame(() => focusWhenDrawn(find, frames - 1));
}

const runControl = () => document.querySelector<HTMLElement>('[role="toolbar"][aria-label="Run controls"] button:not([disabled])');
const runButton = () => document.querySelector<HTMLElement>('button[data-action="run.start"]');

export function useFocusRescue(): void {
  useEffect(
    () =>
      useAppStore.subscribe((s, prev) => {
        const started = prev.runPhase === 'idle' && s.runPhase !== 'idle';
        const ended = prev.runPhase !== 'idle' && s.runPhase === 'idle';
        if (!started && !ended && s.doc === prev.doc && s.selected === prev.selected) return;
        requestAnimationFrame(() => {
          if (started) {
            if (focusLost() || document.activeElement === runButton()) focusWhenDrawn(runControl);
            return;
          }
          if (!focusLost()) return;
          if (ended) {
            focusWhenDrawn(runButton);
            return;
          }
          const { selected } = useAppStore.getState();
          if (selected.length === 1) focusCanvasElement(selected[0]!);
        });
      }),
    [],
  );
}
