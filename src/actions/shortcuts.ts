/** Matching key presses to shortcuts, and writing shortcuts the way the help list shows them. */
import type { Shortcut } from './types';

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  /** Where the key was pressed; a key without one (a test's, a tooltip's) counts as on the design. */
  target?: EventTarget | null;
}

/** The canvas (its focusable region, canvas/CanvasMenuHost.tsx) and the Outline's tree: where the design's own keys work. */
const DESIGN_PLACES = '[data-canvas-host], .react-flow, [role="tree"][aria-label="Orchestration outline"]';

/** Whether a key pressed on `target` was pressed with the canvas or the Outline focused. */
export function isOnDesign(target: EventTarget | null | undefined): boolean {
  if (target === undefined) return true;
  return typeof Element !== 'undefined' && target instanceof Element && target.closest(DESIGN_PLACES) !== null;
}

/** True when `event` is `shortcut` (Ctrl or Cmd for `mod`; Shift must match where the key is a letter). */
export function matchesShortcut(event: KeyPress, shortcut: Shortcut): boolean {
  if (event.altKey) return false;
  if (shortcut.on === 'design' && !isOnDesign(event.target)) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (!!shortcut.mod !== mod) return false;
  const letter = /^[a-z]$/i.test(shortcut.key);
  // Symbols such as '?' need Shift on most layouts, so Shift only counts for letters and named keys.
  if ((letter || shortcut.key.length > 1) && !!shortcut.shift !== event.shiftKey) return false;
  return event.key.toLowerCase() === shortcut.key.toLowerCase();
}

/** "Ctrl/Cmd+Shift+Z", "Delete", "?" */
export function formatShortcut(shortcut: Shortcut): string {
  const key = shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key;
  return [shortcut.mod ? 'Ctrl/Cmd' : null, shortcut.shift ? 'Shift' : null, key].filter(Boolean).join('+');
}

/** Every shortcut of an action, for the help list and tooltips ("Delete or Backspace"). */
export function formatShortcuts(shortcuts: readonly Shortcut[] | undefined): string {
  return (shortcuts ?? []).map(formatShortcut).join(' or ');
}
