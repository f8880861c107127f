/**
 * Palette actions: add a stage, a background or interactive step, or a decision — by click,
 * keyboard or drop. The new element gets a label like "Stage 2", an API name derived from it, and
 * becomes the selection.
 */
import { addDecision } from '../../commands/addDecision';
import { addStage } from '../../commands/addStage';
import { addStep } from '../../commands/addStep';
import { findStage, takenNames } from '../../commands/queries';
import { apiNameFromLabel } from '../../model/names';
import type { Orchestration, Position } from '../../model/types';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useUiStore } from '../../store/uiStore';
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

/** Adds an element; returns its name, or null when a step has no stage to go into. */
export function addElement(kind: PaletteKind, options: AddOptions = {}): string | null {
  const { doc, dispatch } = useDocumentStore.getState();
  const selected = useSelectionStore.getState().selected;
  const { label, name } = freshLabel(doc, kind);
  if (kind === 'stage' || kind === 'decision') {
    const command = kind === 'stage' ? addStage : addDecision;
    dispatch(command, { name, label, after: insertAfter(doc, selected), position: options.position });
  } else {
    const stage = options.stage ?? targetStage(doc, selected);
    if (!stage || !findStage(doc, stage)) {
      useUiStore.getState().notify('warning', 'Add a stage first: steps live inside stages.');
      return null;
    }
    dispatch(addStep, { stage, name, label, kind, position: options.position });
  }
  if (useDocumentStore.getState().doc === doc) return null;
  useSelectionStore.getState().select([name]);
  useSelectionStore.getState().selectEdges([]);
  return name;
}
