/**
 * docs/editor.md names the items of the toolbar's two menus, File ▾ and Export ▾ ("More formats"),
 * which are built from the action registry (src/actions/menus.ts): an action added to, renamed in
 * or dropped from a menu fails here until the doc says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportJsonAction } from '../src/actions/fileActions';
import { exportMenuActions, fileMenuActions } from '../src/actions/menus';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The comma-separated names after `before` up to `after`, one space for each run of white space, a trailing "…" left out. */
function namesBetween(markdown: string, before: string, after: string): string[] | null {
  const text = markdown.replace(/\s+/g, ' ');
  const start = text.indexOf(before);
  if (start < 0) return null;
  const from = start + before.length;
  const end = text.indexOf(after, from);
  return end < 0 ? null : text.slice(from, end).split(',').map((n) => n.trim().replace(/…$/, ''));
}

const FILE_MENU: [string, string] = ['that is not an export — ', ' — '];
const EXPORT_MENU: [string, string] = ['("More formats") opens ', '. '];

describe('docs/editor.md names the toolbar menus\' items', () => {
  const doc = readFileSync(join(ROOT, 'docs/editor.md'), 'utf8');

  it('File ▾: the file and library actions that are not exports, in registry order', () => {
    // given the menu as the toolbar builds it (a dialog's "…" is the menu's, not the label's)
    const menu = fileMenuActions().map((a) => a.label.replace(/…$/, ''));
    // when the doc's list is read, then it is the same
    expect(namesBetween(doc, ...FILE_MENU), 'docs/editor.md, Toolbar: the File ▾ list').toEqual(menu);
  });

  it('Export ▾: the export actions in menu order, the JSON export shown as "JSON" as the toolbar labels it', () => {
    const menu = exportMenuActions().map((a) => (a.id === exportJsonAction.id ? 'JSON' : a.label));
    expect(namesBetween(doc, ...EXPORT_MENU), 'docs/editor.md, Toolbar: the "More formats" list').toEqual(menu);
  });

  it('reads a list across lines up to its end mark, and says null when the text is not there', () => {
    const md = 'it holds — New design, Import,\n  Compare with… — so';
    expect(namesBetween(md, 'holds — ', ' — ')).toEqual(['New design', 'Import', 'Compare with']);
    expect(namesBetween(md, 'nowhere', ' — ')).toBeNull();
  });
});
