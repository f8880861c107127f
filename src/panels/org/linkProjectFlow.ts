/**
 * Picking, in a Flow picker, a flow of the project the design does not call yet: its catalog entry
 * (read from its file, with the subflows it calls) joins the design's flow catalog and the picker's
 * own edit runs, as **one** undo entry, as "New flow…" does (createFlowFor.ts). The flow is then a
 * project flow like those opening linked: read-only, run by the interpreter (docs/projects.md).
 */
import { saveFlow } from '../../commands/saveFlow';
import type { ProjectFlowOffer } from '../../io/project/projectFlowOffer';
import { useAppStore } from '../../store/appStore';
import { startGesture, type PickFlow } from './createFlowFor';

/** Links the project's flow `name` and picks it with `pick`; false when its file cannot be used or the design is read-only. */
export function linkProjectFlow(offer: ProjectFlowOffer, name: string, pick: PickFlow): boolean {
  const store = useAppStore.getState();
  const link = offer.link(name, store.doc.flows ?? []);
  if (!link.ok) {
    store.notify('error', `${link.message.charAt(0).toUpperCase()}${link.message.slice(1)}.`);
    return false;
  }
  const gesture = startGesture();
  if (!gesture) return false;
  for (const flow of link.flows) gesture.type(saveFlow, { flow });
  pick(name, gesture);
  gesture.commit();
  // a subflow it calls that is not in the project: the flow still runs up to it (as when opening)
  if (link.warnings.length) store.notify('warning', link.warnings.join(' · '));
  return true;
}
