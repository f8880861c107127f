/** Whether an action can run now: its `when` (the edit lock) and its own condition. */
import { selectRunning } from '../store/selectors';
import type { AppState } from '../store/storeTypes';
import type { AnyAction } from './types';

export function isAvailable(action: AnyAction, state: AppState): boolean {
  const running = selectRunning(state);
  if (action.when === 'edit' && running) return false;
  if (action.when === 'run' && !running) return false;
  return action.enabled ? action.enabled(state) : true;
}
