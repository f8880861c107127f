/**
 * A toolbar button for an action of the registry: its icon, optionally its label, and a real
 * tooltip with the name, what it does and the shortcut. The accessible name is always the action's
 * label (UI-CONTRACT names such as "Undo" and "Fit view" stay exact).
 */
import type { ComponentPropsWithRef } from 'react';
import { formatShortcuts } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import { ActionIcon } from './ActionIcon';
import { Tooltip } from './Tooltip';

export const toolButtonClass = (primary = false, pressed = false) =>
  `inline-flex h-8 items-center gap-1.5 rounded-md border text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-1 disabled:cursor-not-allowed disabled:opacity-50 ${
    primary
      ? 'border-brand-600 bg-brand-600 px-3 font-medium text-white hover:bg-brand-700'
      : pressed
        ? 'border-brand-500 bg-brand-100 text-brand-900'
        : 'border-ink-400/40 bg-white text-ink-800 hover:bg-brand-50'
  }`;

type ButtonProps = Omit<ComponentPropsWithRef<'button'>, 'children'>;

interface Props extends ButtonProps {
  action: Action;
  /** Show the label beside the icon (else icon only, the label in the tooltip). */
  showLabel?: boolean;
  primary?: boolean;
}

export function ActionToolButton({ action, showLabel, primary, className = '', ...rest }: Props) {
  const { available, pressed, run } = useAction(action);
  const iconOnly = !showLabel && !!action.icon;
  return (
    <Tooltip title={action.label} description={action.description} keys={formatShortcuts(action.shortcuts)}>
      <button
        type="button"
        {...rest}
        data-action={action.id}
        onClick={() => run(undefined)}
        disabled={!available}
        aria-pressed={pressed}
        aria-label={iconOnly ? action.label : undefined}
        className={`${toolButtonClass(primary, pressed)} ${iconOnly ? 'w-8 justify-center' : 'px-2.5'} ${className}`}
      >
        {action.icon && <ActionIcon name={action.icon} />}
        {!iconOnly && action.label}
      </button>
    </Tooltip>
  );
}
