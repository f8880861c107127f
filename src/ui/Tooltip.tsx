/**
 * A real tooltip (Radix Tooltip: shown on hover and on keyboard focus, Esc hides it, announced as
 * the control's description) with the control's name, what it does and its shortcut.
 */
import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { FocusEvent, ReactElement, ReactNode } from 'react';

/**
 * Radix opens a tip on any focus but one from a press on the trigger itself, so focus the app moves
 * after a mouse click elsewhere opened it: Exit run clicked gave focus back to Run, whose tip then
 * sat over the Properties header (docs/editor.md, "Tooltips on focus", chosen). The browser's own
 * :focus-visible tells keyboard focus from that (it is set after a key, not after a click), so a
 * focus that is not focus-visible is kept from opening the tip; Radix skips its handler when ours
 * prevents the event's default. Hover still opens it.
 */
function openOnKeyboardFocusOnly(event: FocusEvent<HTMLElement>): void {
  let visible = true;
  try {
    visible = event.currentTarget.matches(':focus-visible');
  } catch {
    // a browser that does not know :focus-visible keeps Radix's behaviour
  }
  if (!visible) event.preventDefault();
}

export function TooltipProvider({ children }: { children: ReactNode }) {
  return (
    <RadixTooltip.Provider delayDuration={350} skipDelayDuration={200}>
      {children}
    </RadixTooltip.Provider>
  );
}

interface Props {
  /** The control's name, first line of the tip. */
  title: string;
  /** What it does. */
  description?: string;
  /** Its shortcut as the help list writes it. */
  keys?: string;
  children: ReactElement;
  /** Controlled: whether it shows, and the wish to change that (a menu button quiets its tip while it returns focus). */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function Tooltip({ title, description, keys, children, open, onOpenChange }: Props) {
  return (
    <RadixTooltip.Root {...(open === undefined ? {} : { open })} {...(onOpenChange ? { onOpenChange } : {})}>
      <RadixTooltip.Trigger asChild onFocus={openOnKeyboardFocusOnly}>{children}</RadixTooltip.Trigger>
      <RadixTooltip.Portal>
        <RadixTooltip.Content side="bottom" sideOffset={6} collisionPadding={8} className="z-50 max-w-64 rounded-md bg-ink-800 px-2.5 py-1.5 text-xs leading-snug text-white shadow-lg">
          <span className="font-semibold">{title}</span>
          {keys && <kbd className="ml-2 rounded border border-white/30 px-1 font-mono text-[11px]">{keys}</kbd>}
          {description && description !== title && <span className="mt-0.5 block">{description}</span>}
        </RadixTooltip.Content>
      </RadixTooltip.Portal>
    </RadixTooltip.Root>
  );
}
