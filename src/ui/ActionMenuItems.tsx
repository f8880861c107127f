/**
 * Menu items for actions of the registry (Radix DropdownMenu): the label, the shortcut on the
 * right, disabled when the action cannot run now. The toolbar's menus and the canvas's context
 * menu are lists of these.
 */
import * as Menu from '@radix-ui/react-dropdown-menu';
import { useId } from 'react';
import { formatShortcuts } from '../actions/shortcuts';
import type { Action } from '../actions/types';
import { useAction } from '../actions/useAction';
import { useAppStore } from '../store/appStore';
import { ActionIcon } from './ActionIcon';
import { focusDesignStart } from './focusDesignStart';

export const menuContentClass =
  'z-50 min-w-52 rounded-md border border-ink-400/30 bg-white p-1 text-sm text-ink-800 shadow-lg';
export const menuItemClass =
  'flex cursor-default select-none items-center gap-2 rounded px-2 py-1.5 outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-brand-100 data-[highlighted]:text-brand-900';

export interface MenuEntry<A = unknown> {
  action: Action<A>;
  arg?: A;
  /** A label for this place (the action's own label otherwise): "Add background step here". */
  label?: string;
}

/** `onChoose`: run the entry yourself (a context menu runs it once the menu has closed and focus is back). */
export function ActionMenuItem<A>({ entry, ellipsis, onChoose }: { entry: MenuEntry<A>; ellipsis?: boolean; onChoose?: (entry: MenuEntry<A>) => void }) {
  const { available, run } = useAction(entry.action);
  // a disabled item says why when its action can (a menu item cannot carry a tooltip: it takes no focus)
  const reasonId = useId();
  const reason = useAppStore((s) => (entry.action.disabledReason && entry.action.enabled && !entry.action.enabled(s) ? entry.action.disabledReason(s) : null));
  const keys = formatShortcuts(entry.action.shortcuts);
  const label = entry.label ?? entry.action.label;
  const choose = () => {
    const outcome = run(entry.arg as A);
    if (outcome.performed && entry.action.focusAfter === 'design-start') focusDesignStart();
  };
  const opensDialog = (ellipsis ?? entry.action.focusAfter === 'dialog') && !label.endsWith('…');
  return (
    <Menu.Item className={menuItemClass} disabled={!available} aria-describedby={reason ? reasonId : undefined} onSelect={() => (onChoose ? onChoose(entry) : choose())}>
      <span className="w-4">{entry.action.icon && <ActionIcon name={entry.action.icon} />}</span>
      <span className="flex-1">
        {label}{opensDialog ? '…' : ''}
        {/* hidden from the item's name, which is its label: the reason is its description (said once) */}
        {reason && <span id={reasonId} aria-hidden="true" className="block max-w-64 text-xs text-ink-600">{reason}</span>}
      </span>
      {keys && <kbd className="ml-4 font-mono text-xs text-ink-600">{keys}</kbd>}
    </Menu.Item>
  );
}

export const MenuSeparator = () => <Menu.Separator className="my-1 h-px bg-ink-400/30" />;
