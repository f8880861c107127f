/**
 * The note on the elements of one kind kept verbatim: one line at the first place it was kept, the
 * other places after "also" — it listed the first place again, so `stageflow validate` printed
 * `extensions: warning: <status> … kept verbatim in extensions (extensions)` (docs/cli.md, chosen).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFlowXml } from './importFlowXml';
import { KEPT_VERBATIM } from './keptVerbatim';

const xml = readFileSync(new URL('./__fixtures__/own/Case_Review.flow-meta.xml', import.meta.url), 'utf8');

/** The fixture with `<zzUnknown/>` as the first child of each of its first `count` stages, and one in the flow itself. */
function withUnknown(count: number): string {
  let text = xml.replace('<orchestratedStages>', '<zzUnknown/><orchestratedStages>');
  let from = 0;
  for (let i = 0; i < count; i++) {
    const at = text.indexOf('<orchestratedStages>', from) + '<orchestratedStages>'.length;
    text = `${text.slice(0, at)}<zzUnknown/>${text.slice(at)}`;
    from = at;
  }
  return text;
}

const keptNotes = (text: string) => {
  const result = importFlowXml(text, { name: 'Case_Review' });
  if (!result.ok) throw new Error('not imported');
  return result.warnings.filter((w) => w.message.startsWith('<zzUnknown>'));
};

describe('the note on elements kept verbatim', () => {
  it('names its place once: the line\'s path, nothing after it when that is the only place', () => {
    const [note, ...more] = keptNotes(withUnknown(0));
    expect(more).toEqual([]);
    expect(note).toEqual({ path: 'extensions', message: `<zzUnknown> ${KEPT_VERBATIM}` });
  });

  it('lists the other places after "also", never the line\'s own again', () => {
    const [note] = keptNotes(withUnknown(2));
    expect(note).toEqual({ path: 'stages[0]', message: `<zzUnknown> ×3 ${KEPT_VERBATIM} (also stages[1], extensions)` });
  });
});
