/**
 * The keyboard shortcuts of every action, from the registry (listed in the help dialog). Ignored
 * while typing in a field (but Undo and Redo in a Properties text field not typed into since it got
 * focus are the app's: fieldHistoryKey.ts) or while a dialog is open, and for a key a widget
 * handled itself (`preventDefault`). Ctrl/Cmd+C, X and V let the browser fire its
 * clipboard events too, so the system clipboard is used where the browser allows it. Keys act on
 * what has keyboard focus: a shortcut of an action on the selection (Delete, F2, Ctrl+C…) pressed
 * on a canvas node or connector reached with the keyboard but not selected selects it first, as a
 * click would (a node that is part of a larger selection keeps that selection).
 */
import { useEffect } from 'react';
import { isAvailable } from './availability';
import { isLockedEditKey } from './lockedEditKey';
import { EDIT_LOCKED_NOTICE } from '../store/createDocumentSlice';
import { createKeyActionQueue } from './keyActionQueue';
import { selectionAsText } from './clipboard';
import { copyAction, cutAction, pasteAction } from './clipboardActions';
import { selectAllAction } from './elementActions';
import { redoAction, undoAction } from './historyActions';
import { ACTIONS, performAction, type ActionResult } from './registry';
import { matchesShortcut } from './shortcuts';
import type { AppStore } from '../store/appStore';
import { selectRunning } from '../store/selectors';
import type { AppState } from '../store/storeTypes';
import type { ActionContext, AnyAction } from './types';
import { useActionContext } from './useActionContext';
import { createFieldHistoryKeys } from './fieldHistoryKey';

/** A paste event that follows Ctrl/Cmd+V within this time carries the system clipboard. */
const PASTE_EVENT_WAIT_MS = 60;
const BROWSER_CLIPBOARD = new Set<AnyAction>([copyAction, cutAction, pasteAction] as AnyAction[]);

/**
 * Whether `event` is Undo's or Redo's key. The browser's own Undo is the page's, not the focused
 * field's: pressed on a button, a select or the canvas, it undoes the last text typed into any field
 * (and focuses it), which then reached the design as an edit ("1 AND (2 OR 3)foo" as a condition's
 * logic after Ctrl+Z past the start of the app's history). Out of a text field these keys are the
 * app's alone, also when it has nothing to undo or redo.
 */
export function isHistoryKey(event: KeyPressEvent): boolean {
  return [undoAction, redoAction].some((a) => a.shortcuts?.some((s) => matchesShortcut(event as KeyboardEvent, s)));
}

const isUndoKey = (event: KeyPressEvent): boolean => !!undoAction.shortcuts?.some((s) => matchesShortcut(event as KeyboardEvent, s));

/**
 * Keys the app owns even when their action cannot run now: Undo/Redo with nothing to undo, and in
 * the editor Ctrl/Cmd+A on an empty design — left to the browser, it would select the page's text
 * (tldraw and excalidraw do nothing there either).
 */
export function isOwnedKey(event: KeyPressEvent, state: Pick<AppState, 'runPhase'>): boolean {
  return isHistoryKey(event) || (!selectRunning(state) && !!selectAllAction.shortcuts?.some((s) => matchesShortcut(event as KeyboardEvent, s)));
}

/** Inputs that take no text: a shortcut with Ctrl/Cmd (Undo…) still works on them; other keys are theirs. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'range', 'button', 'submit', 'reset', 'color', 'file']);

/** The keys a slider moves with (its own). */
const SLIDER_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Whether the key belongs to the focused control, not to the app's shortcuts: text being typed, a
 * dialog or menu, Find (`<search>`: Delete on a match must not delete the canvas selection). On a
 * select or a box that takes no text, Ctrl/Cmd shortcuts still work (neither has a Ctrl+Z of its
 * own), while its own keys (arrows, Space, letters) stay its own.
 */
