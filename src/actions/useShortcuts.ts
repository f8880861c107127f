/**
 * The keyboard shortcuts of every action, from the registry (listed in the help dialog). Ignored
 * while typing in a field or while a dialog is open. Ctrl/Cmd+C, X and V let the browser fire its
 * clipboard events too, so the system clipboard is used where the browser allows it.
 */
import { useEffect } from 'react';
import { isAvailable } from './availability';
import { selectionAsText } from './clipboard';
import { copyAction, cutAction, pasteAction } from './clipboardActions';
import { ACTIONS, performAction } from './registry';
import { matchesShortcut } from './shortcuts';
import type { ActionContext, AnyAction } from './types';
import { useActionContext } from './useActionContext';

/** A paste event that follows Ctrl/Cmd+V within this time carries the system clipboard. */
const PASTE_EVENT_WAIT_MS = 60;
const BROWSER_CLIPBOARD = new Set<AnyAction>([copyAction, cutAction, pasteAction] as AnyAction[]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('dialog[open], [role="menu"]');
}

/** The action whose shortcut `event` is, if it can run now. */
export function actionForKey(event: KeyboardEvent, context: ActionContext): AnyAction | null {
  const state = context.store.getState();
  return ACTIONS.find((a) => a.shortcuts?.some((s) => matchesShortcut(event, s)) && isAvailable(a, state)) ?? null;
}

export function useShortcuts(): void {
  const context = useActionContext();
  useEffect(() => {
    let pasteHandled = false;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const action = actionForKey(event, context);
      if (!action) return;
      if (action === pasteAction) {
        // Let the browser fire a paste event (system clipboard); fall back to our own read.
        pasteHandled = false;
        setTimeout(() => {
          if (!pasteHandled) performAction(context, pasteAction, undefined);
        }, PASTE_EVENT_WAIT_MS);
        return;
      }
      if (!BROWSER_CLIPBOARD.has(action)) event.preventDefault();
      performAction(context, action, undefined);
    };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target) || !isAvailable(pasteAction as AnyAction, context.store.getState())) return;
      pasteHandled = true;
      event.preventDefault();
      performAction(context, pasteAction, event.clipboardData?.getData('text/plain') || undefined);
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target) || !isAvailable(copyAction as AnyAction, context.store.getState())) return;
      const text = selectionAsText(context.store);
      if (!text || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('paste', onPaste);
    document.addEventListener('copy', onCopy);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('copy', onCopy);
    };
  }, [context]);
}
