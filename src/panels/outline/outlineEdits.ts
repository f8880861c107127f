/** The outline's edits, as the same undoable commands the canvas uses. */
import { addDecision } from '../../commands/addDecision';
import { addStage } from '../../commands/addStage';
import { addStep } from '../../commands/addStep';
import { deleteElements } from '../../commands/deleteElements';
import { newElementName } from '../../commands/queries';
import { renameElement } from '../../commands/renameElement';
import { useDocumentStore } from '../../store/documentStore';
import type { OutlineItem } from './outlineItems';

/** The stage a row belongs to (itself for a stage). */
function stageOf(item: OutlineItem): string | null {
  if (item.kind === 'stage') return item.element;
  if (item.kind === 'decision') return null;
  const doc = useDocumentStore.getState().doc;
  return doc.stages.find((s) => s.steps.some((x) => x.name === item.element))?.name ?? null;
}

/** Adds a stage (s), background step (b), interactive step (i) or decision (d) near `item`; returns the new name. */
export function outlineAdd(what: 's' | 'b' | 'i' | 'd', item: OutlineItem): string | null {
  const { doc, dispatch } = useDocumentStore.getState();
  const stage = stageOf(item);
  if (what === 'b' || what === 'i') {
    if (!stage) return null;
    const label = what === 'b' ? 'Background step' : 'Interactive step';
    const name = newElementName(doc, label);
    dispatch(addStep, { stage, name, label, kind: what === 'b' ? 'background' : 'interactive' });
    return name;
  }
  const label = what === 's' ? 'Stage' : 'Decision';
  const name = newElementName(doc, label);
  const after = stage ?? (item.kind === 'decision' ? item.element : null);
  if (what === 's') dispatch(addStage, { name, label, after });
  else dispatch(addDecision, { name, label, after });
  return name;
}

export function outlineDelete(element: string): void {
  useDocumentStore.getState().dispatch(deleteElements, { names: [element] });
}

/** Renames an element from its new label; returns its (possibly new) API name. */
export function outlineRename(element: string, label: string): string {
  const { dispatch } = useDocumentStore.getState();
  const before = new Set(namesOf());
  dispatch(renameElement, { name: element, label });
  const added = namesOf().filter((n) => !before.has(n));
  return added[0] ?? element;
}

function namesOf(): string[] {
  const doc = useDocumentStore.getState().doc;
  return [...doc.stages.flatMap((s) => [s.name, ...s.steps.map((x) => x.name)]), ...(doc.decisions ?? []).map((d) => d.name)];
}