function isTyping(target: EventTarget | null, event?: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey'> & { key?: string }): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('dialog[open], [role="menu"], search')) return true;
  if (target.isContentEditable || target.tagName === 'TEXTAREA') return true;
  const command = !!event && (event.ctrlKey || event.metaKey);
  if (target.tagName === 'SELECT') return !command;
  // a slider (the run's Timeline) takes only its moving keys: `?` and the rest are the app's, as on a button
  if (target instanceof HTMLInputElement && target.type === 'range') return !command && (event?.key === undefined || SLIDER_KEYS.has(event.key));
  if (target instanceof HTMLInputElement) return !(command && NOT_TEXT.has(target.type));
  return false;
}

/** What a Paste run gives to wait for: its paste, when it ran. */
const pasteResult = (done: ActionResult) => (done.performed ? done.result : undefined);

/** Whether `event` is Paste's key (whether or not Paste can run now). */
const isPasteKey = (event: KeyboardEvent) => !!pasteAction.shortcuts?.some((s) => matchesShortcut(event, s));

/** The action whose shortcut `event` is, if it can run now. */
export function actionForKey(event: KeyboardEvent, context: ActionContext): AnyAction | null {
  const state = context.store.getState();
  return ACTIONS.find((a) => a.shortcuts?.some((s) => matchesShortcut(event, s)) && isAvailable(a, state)) ?? null;
}

/** True when `el` has focus from the keyboard (Tab, a key), not from a click. */
function hasKeyboardFocus(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true; // an engine without :focus-visible: any focus counts as the keyboard's
  }
}

/** Whether two selections hold the same elements in the same order. */
const sameSelection = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

/**
 * Before a shortcut of an action on the selection runs: when `target` is a canvas node or connector
 * with keyboard focus that the selection leaves out, it becomes the selection (so Delete deletes the
 * focused node, not the one clicked earlier). Returns whether the selection changed.
 *
 * Not when an edit has selected something else since focus came to `target` (`selectionWhenFocused`,
 * the selection then): Duplicate and Paste select their copies, and focus follows to the copy's node
 * only once it is drawn, a frame later. A key pressed in between (a script, a quick hand, a busy
 * machine) belongs to the copy the selection and the panel show — on the focused original, Delete
 * deleted the original.
 */
export function selectFocusedElement(event: KeyPressEvent, store: AppStore, selectionWhenFocused?: readonly string[]): boolean {
  const target = event.target;
  if (!(target instanceof Element) || !hasKeyboardFocus(target)) return false;
  const state = store.getState();
  const onSelection = ACTIONS.some((a) => a.actsOnSelection && !(a.when === 'edit' && selectRunning(state)) && a.shortcuts?.some((s) => matchesShortcut(event, s)));
  if (!onSelection) return false;
  if (selectionWhenFocused && state.selected.length > 0 && !sameSelection(state.selected, selectionWhenFocused)) return false;
  // a canvas node, or an Outline row (its element: a row's own Delete and F2 the outline handles itself)
  const node = target.matches('.react-flow__node[data-id]') ? target.getAttribute('data-id') : target.matches('[role="treeitem"][data-element]') ? target.getAttribute('data-element') : null;
  if (node) {
    if (state.selected.includes(node)) return false;
    state.select([node]);
    state.selectEdges([]);
    return true;
  }
  const edge = target.matches('.react-flow__edge[data-id]') ? target.getAttribute('data-id') : null;
  if (edge) {
    if (state.selectedEdges.includes(edge)) return false;
    state.select([]);
    state.selectEdges([edge]);
    return true;
  }
  return false;
}

type KeyPressEvent = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>;

