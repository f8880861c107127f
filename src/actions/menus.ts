/**
 * The toolbar's menus, read from the registry so an action added there appears in its menu
 * without touching the toolbar: "Export ▾" holds every way to take the design elsewhere, "File ▾"
 * every other file or library action (new, open, open folder, import, save to project, versions).
 */
import { ACTIONS } from './registry';
import type { AnyAction } from './types';

/** Ids of the actions that take the design elsewhere (the Export menu), in menu order. */
const EXPORT_ORDER = ['file.exportJson', 'file.exportFlowXml', 'file.exportPng', 'file.exportSvg', 'file.shareLink'];

const isExport = (action: AnyAction) => EXPORT_ORDER.includes(action.id) || /^file\.export/.test(action.id);

/** The Export menu: JSON, Flow XML, PNG, SVG, share link (and any later `file.export…` action). */
export function exportMenuActions(actions: readonly AnyAction[] = ACTIONS): AnyAction[] {
  const rank = (a: AnyAction) => (EXPORT_ORDER.includes(a.id) ? EXPORT_ORDER.indexOf(a.id) : EXPORT_ORDER.length);
  return actions.filter(isExport).sort((a, b) => rank(a) - rank(b));
}

/** The File menu: every `file` or `library` action that is not an export, in registry order. */
export function fileMenuActions(actions: readonly AnyAction[] = ACTIONS): AnyAction[] {
  return actions.filter((a) => (a.group === 'file' || a.group === 'library') && !isExport(a));
}
