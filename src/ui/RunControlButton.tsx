/** A run-control button for an action of the registry (the run controls' compact style). */
import { useLayoutEffect, useRef } from 'react';
import { formatShortcuts } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import { useAppStore } from '../store/appStore';
import { nearestEnabledButton } from './nearestEnabledButton';

// no background here: bg-white beside bg-brand-100 left a pressed button white (the stylesheet's order wins)
const button =
  'rounded border border-ink-400/40 px-1.5 py-1 text-sm text-ink-800 hover:bg-brand-50 disabled:opacity-40 focus-visible:outline focus-visible:outline-2 focus-visible:outline-brand-500';

/** `pressed`: a toggle's state when the action has none of its own (Coverage); else the action's. */
export function RunControlButton({ action, pressed: given }: { action: Action; pressed?: boolean }) {
  const { available, pressed: own, run } = useAction(action);
  const pressed = given ?? own;
  const keys = formatShortcuts(action.shortcuts);
  // enabled with nothing to do (Step forward at the run's end): the tooltip says so, the button stays pressable
  const idle = useAppStore((s) => action.idleNote?.(s));
  const tip = idle ?? action.description;
  const ref = useRef<HTMLButtonElement>(null);
  const focused = useRef(false);
  // A button that is disabled while it has focus (Coverage or Compare with… as the run's state
  // changes) drops focus to <body>, where no key works: its nearest enabled neighbour takes it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (available || !el || !focused.current) return;
    focused.current = false;
    const active = document.activeElement;
    if (active === el || !active || active === document.body) nearestEnabledButton(el)?.focus();
  }, [available]);
  return (
    <button
      ref={ref}
      type="button"
      className={`${button} ${pressed ? 'bg-brand-100' : 'bg-white'}`}
      aria-pressed={pressed}
      disabled={!available}
      title={keys ? `${tip} (${keys})` : tip}
      onFocus={() => { focused.current = true; }}
      onBlur={() => { focused.current = false; }}
      onClick={() => run(undefined)}
    >
      {action.label}
    </button>
  );
}
