/**
 * Arrow keys in a menu move focus at once. Radix moves it in a later task (setTimeout in its roving
 * focus), and the browser runs input before timers: a second ↓ pressed before the first had moved
 * focus moved from the same item, so ↓ ↓ ↓ Enter, typed quickly (a test, a fast hand, a busy
 * machine), chose the second item, not the fourth (probe: 3 of 4 times on the canvas menu). Radix's
 * own handler, which runs after this one on the item, leaves a key handled here alone.
 */
import type { KeyboardEvent } from 'react';

const INTENT: Record<string, 'first' | 'last' | 'prev' | 'next'> = { ArrowDown: 'next', ArrowUp: 'prev', Home: 'first', PageUp: 'first', End: 'last', PageDown: 'last' };
const ITEM = '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"]';

/** For a menu content's `onKeyDownCapture`: moves focus among its own items (not a submenu's) as Radix would, without looping. */
export function moveMenuFocusNow(event: KeyboardEvent<HTMLElement>): void {
  const intent = INTENT[event.key];
  const menu = event.currentTarget;
  const from = event.target as Element;
  if (!intent || event.metaKey || event.ctrlKey || event.altKey || event.shiftKey || !from.matches(ITEM) || from.closest('[role="menu"]') !== menu) return;
  const items = [...menu.querySelectorAll<HTMLElement>(ITEM)].filter((item) => item.closest('[role="menu"]') === menu && !item.hasAttribute('data-disabled'));
  const at = items.indexOf(from as HTMLElement);
  const to = intent === 'first' ? items[0] : intent === 'last' ? items[items.length - 1] : intent === 'next' ? items[at + 1] : at > 0 ? items[at - 1] : undefined;
  event.preventDefault();
  to?.focus();
}
