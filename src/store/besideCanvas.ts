/**
 * The parts beside the canvas (the Outline's rows, the mini map's shapes) follow a big design just
 * opened one frame after the canvas: the canvas's cards are painted first, then these, in the task
 * right after that paint, so the opening's task and its frame carry neither their render nor their
 * raster (docs/performance.md, thirty-fifth round). Until then each keeps what it showed. Edits,
 * undo and small designs are shown everywhere in the same frame, as before; a design drawn in later
 * tasks (drawnDocument.ts) is followed by these as its drawing is, a frame after its opening.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Orchestration } from '../model/types';
import { useAppStore } from './appStore';
import { BIG_DESIGN_NODES, designNodeCount } from './bigDesign';

const bigOpening = (doc: Orchestration) => designNodeCount(doc) > BIG_DESIGN_NODES;

/** Whether the canvas has yet to paint the big design opened last (the store's `openings`): then the parts beside it wait. */
export function useBesideCanvasWaits(): boolean {
  const opening = useAppStore((s) => (bigOpening(s.doc) ? s.openings : -1));
  // a part mounted while a design is open shows it at once: only an opening after its mount waits
  const [shown, setShown] = useState(opening);
  const waits = opening !== -1 && opening !== shown;
  useEffect(() => {
    if (!waits) return;
    // the frame that paints the canvas runs its animation callbacks first; the task after it comes after its paint
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setShown(opening), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [waits, opening]);
  return waits;
}

/** `value`, or while `hold` the value it had when last not held. */
export function useHeld<T>(value: T, hold: boolean): T {
  const kept = useRef(value);
  useLayoutEffect(() => {
    if (!hold) kept.current = value;
  });
  // eslint-disable-next-line react-hooks/refs -- read in render on purpose: the value last committed unheld
  return hold ? kept.current : value;
}
