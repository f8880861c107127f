/**
 * A real tooltip (Radix Tooltip: shown on hover and on keyboard focus, Esc hides it, announced as
 * the control's description) with the control's name, what it does and its shortcut.
 */
import * as RadixTooltip from '@radix-ui/react-tooltip';
import type { ReactElement, ReactNode } from 'react';

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
      <RadixTooltip.Trigger asChild>{children}</RadixTooltip.Trigger>
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