export function useShortcuts(): void {
  const context = useActionContext();
  useEffect(() => {
    // a key pressed while Paste waits acts after it, on what was pasted (keyActionQueue.ts)
    const queue = createKeyActionQueue();
    // the selection when focus last moved: an edit that selects elsewhere after it leaves the focus stale
    let selectionWhenFocused: readonly string[] | undefined;
    // which Properties field has been typed into since it got focus (fieldHistoryKey.ts)
    const fieldKeys = createFieldHistoryKeys();
    const onInput = (event: Event) => fieldKeys.typed(event.target);
    const onFocusIn = (event: FocusEvent) => {
      selectionWhenFocused = context.store.getState().selected;
      fieldKeys.focused(event.target);
    };
    // Ctrl/Cmd+V lets the browser fire a paste event (the system clipboard) at once; without one in
    // PASTE_EVENT_WAIT_MS, Paste reads the clipboard itself
    let givePasteEventText: ((text: string | undefined) => void) | null = null;
    const pasteEventText = () =>
      new Promise<string | undefined>((resolve) => {
        const give = (text: string | undefined) => {
          clearTimeout(timer);
          if (givePasteEventText === give) givePasteEventText = null;
          resolve(text);
        };
        const timer = setTimeout(() => give(undefined), PASTE_EVENT_WAIT_MS);
        givePasteEventText = give;
      });
    /** Acts on a key; returns Paste's promise, which holds back the keys after it. */
    const actOnKey = (event: KeyboardEvent, pasteText: Promise<string | undefined> | null): unknown => {
      selectFocusedElement(event, context.store, selectionWhenFocused);
      const action = actionForKey(event, context);
      if (!action) {
        const state = context.store.getState();
        if (isOwnedKey(event, state)) event.preventDefault();
        // an edit's key in the run view: say why nothing happens (the store says so for an edit dispatched)
        if (isLockedEditKey(event, state)) state.notify('info', EDIT_LOCKED_NOTICE);
        return undefined;
      }
      if (action === pasteAction && pasteText) return pasteText.then((text) => pasteResult(performAction(context, pasteAction, text)));
      if (!BROWSER_CLIPBOARD.has(action)) event.preventDefault();
      performAction(context, action, undefined);
      return undefined;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // A widget that handled the key itself said so (the outline's Delete and F2 act on its focused
      // row): the shortcut must not act a second time, on whatever the canvas has selected.
      if (event.defaultPrevented) return;
      if (isTyping(event.target, event) && !(isHistoryKey(event) && fieldKeys.appOwnsHistoryKey(event.target, isUndoKey(event)))) return;
      // the paste event comes right after its key, before a waiting key would have its turn
      const pasteText = isPasteKey(event) ? pasteEventText() : null;
      if (!queue.busy) {
        queue.run(() => actOnKey(event, pasteText));
        return;
      }
      // Decided now, as the browser acts on the key when this returns: a shortcut's key is the app's.
      // Copy and Cut too (their copy event would carry the selection before the paste); the action
      // writes the clipboard in its turn.
      if (!pasteText && (isOwnedKey(event, context.store.getState()) || ACTIONS.some((a) => a.shortcuts?.some((s) => matchesShortcut(event, s))))) event.preventDefault();
      queue.run(() => actOnKey(event, pasteText));
    };
    // a clipboard event comes from a command (Ctrl/Cmd+V, C): judged as the keydown that caused it was
    const COMMAND = { ctrlKey: true, metaKey: false };
    const onPaste = (event: ClipboardEvent) => {
      if (isTyping(event.target, COMMAND) || !isAvailable(pasteAction as AnyAction, context.store.getState())) return;
      event.preventDefault();
      const text = event.clipboardData?.getData('text/plain') || undefined;
      if (givePasteEventText) givePasteEventText(text);
      else queue.run(() => pasteResult(performAction(context, pasteAction, text)));
    };
    const onCopy = (event: ClipboardEvent) => {
      if (isTyping(event.target, COMMAND) || !isAvailable(copyAction as AnyAction, context.store.getState())) return;
      const text = selectionAsText(context.store);
      if (!text || !event.clipboardData) return;
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('input', onInput, true);
    document.addEventListener('paste', onPaste);
    document.addEventListener('copy', onCopy);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('input', onInput, true);
      document.removeEventListener('paste', onPaste);
      document.removeEventListener('copy', onCopy);
    };
  }, [context]);
}
