/**
 * Typing in a panel field is one undo entry (DESIGN §3): the first change begins a gesture, each
 * keystroke updates the document live outside the history, blur commits one entry and Escape
 * bails back to the value before typing.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { Command } from '../../commands/command';
import { useDocumentStore } from '../../store/documentStore';

export interface TypingGesture {
  type<P>(command: Command<P>, params: P): void;
  commit(): void;
  cancel(): void;
}

export function useTypingGesture(label: string): TypingGesture {
  const active = useRef(false);
  const type = useCallback(<P,>(command: Command<P>, params: P) => {
    const store = useDocumentStore.getState();
    if (!active.current) {
      store.beginGesture();
      active.current = true;
    }
    store.updateGesture(command, params);
  }, []);
  const commit = useCallback(() => {
    if (!active.current) return;
    active.current = false;
    useDocumentStore.getState().endGesture(label);
  }, [label]);
  const cancel = useCallback(() => {
    if (!active.current) return;
    active.current = false;
    useDocumentStore.getState().cancelGesture();
  }, []);
  // A field that unmounts mid-typing (selection changed) still commits what was typed.
  useEffect(() => () => {
    if (active.current) {
      active.current = false;
      useDocumentStore.getState().endGesture(label);
    }
  }, [label]);
  return { type, commit, cancel };
}
