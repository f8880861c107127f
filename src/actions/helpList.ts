/**
 * The keyboard help, written once: every action that has a shortcut (from the registry), plus the
 * gestures that are not actions (React Flow's own mouse and keyboard handling, the run view's
 * Timeline), grouped by where they work: anywhere, while editing, in the run view.
 */
import { ACTIONS } from './registry';
import { formatShortcuts } from './shortcuts';
import type { AnyAction, Availability } from './types';

export interface HelpRow {
  what: string;
  keys: string;
}

export interface HelpSection {
  title: string;
  rows: HelpRow[];
}

/** Gestures on the canvas and in the palette; they are not actions, so they are listed here. */
const EDIT_GESTURES: readonly HelpRow[] = [
  { what: 'Add an element', keys: 'Palette buttons: Tab to one, then Enter or Space' },
  { what: 'Select / add to selection', keys: 'Click / Shift+click, or Tab to a node and press Enter' },
  { what: 'Box select', keys: 'Shift+drag on the canvas' },
  { what: 'Move selected nodes', keys: 'Drag, or arrow keys (Shift+arrow: four times as far)' },
  { what: 'Move a step to another stage', keys: 'Drag it onto the stage, or Shift+F10 ▸ Move to stage' },
  { what: 'Element menu (connect, move, fault path)', keys: 'Right-click, or Shift+F10 on a focused node' },
];

/** The run view's keys that belong to its controls (the Timeline's own arrow keys). */
const RUN_GESTURES: readonly HelpRow[] = [
  { what: 'Why a step or stage is where it is', keys: 'Click its node, or Tab to it and press Enter' },
  { what: 'Move one change of the run', keys: 'Timeline focused: ← / → (or ↓ / ↑)' },
  { what: 'Move one millisecond', keys: 'Timeline focused: Shift+← / Shift+→' },
  { what: 'First / last moment', keys: 'Timeline focused: Home / End' },
];

const TITLES: Record<Availability, string> = { always: 'Anywhere', edit: 'Editing', run: 'Run view' };

/** An action's keys, said with where they work when that is not anywhere (S: the canvas or the Outline). */
function keysOf(action: AnyAction): string {
  const keys = formatShortcuts(action.shortcuts);
  return action.shortcuts?.every((s) => s.on === 'design') ? `Canvas or Outline focused: ${keys}` : keys;
}

function actionRows(when: Availability): HelpRow[] {
  return ACTIONS.filter((a) => a.when === when && a.shortcuts?.length).map((a) => ({ what: a.label, keys: keysOf(a) }));
}

export function helpSections(): HelpSection[] {
  const sections: HelpSection[] = [
    { title: TITLES.always, rows: actionRows('always') },
    { title: TITLES.edit, rows: [...EDIT_GESTURES, ...actionRows('edit')] },
    { title: TITLES.run, rows: [...RUN_GESTURES, ...actionRows('run')] },
  ];
  return sections.filter((s) => s.rows.length > 0);
}

/** Every row of the help, in the order of its sections. */
export function helpRows(): HelpRow[] {
  return helpSections().flatMap((s) => s.rows);
}
