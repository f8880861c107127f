/**
 * Delete scenario, with a way back. A scenario holds an admin's work — records, step behaviour,
 * screen answers, expectations — and is not part of the document's undo (zundo records only the
 * design), so one click on Delete lost it for good. The editor keeps the scenario last deleted and
 * offers Undo delete in the dialog itself: a notice of the page would sit behind the modal dialog,
 * out of reach (docs/scenarios.md, *chosen*).
 */
import { useState } from 'react';
import type { Scenario } from '../../model/types';
import { useAppStore } from '../../store/appStore';

export interface DeletedScenario {
  readonly scenario: Scenario;
  /** Where it was in the list, so Undo puts it back there. */
  readonly index: number;
  /** The list the deletion left: Undo is offered only while the list is still that one. */
  readonly after: readonly Scenario[];
}

export function useScenarioDelete(): { deleted: DeletedScenario | null; remove: (index: number) => void; undo: () => void } {
  const [kept, setDeleted] = useState<DeletedScenario | null>(null);
  // any other change of the list (a scenario added, read from a file, edited) ends the offer: the
  // same scenario read back from its file, then Undo delete, made two of it
  const scenarios = useAppStore((s) => s.scenarios);
  const deleted = kept && kept.after === scenarios ? kept : null;
  const remove = (index: number) => {
    const { scenarios, removeScenario } = useAppStore.getState();
    const scenario = scenarios[index];
    if (!scenario) return;
    removeScenario(index);
    setDeleted({ scenario, index, after: useAppStore.getState().scenarios });
  };
  const undo = () => {
    if (!deleted) return;
    const { scenarios, setScenarios, setActiveScenario } = useAppStore.getState();
    const back = [...scenarios];
    back.splice(Math.min(deleted.index, back.length), 0, deleted.scenario);
    setScenarios(back);
    // the restored scenario is the one edited again, as it was when deleted
    setActiveScenario(Math.min(deleted.index, back.length - 1));
    setDeleted(null);
  };
  return { deleted, remove, undo };
}
