/** How a saved version is named wherever it is listed or compared with: its number, its name or why it was kept, when. */
import type { VersionRecord } from '../../io/storage/db';

const REASONS: Record<NonNullable<VersionRecord['reason']>, string> = {
  created: 'created',
  opened: 'as opened',
  'first-change': 'first change',
  interval: 'while editing',
  'before-import': 'before an import',
  'before-restore': 'before a restore',
  leaving: 'on leaving the page',
  named: 'saved by you',
};

/** The version's name in quotes, or why it was kept. */
export function versionTitle(v: Pick<VersionRecord, 'name' | 'reason'>): string {
  if (v.name) return `“${v.name}”`;
  return v.reason ? REASONS[v.reason] : 'autosaved';
}

/** The N of "Version N": the versions kept of a design counted without gaps (the save's revision for a record without one). */
export function versionNumber(v: Pick<VersionRecord, 'revision' | 'number'>): number {
  return v.number ?? v.revision;
}

/** "Version 3 · “before the new stage” · 03/12/2026, 21:40": the name the user gave it, else why it was kept. */
export function versionLabel(v: Pick<VersionRecord, 'revision' | 'number' | 'savedAt' | 'name' | 'reason'>): string {
  return `Version ${versionNumber(v)} · ${versionTitle(v)} · ${new Date(v.savedAt).toLocaleString()}`;
}
