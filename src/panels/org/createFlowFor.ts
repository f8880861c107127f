/**
 * "New flow…" inside a Flow picker: adds a new flow of the picker's type to the simulated org and
 * picks it for the step or condition, as **one** undo entry (one gesture: the flow is added, then
 * the picker's own edit runs inside the same gesture). Written to the document directly rather than
 * through the org's async API, so that undo takes both back together; catalogSync.ts puts the new
 * flow into the cached lists in the same tick.
 */
import type { FlowType } from '../../model/types';
import { saveFlow } from '../../commands/saveFlow';
import { newFlow } from '../../org/flowDraft';
import type { TypingGesture } from '../../ui/fields/useTypingGesture';
import { useAppStore } from '../../store/appStore';

/** Picks a flow by name inside the creating gesture (the picker's usual edit, given the gesture). */
export type PickFlow = (name: string, gesture: TypingGesture) => void;

/** Starts one undo entry for edits made in code; null when the design is read-only (a run is shown). */
export function startGesture(): TypingGesture | null {
  useAppStore.getState().beginGesture();
  if (!useAppStore.getState().gestureMark) return null;
  return {
    type: (command, params) => useAppStore.getState().updateGesture(command, params),
    commit: () => useAppStore.getState().endGesture(),
    cancel: () => useAppStore.getState().cancelGesture(),
  };
}

/** Creates a flow of `type`, picks it with `pick`, commits one undo entry; the new flow's name, or null when refused (a run is shown). */
export function createFlowFor(type: FlowType, pick: PickFlow): string | null {
  const gesture = startGesture();
  if (!gesture) return null;
  const flow = newFlow(type, useAppStore.getState().doc.flows ?? []);
  gesture.type(saveFlow, { flow });
  pick(flow.name, gesture);
  gesture.commit();
  return flow.name;
}
