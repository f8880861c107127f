/**
 * Choosing with the keyboard in a select or a radio group is one undo entry, as typing in a text
 * field is (useTypingGesture.ts). On a closed select (Chromium on Windows and Linux) and in a radio
 * group, each arrow key chooses the next option at once and fires a change: ↓ ↓ ↓ through "When to
 * start" made three undo entries, and Undo went back one option at a time, not to the choice before.
 *
 * A key that moves the choice begins a gesture; the changes it brings are dispatched inside it (the
 * history is paused); leaving the control (focus out of the select, or out of the radio group's
 * fieldset), another key (Ctrl/Cmd+Z among them, so Undo undoes the whole choice) or unmounting
 * commits one entry. A mouse choice, with no key before it, is one entry as before.
 */
import { useCallback, useEffect, useRef, type FocusEvent, type KeyboardEvent } from 'react';
import { useAppStore } from '../../store/appStore';
import { selectRunning } from '../../store/selectors';

/** Keys by which a select or radio group chooses another option without opening anything. */
const MOVING_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/** Whether `event` moves the choice: an arrow, Home, End, Page Up/Down, or a letter (a select's type-ahead). */
function movesChoice(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return false;
  return MOVING_KEYS.has(event.key) || (event.key.length === 1 && event.key !== ' ');
}

export interface ChoiceGestureHandlers {
  onKeyDown(event: KeyboardEvent): void;
  onBlur(event: FocusEvent): void;
}

/** Handlers for the select, or for the fieldset around a radio group. */
export function useChoiceGesture(): ChoiceGestureHandlers {
  const active = useRef(false);
  const end = useCallback(() => {
    if (!active.current) return;
    active.current = false;
    useAppStore.getState().endGesture();
  }, []);
  // a control that goes mid-choice (another element selected) still commits what was chosen
  useEffect(() => end, [end]);
  const onKeyDown = useCallback((event: KeyboardEvent) => {
    if (!movesChoice(event)) {
      end();
      return;
    }
    const state = useAppStore.getState();
    // another gesture (typing elsewhere) is its own; the run view's lock refuses edits and says why
    if (active.current || state.gestureMark || selectRunning(state)) return;
    state.beginGesture();
    active.current = true;
  }, [end]);
  const onBlur = useCallback((event: FocusEvent) => {
    // from one radio to the next of the same group: still the same choice
    if (event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget)) return;
    end();
  }, [end]);
  return { onKeyDown, onBlur };
}
