/**
 * A button for an action of the registry: its label is the accessible name, its tooltip says what
 * it does and its shortcut, it is disabled when the action cannot run now, and a toggle shows
 * aria-pressed. Toolbars and menus are lists of these.
 */
import { formatShortcuts } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import { ToolbarButton } from './ToolbarButton';

export function ActionButton({ action, primary }: { action: Action; primary?: boolean }) {
  const { available, pressed, run } = useAction(action);
  const keys = formatShortcuts(action.shortcuts);
  return (
    <ToolbarButton onClick={() => run(undefined)} disabled={!available} pressed={pressed} primary={primary} title={keys ? `${action.description} (${keys})` : action.description}>
      {action.label}
    </ToolbarButton>
  );
}
