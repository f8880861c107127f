/**
 * Typing in a panel field is one undo entry (DESIGN §3): the first change begins a gesture, each
 * keystroke updates the document live outside the history, blur commits one entry and Escape
 * bails back to the value before typing.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Command } from '../../commands/command';
import { useAppStore } from '../../store/appStore';

export interface TypingGesture {
  type<P>(command: Command<P>, params: P): void;
  commit(): void;
  cancel(): void;
}

export function useTypingGesture(): TypingGesture {
  const active = useRef(false);
  const type = useCallback(<P,>(command: Command<P>, params: P) => {
    const store = useAppStore.getState();
    if (!active.current) {
      store.beginGesture();
      active.current = true;
    }
    store.updateGesture(command, params);
  }, []);
  const commit = useCallback(() => {
    if (!active.current) return;
    active.current = false;
    useAppStore.getState().endGesture();
  }, []);
  const cancel = useCallback(() => {
    if (!active.current) return;
    active.current = false;
    useAppStore.getState().cancelGesture();
  }, []);
  // A field that unmounts mid-typing (selection changed) still commits what was typed.
  useEffect(() => () => {
    if (active.current) {
      active.current = false;
      useAppStore.getState().endGesture();
    }
  }, []);
  return { type, commit, cancel };
}
