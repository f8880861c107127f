/**
 * Scenarios follow renames in the design. A scenario names the design's steps, stages, decisions,
 * variables and flows (FORMAT.md keeps it apart from the document, and out of the undo history),
 * so after every change of the document — an edit, a gesture, undo or redo — the store asks
 * whether it was a rename (commands/renamesBetween.ts) and, if so, renames the name in every
 * scenario (commands/renameInScenario.ts). Undoing the rename renames it back the same way.
 * The selection follows an element's rename too: an undo or redo puts back the old or new name, and
 * a selection left on a name that is gone showed the orchestration's panel and lost the keyboard
 * focus, which was on the renamed node (docs/editor.md, "Focus after each action").
 */
import { renameInScenario } from '../commands/renameInScenario';
import { renamesBetween } from '../commands/renamesBetween';
import type { Orchestration, Scenario } from '../model/types';

interface RenameFollower {
  doc: Orchestration;
  scenarios: readonly Scenario[];
  selected: readonly string[];
}

/** What of a store this reads and writes (the app's store, or a test's). */
interface FollowingStore {
  subscribe(listener: (state: RenameFollower, prev: RenameFollower) => void): () => void;
  setState(partial: { scenarios?: readonly Scenario[]; selected?: readonly string[] }): void;
}

/** Subscribes `store` so that its scenarios and selection follow renames in its document; returns the unsubscribe. */
export function followRenames(store: FollowingStore): () => void {
  return store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    const renames = renamesBetween(prev.doc, state.doc);
    if (!renames.length) return;
    let changed = false;
    const scenarios = state.scenarios.map((scenario) => {
      const next = renames.reduce(renameInScenario, scenario);
      if (next !== scenario) changed = true;
      return next;
    });
    if (changed) store.setState({ scenarios });
    const element = renames.find((r) => r.kind === 'element');
    if (element && state.selected.includes(element.from)) {
      store.setState({ selected: state.selected.map((name) => (name === element.from ? element.to : name)) });
    }
  });
}
