/**
 * The part of the design React Flow is given (shownElements.ts): in a big design the step nodes of
 * the stages near the view only, none far out. The view is read on every pan frame, but only as
 * the list of stages whose steps are shown (one string), so the nodes and edges handed to React
 * Flow keep their identity while panning among the same stages, and React Flow re-adopts its nodes
 * only when a stage comes near or goes away.
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { expandedFromKey, expandedKey, pickShown, stagesNearView, type Shown, type ShownElements, type StageBox } from './shownElements';

/** `boxes`: the stage boxes of a big design, null for a small one (everything is shown). */
export function useShownElements(all: ShownElements, boxes: readonly StageBox[] | null): Shown {
  const selectKey = useCallback(
    (s: ReactFlowState) => (boxes ? expandedKey(stagesNearView(boxes, { x: s.transform[0], y: s.transform[1], zoom: s.transform[2] }, { width: s.width, height: s.height })) : expandedKey('all')),
    [boxes],
  );
  const key = useStore(selectKey);
  return useMemo(() => pickShown(all, expandedFromKey(key)), [all, key]);
}
