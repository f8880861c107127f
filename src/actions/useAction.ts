/**
 * Hook: one action as a control needs it — whether it can run now, whether a toggle is on, and a
 * function that runs it through the registry. Re-renders only when those answers change.
 */
import { useCallback } from 'react';
import { useAppStore, useHistory } from '../store/appStore';
import { isAvailable } from './availability';
import { performAction, type ActionResult } from './registry';
import type { Action, AnyAction } from './types';
import { useActionContext } from './useActionContext';

export interface ActionControl<A> {
  action: Action<A>;
  available: boolean;
  pressed: boolean | undefined;
  run(arg: A): ActionResult;
}

const historySize = (h: { pastStates: unknown[]; futureStates: unknown[] }) => `${h.pastStates.length}:${h.futureStates.length}`;

export function useAction<A>(action: Action<A>): ActionControl<A> {
  const context = useActionContext();
  // Availability may depend on the undo history (Undo, Redo): subscribe to its size too.
  useHistory(historySize);
  const available = useAppStore((s) => isAvailable(action as AnyAction, s));
  const pressed = useAppStore((s) => action.pressed?.(s));
  const run = useCallback((arg: A) => performAction(context, action, arg), [context, action]);
  return { action, available, pressed, run };
}
