/**
 * Copy, paste and duplicate. The clipboard holds FORMAT JSON text (commands/clipboard.ts): written
 * to the system clipboard when the browser allows it, and always kept in the store as a fallback.
 * Reading it back needs the schemas, which are loaded on the first paste.
 */
import { copyFragment, type ClipboardFragment } from '../commands/clipboard';
import { duplicateElements } from '../commands/duplicateElements';
import { locateElement } from '../commands/elementLocator';
import { pasteElements, planPaste } from '../commands/pasteElements';
import { lostWaitNotice } from './lostWaitNotice';
import { findStage } from '../commands/queries';
import type { AppStore } from '../store/appStore';
import { insertAfter, targetStage } from './selectionContext';

const READ_TIMEOUT_MS = 400;

/** The clipboard text of the current selection, or null when nothing is selected. */
export function selectionAsText(store: AppStore): string | null {
  const { doc, selected } = store.getState();
  const fragment = copyFragment(doc, selected);
  return fragment ? JSON.stringify(fragment, null, 2) : null;
}

export function copySelection(store: AppStore): boolean {
  const text = selectionAsText(store);
  if (!text) return false;
  store.getState().setClipboard(text);
  navigator.clipboard?.writeText(text).catch(() => undefined);
  return true;
}

async function readSystemClipboard(): Promise<string | null> {
  if (!navigator.clipboard?.readText) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), READ_TIMEOUT_MS));
  return Promise.race([navigator.clipboard.readText().catch(() => null), timeout]);
}

const sameSelection = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * Pastes after `asked`, the selection when Paste was asked (while its elements are still there),
 * and selects the copy unless the selection has changed since. A paste waits (the parser's module on
 * the first paste, the clipboard), and a click meanwhile acts at once: a click on a step of another
 * stage sent the copy there, and the copy then took the selection and focus from the step clicked,
 * so the Delete pressed next deleted the copy. The paste now lands where its key was pressed and
 * the click after it stands, as a key pressed after it does (keyActionQueue.ts).
 */
function pasteFragment(store: AppStore, fragment: ClipboardFragment, duplicate = false, asked = store.getState().selected): void {
  const { doc, dispatch, selected, notify } = store.getState();
  const kept = asked.filter((name) => locateElement(doc, name));
  const at = kept.length > 0 ? kept : selected;
  const params = { fragment, targetStage: targetStage(doc, at), after: insertAfter(doc, at) };
  if (fragment.steps.length && !findStage(doc, params.targetStage ?? '')) notify('warning', 'Select a stage to paste steps into.');
  const plan = planPaste(doc, params);
  if (plan.doc === doc) return;
  if (!dispatch(duplicate ? duplicateElements : pasteElements, params)) return;
  if (sameSelection(selected, asked)) store.getState().select(plan.names);
  const lost = lostWaitNotice(fragment, plan, params.targetStage);
  if (lost) notify('info', lost, undefined, true);
}

/** Pastes `text` (from a paste event), else the system clipboard, else the in-store copy. */
export async function pasteFromClipboard(store: AppStore, text?: string): Promise<void> {
  const asked = store.getState().selected;
  const { parseClipboard } = await import('../commands/parseClipboard');
  const candidates = [text ?? (await readSystemClipboard()), store.getState().clipboard];
  for (const candidate of candidates) {
    const fragment = candidate ? parseClipboard(candidate) : null;
    if (fragment) return pasteFragment(store, fragment, false, asked);
  }
  store.getState().notify('info', 'Nothing to paste: copy stages, steps or decisions first.');
}

export function duplicateSelection(store: AppStore): void {
  const { doc, selected } = store.getState();
  const fragment = copyFragment(doc, selected);
  if (fragment) pasteFragment(store, fragment, true);
}
