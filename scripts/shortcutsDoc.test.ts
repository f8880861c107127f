/**
 * docs/editor.md's "Keyboard shortcuts" lists what the app's help dialog (`?`) lists: every action
 * of the registry that has a shortcut, with its keys, and the gestures that are not actions. Both
 * come from `helpSections()`, so a shortcut added, changed or removed in `src/actions` fails here
 * until the doc says the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helpSections, type HelpSection } from '../src/actions/helpList';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEADING = '## Keyboard shortcuts';

/** The sections of the doc's shortcut list: a `**Title**` line, then a `| what | keys |` table. */
function documentedSections(markdown: string): HelpSection[] {
  const start = markdown.indexOf(`\n${HEADING}`);
  if (start < 0) return [];
  const body = markdown.slice(start + 1).split('\n').slice(1);
  const end = body.findIndex((line) => line.startsWith('## '));
  const sections: HelpSection[] = [];
  for (const line of end < 0 ? body : body.slice(0, end)) {
    const title = /^\*\*(.+)\*\*$/.exec(line.trim());
    if (title) sections.push({ title: title[1]!, rows: [] });
    const cells = /^\|(.+)\|(.+)\|$/.exec(line.trim());
    if (!cells || !sections.length) continue;
    const [what, keys] = [cells[1]!.trim(), cells[2]!.trim()];
    if (what === 'what' || /^-+$/.test(what)) continue;
    sections.at(-1)!.rows.push({ what, keys });
  }
  return sections;
}

describe('docs/editor.md lists the keyboard shortcuts the app has', () => {
  it('its Keyboard shortcuts section is the help dialog\'s list: the same sections, actions and keys, in order', () => {
    // given the doc and the list the help dialog renders from the action registry
    const documented = documentedSections(readFileSync(join(ROOT, 'docs/editor.md'), 'utf8'));
    // when they are compared, then they agree row for row
    expect(documented, `docs/editor.md "${HEADING}" differs from src/actions/helpList.ts helpSections()`).toEqual(helpSections());
  });

  it('a table row, a section title and the end of the section are read; the text around them is not', () => {
    // given a doc with the section between two others
    const md = ['## Before', '| Undo | Ctrl+Z |', HEADING, 'Text.', '', '**Anywhere**', '', '| what | keys |', '|---|---|', '| Find | Ctrl/Cmd+F |', '| Shortcuts | ? |', '## After', '| Redo | Ctrl+Y |'].join('\n');
    // when it is read, then only the section's rows are, under their title
    expect(documentedSections(md)).toEqual([{ title: 'Anywhere', rows: [{ what: 'Find', keys: 'Ctrl/Cmd+F' }, { what: 'Shortcuts', keys: '?' }] }]);
  });
});
