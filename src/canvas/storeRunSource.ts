/** The designer's run as the stand-ins read it (StandInLayer.tsx): the store's run shown, by the node components' own rule. */
import { useAppStore } from '../store/appStore';
import { selectRunShown } from '../store/selectors';
import { changedRunElements, runAttributesOf } from './nodes/runAttributes';
import type { RunSource } from './StandInLayer';

export const STORE_RUN: RunSource = {
  attributes: (name, kind) => runAttributesOf(useAppStore.getState(), name, kind),
  subscribe: (changed) =>
    useAppStore.subscribe((s, prev) => {
      if (s.snapshot === prev.snapshot && s.runPhase === prev.runPhase) return;
      // the same run a few events on: only the elements those events may change; else (a run begun, left or recomputed) all
      if (selectRunShown(s) && selectRunShown(prev) && s.trace && s.trace === prev.trace) changed(changedRunElements(s.trace, prev.snapshot!, s.snapshot!));
      else changed('all');
    }),
};
