/**
 * In a run, the cards of the steps shown started at the height of what they show
 * (startedCards.ts), and the predecessor links round the side of a column meeting them at that
 * height. Which cards can change is worked out once per trace; the store selector then looks at
 * those only, on each beat, and the canvas re-renders only when one of their heights changes — not
 * on every beat, which would re-render the whole canvas as playback goes.
 */
import { useMemo } from 'react';
import { useAppStore } from '../store/appStore';
import { selectRunShown } from '../store/selectors';
import { heightsOfKey, startedCards, startedHeightsKey, withStartedHeights, withStartedSides } from './startedCards';
import type { DesignEdge, DesignNode } from './types';

export function useStartedCards(nodes: DesignNode[], edges: DesignEdge[]): { nodes: DesignNode[]; edges: DesignEdge[] } {
  const trace = useAppStore((s) => (selectRunShown(s) ? s.trace : null));
  const keyOf = useMemo(() => (trace ? startedHeightsKey(startedCards(nodes, trace)) : null), [nodes, trace]);
  const key = useAppStore((s) => (keyOf && selectRunShown(s) ? keyOf(s.snapshot) : ''));
  const heights = useMemo(() => heightsOfKey(key), [key]);
  const started = useMemo(() => withStartedHeights(nodes, heights), [nodes, heights]);
  const sides = useMemo(() => withStartedSides(edges, heights), [edges, heights]);
  return { nodes: started, edges: sides };
}
