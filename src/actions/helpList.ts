/**
 * The keyboard help, written once: every action that has a shortcut (from the registry), plus the
 * canvas gestures that are not actions (React Flow's own mouse and keyboard handling).
 */
import { ACTIONS } from './registry';
import { formatShortcuts } from './shortcuts';

export interface HelpRow {
  what: string;
  keys: string;
}

/** Gestures on the canvas and in the palette; they are not actions, so they are listed here. */
const GESTURES: readonly HelpRow[] = [
  { what: 'Add an element', keys: 'Palette buttons: Tab to one, then Enter or Space' },
  { what: 'Select / add to selection', keys: 'Click / Shift+click, or Tab to a node and press Enter' },
  { what: 'Box select', keys: 'Shift+drag on the canvas' },
  { what: 'Move selected nodes', keys: 'Drag, or arrow keys' },
];

export function helpRows(): HelpRow[] {
  const fromActions = ACTIONS.filter((a) => a.shortcuts?.length).map((a) => ({ what: a.label, keys: formatShortcuts(a.shortcuts) }));
  return [...GESTURES, ...fromActions];
}
