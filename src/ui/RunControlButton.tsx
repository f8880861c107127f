/** A run-control button for an action of the registry (the run controls' compact style). */
import { formatShortcuts } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';

const button =
  'rounded border border-ink-400/40 bg-white px-1.5 py-1 text-sm text-ink-800 hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

export function RunControlButton({ action, pressed }: { action: Action; pressed?: boolean }) {
  const { available, run } = useAction(action);
  const keys = formatShortcuts(action.shortcuts);
  return (
    <button
      type="button"
      className={`${button} ${pressed ? 'bg-brand-100' : ''}`}
      aria-pressed={pressed}
      disabled={!available}
      title={keys ? `${action.description} (${keys})` : action.description}
      onClick={() => run(undefined)}
    >
      {action.label}
    </button>
  );
}
