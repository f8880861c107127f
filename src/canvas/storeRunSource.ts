/** The designer's run as the stand-ins read it (StandInLayer.tsx): the store's run shown, by the node components' own rule. */
import { useAppStore } from '../store/appStore';
import { runAttributesOf } from './nodes/runAttributes';
import type { RunSource } from './StandInLayer';

export const STORE_RUN: RunSource = {
  attributes: (name, kind) => runAttributesOf(useAppStore.getState(), name, kind),
  subscribe: (changed) =>
    useAppStore.subscribe((s, prev) => {
      if (s.snapshot !== prev.snapshot || s.runPhase !== prev.runPhase) changed();
    }),
};
