/**
 * Opening a project's orchestration over another design the admin worked on: that design stays in
 * Designs under its own name, and the orchestration opens as a new design (docs/projects.md, *chosen*).
 * Opened in its place — as an imported file is — the library's entry became the project's
 * orchestration, and the admin's work survived only as a version "before an import" of a design of
 * another name: a relabelled DepotSweep disappeared from Designs once CrateIntake was opened.
 */
import { emptyOrchestration } from '../../model/factories';
import type { Orchestration } from '../../model/types';
import type { AppStore } from '../../store/appStore';
import { designStorage } from '../../store/designStorage';

/**
 * The label of the open design when it is a stored design other than the one named `next` (another
 * API name); null when the open design is `next` again (opened in place, a new version of it) or was
 * never stored (nothing to keep).
 */
export function designToKeep(store: AppStore, next: string): string | null {
  const { doc, designId } = store.getState();
  return designId === null || doc.name === next ? null : doc.label ?? doc.name;
}

/** Saves the open design's last change, then leaves it for a new design not stored yet, as "New design" does. */
export async function leaveOpenDesign(store: AppStore): Promise<void> {
  if (store === designStorage.store) await designStorage.flush();
  // the orchestration then opens in it as an import does, and is stored as read
  store.getState().openUnsavedDesign(emptyOrchestration(), []);
}

/**
 * Whether opening the same orchestration again (in place) replaced changes the admin made to it: the
 * stored design `before` differs from what its file gave. They were replaced without a word, where
 * Undo and the version "before an import" still hold them (seen: a relabelled step came back as the
 * file had it after the folder was opened again); the caller says so.
 */
export function replacedChanges(before: Orchestration, designId: string | null, after: Orchestration): boolean {
  return designId !== null && before.name === after.name && JSON.stringify(before) !== JSON.stringify(after);
}
