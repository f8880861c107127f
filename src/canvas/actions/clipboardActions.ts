/**
 * Copy, paste and duplicate. The clipboard holds FORMAT JSON text (commands/clipboard.ts): written
 * to the system clipboard when the browser allows it, and always kept in memory as a fallback.
 */
import { copyFragment, parseClipboard, type ClipboardFragment } from '../../commands/clipboard';
import { duplicateElements } from '../../commands/duplicateElements';
import { pasteElements, planPaste } from '../../commands/pasteElements';
import { findStage } from '../../commands/queries';
import { useDocumentStore } from '../../store/documentStore';
import { useSelectionStore } from '../../store/selectionStore';
import { useUiStore } from '../../store/uiStore';
import { insertAfter, targetStage } from './selectionContext';

let memory: string | null = null;
const READ_TIMEOUT_MS = 400;

/** The clipboard text of the current selection, or null when nothing is selected. */
export function selectionAsText(): string | null {
  const fragment = copyFragment(useDocumentStore.getState().doc, useSelectionStore.getState().selected);
  return fragment ? JSON.stringify(fragment, null, 2) : null;
}

export function copySelection(): boolean {
  const text = selectionAsText();
  if (!text) return false;
  memory = text;
  navigator.clipboard?.writeText(text).catch(() => undefined);
  return true;
}

async function readSystemClipboard(): Promise<string | null> {
  if (!navigator.clipboard?.readText) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_TIMEOUT_MS));
  return Promise.race([navigator.clipboard.readText().catch(() => null), timeout]);
}

function pasteFragment(fragment: ClipboardFragment, duplicate = false): void {
  const { doc, dispatch } = useDocumentStore.getState();
  const selected = useSelectionStore.getState().selected;
  const params = { fragment, targetStage: targetStage(doc, selected), after: insertAfter(doc, selected) };
  if (fragment.steps.length && !findStage(doc, params.targetStage ?? '')) {
    useUiStore.getState().notify('warning', 'Select a stage to paste steps into.');
  }
  const plan = planPaste(doc, params);
  if (plan.doc === doc) return;
  dispatch(duplicate ? duplicateElements : pasteElements, params);
  useSelectionStore.getState().select(plan.names);
}

/** Pastes `text` (from a paste event), else the system clipboard, else the in-memory copy. */
export async function pasteFromClipboard(text?: string): Promise<void> {
  const candidates = [text ?? (await readSystemClipboard()), memory];
  for (const candidate of candidates) {
    const fragment = candidate ? parseClipboard(candidate) : null;
    if (fragment) return pasteFragment(fragment);
  }
  useUiStore.getState().notify('info', 'Nothing to paste: copy stages, steps or decisions first.');
}

export function duplicateSelection(): void {
  const text = selectionAsText();
  const fragment = text ? parseClipboard(text) : null;
  if (fragment) pasteFragment(fragment, true);
}
