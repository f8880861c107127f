/** Where a new or pasted element goes, from the current selection (UI-CONTRACT "Palette buttons"). */
import { findDecision, findStage, findStep, runOrder } from '../commands/queries';
import type { Orchestration } from '../model/types';

/** The selected stage, else the stage of the selected step, else the last stage in run order. */
export function targetStage(doc: Orchestration, selected: readonly string[]): string | null {
  for (let i = selected.length - 1; i >= 0; i--) {
    const name = selected[i]!;
    if (findStage(doc, name)) return name;
    const at = findStep(doc, name);
    if (at) return at.stage.name;
  }
  const stages = runOrder(doc).filter((n) => findStage(doc, n));
  return stages.at(-1) ?? null;
}

/** The selected stage or decision (or the stage of a selected step) a new stage goes after; null: the end. */
export function insertAfter(doc: Orchestration, selected: readonly string[]): string | null {
  for (let i = selected.length - 1; i >= 0; i--) {
    const name = selected[i]!;
    if (findStage(doc, name) || findDecision(doc, name)) return name;
    const at = findStep(doc, name);
    if (at) return at.stage.name;
  }
  return null;
}
