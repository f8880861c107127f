/**
 * The document the canvas and the outline draw (docs/canvas.md "Opening a big design").
 *
 * Opening a design sets the store's document at once: the test hook, Run, export and every panel
 * read the new one. Drawing it is the costly part of an opening — mapping every step to a node,
 * the sketches, the outline, React's render and commit — about as long again as reading and
 * validating it. For a big design those are rendered in a transition instead: React draws the
 * opened design in the tasks that follow, a component at a time, so opening 10,000 steps is not
 * one long task. Meanwhile the canvas keeps drawing what it drew (for a frame or two), and framing
 * waits for the new drawing (useFitRequests). Edits, undo and small designs are drawn at once.
 * Before that render the canvas plans the design's stages in tasks of their own
 * (canvas/prepareDrawing.ts), which the render could not split; the store says when
 * (`drawLater.ready`).
 */
import { useDeferredValue } from 'react';
import type { Orchestration } from '../model/types';
import { useAppStore } from './appStore';
import { selectDoc } from './selectors';

/** The document to draw now, and whether the store already holds a newer one still being drawn. */
export function useDrawnDoc(): { doc: Orchestration; pending: boolean } {
  const doc = useAppStore(selectDoc);
  const later = useAppStore((s) => (s.drawLater?.doc === s.doc ? s.drawLater : null));
  // Deferred only while a big opened design waits to be drawn; otherwise null, which never changes,
  // so edits schedule no second render. Until the drawing is prepared (`ready`) the design before
  // stays drawn.
  const deferred = useDeferredValue(later?.ready ? doc : null);
  const drawn = !later || (later.ready && deferred === doc) ? doc : later.before;
  return { doc: drawn, pending: drawn !== doc };
}
