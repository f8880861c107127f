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

/** "Version 3 · “before the new stage” · 03/12/2026, 21:40": the name the user gave it, else why it was kept. */
export function versionLabel(v: Pick<VersionRecord, 'revision' | 'savedAt' | 'name' | 'reason'>): string {
  return `Version ${v.revision} · ${versionTitle(v)} · ${new Date(v.savedAt).toLocaleString()}`;
}
