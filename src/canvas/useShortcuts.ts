/**
 * Keyboard shortcuts of the designer (listed in the help dialog). Ignored while typing in a field
 * or while a dialog is open.
 */
import { useEffect } from 'react';
import { kindOf } from '../commands/queries';
import { redo, undo, useDocumentStore } from '../store/documentStore';
import { useSelectionStore } from '../store/selectionStore';
import { useUiStore } from '../store/uiStore';
import { copySelection, duplicateSelection, pasteFromClipboard, selectionAsText } from './actions/clipboardActions';
import { deleteSelection } from './actions/deleteSelection';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('dialog[open]');
}

let pasteHandled = false;

function onKeyDown(event: KeyboardEvent) {
  if (isTyping(event.target) || useUiStore.getState().mode !== 'edit') return;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const ui = useUiStore.getState();
  const act = (fn: () => void) => {
    event.preventDefault();
    fn();
  };
  if (mod && key === 'z' && !event.shiftKey) return act(undo);
  if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) return act(redo);
  if (mod && key === 'd') return act(duplicateSelection);
  if (mod && key === 'c') return void copySelection();
  if (mod && key === 'x') return void (copySelection() && deleteSelection());
  if (mod && key === 'f') return act(() => ui.setSearchOpen(true));
  if (mod && key === 'a') return act(() => {
    const doc = useDocumentStore.getState().doc;
    useSelectionStore.getState().select([...doc.stages.flatMap((s) => [s.name, ...s.steps.map((x) => x.name)]), ...(doc.decisions ?? []).map((d) => d.name)]);
  });
  if (mod && key === 'v') {
    // Let the browser fire a paste event (system clipboard); fall back to our own read.
    pasteHandled = false;
    setTimeout(() => {
      if (!pasteHandled) void pasteFromClipboard();
    }, 60);
    return;
  }
  if (mod || event.altKey) return;
  if (event.key === 'Delete' || event.key === 'Backspace') return act(() => deleteSelection());
  if (event.key === '?') return act(() => ui.setHelpOpen(true));
  if (event.key === 'Escape') return useSelectionStore.getState().clear();
  if (event.key === 'F2') {
    const selected = useSelectionStore.getState().selected;
    const one = selected.length === 1 ? selected[0]! : null;
    if (one && kindOf(useDocumentStore.getState().doc, one)) act(() => ui.setRenaming(one));
  }
}

function onPaste(event: ClipboardEvent) {
  if (isTyping(event.target) || useUiStore.getState().mode !== 'edit') return;
  pasteHandled = true;
  event.preventDefault();
  void pasteFromClipboard(event.clipboardData?.getData('text/plain') || undefined);
}

function onCopy(event: ClipboardEvent) {
  if (isTyping(event.target) || useUiStore.getState().mode !== 'edit') return;
  const text = selectionAsText();
  if (!text || !event.clipboardData) return;
  event.clipboardData.setData('text/plain', text);
  event.preventDefault();
}

export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('paste', onPaste);
    document.addEventListener('copy', onCopy);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('copy', onCopy);
    };
  }, []);
}
