/**
 * Scenarios go back with the design when an opening is undone. Opening another design (an import,
 * a project's orchestration: `openDocument`) is one undoable edit of the document, but scenarios
 * are not in the undo history (FORMAT.md keeps them apart from the document), and the opening gives
 * the new design its own (the default scenario, or the project's scenario files). Undo brought the
 * design before back with the opened design's scenarios, and autosave then stored it so: the
 * admin's own scenarios were left only in the "before import" version.
 *
 * So each opening remembers the scenarios of both sides, and an undo or redo that crosses it (the
 * document goes from the opened design straight back to the one before, or forward again) puts
 * back the scenarios that side had when it was left, the active one included. Edits on either side
 * cross nothing, so they keep the scenarios as they are.
 */
import type { Orchestration, Scenario } from '../model/types';

interface OpeningsFollower {
  doc: Orchestration;
  openings: number;
  scenarios: readonly Scenario[];
  activeScenario: number;
}

/** What of a store this reads and writes (the app's store, or a test's). */
interface FollowingStore {
  subscribe(listener: (state: OpeningsFollower, prev: OpeningsFollower) => void): () => void;
  setState(partial: { scenarios: readonly Scenario[]; activeScenario: number }): void;
}

interface Side {
  scenarios: readonly Scenario[];
  activeScenario: number;
}

/** One opening: the document before it and the one it opened, each with its scenarios as last left. */
interface Opening {
  before: Orchestration;
  after: Orchestration;
  beforeSide: Side;
  /** Unknown until the opened design is left by an undo (the opening may still replace them). */
  afterSide: Side | null;
}

/** Subscribes `store` so that an undone (or redone) opening brings back its side's scenarios; returns the unsubscribe. */
export function scenariosAcrossOpenings(store: FollowingStore): () => void {
  // keyed by document object: undo and redo put back the very objects the history holds
  const byAfter = new WeakMap<Orchestration, Opening>();
  const byBefore = new WeakMap<Orchestration, Opening>();
  return store.subscribe((state, prev) => {
    if (state.doc === prev.doc) return;
    const side = (s: OpeningsFollower): Side => ({ scenarios: s.scenarios, activeScenario: s.activeScenario });
    if (state.openings !== prev.openings) {
      const opening: Opening = { before: prev.doc, after: state.doc, beforeSide: side(prev), afterSide: null };
      byAfter.set(state.doc, opening);
      byBefore.set(prev.doc, opening);
      return;
    }
    const undone = byAfter.get(prev.doc);
    if (undone && undone.before === state.doc) {
      undone.afterSide = side(prev);
      store.setState({ scenarios: undone.beforeSide.scenarios, activeScenario: undone.beforeSide.activeScenario });
      return;
    }
    const redone = byBefore.get(prev.doc);
    if (redone && redone.after === state.doc && redone.afterSide) {
      redone.beforeSide = side(prev);
      store.setState({ scenarios: redone.afterSide.scenarios, activeScenario: redone.afterSide.activeScenario });
    }
  });
}
