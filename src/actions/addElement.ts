/**
 * Adding a stage, a background or interactive step, or a decision — from the palette (click,
 * keyboard, drop), the outline or a menu. The new element gets a label like "Stage 2", an API name
 * derived from it, goes where the selection says (UI-CONTRACT "Palette buttons") and becomes the
 * selection.
 */
import { addDecision } from '../commands/addDecision';
import { addStage } from '../commands/addStage';
import { addStep } from '../commands/addStep';
import { findStage, takenNames } from '../commands/queries';
import { apiNameFromLabel } from '../model/names';
import type { Orchestration, Position } from '../model/types';
import type { AppStore } from '../store/appStore';
import { insertAfter, targetStage } from './selectionContext';

export type PaletteKind = 'stage' | 'background' | 'interactive' | 'decision';

export const PALETTE_LABELS: Record<PaletteKind, string> = {
  stage: 'Stage',
  background: 'Background step',
  interactive: 'Interactive step',
  decision: 'Decision',
};

/** "Stage 3": the first numbered label whose API name is free. */
function freshLabel(doc: Orchestration, kind: PaletteKind): { label: string; name: string } {
  const taken = takenNames(doc);
  for (let n = 1; ; n++) {
    const label = `${PALETTE_LABELS[kind]} ${n}`;
    const name = apiNameFromLabel(label);
    if (!taken.has(name)) return { label, name };
  }
}

export interface AddOptions {
  /** Drop: position (absolute for stages and decisions, relative to `stage` for steps). */
  position?: Position;
  /** Drop: the stage the step was dropped on. */
  stage?: string;
}

/** Adds an element; returns its name, or null when it was not added (no stage for a step, edit lock). */
export function addElement(store: AppStore, kind: PaletteKind, options: AddOptions = {}): string | null {
  const { doc, dispatch, selected, notify } = store.getState();
  const { label, name } = freshLabel(doc, kind);
  let added: boolean;
  if (kind === 'stage' || kind === 'decision') {
    const command = kind === 'stage' ? addStage : addDecision;
    added = dispatch(command, { name, label, after: insertAfter(doc, selected), position: options.position });
  } else {
    const stage = options.stage ?? targetStage(doc, selected);
    if (!stage || !findStage(doc, stage)) {
      notify('warning', 'Add a stage first: steps live inside stages.');
      return null;
    }
    added = dispatch(addStep, { stage, name, label, kind, position: options.position });
  }
  if (!added) return null;
  store.getState().select([name]);
  store.getState().selectEdges([]);
  return name;
}
