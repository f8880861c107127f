/**
 * Opening, copying and pasting elements named after properties of Object.prototype
 * (`constructor`, `prototype`, `toString`…; FORMAT.md §1) in the app, as elements with ordinary
 * names (docs/decisions.md, *chosen*).
 */
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../actions/documentIo';
import { exportOrchestration } from '../io/jsonExport';
import { ORDINARY, renamed, ROTATIONS, wordDesign, wordNames, type Names } from '../model/testing/objectWordNames';
import { createAppStore } from '../store/appStore';
import { copyFragment } from './clipboard';
import { setLayout } from './edits';
import { parseClipboard } from './parseClipboard';
import { planPaste } from './pasteElements';

const rotations = Array.from({ length: ROTATIONS }, (_, r) => [r, JSON.stringify(wordNames(r))] as const);

/** `renamed`, for copies too: `Ord_Stage_2` becomes `constructor_2`. */
function renamedCopies(text: string, names: Names): string {
  return renamed(text.replace(/\b(Ord_[A-Za-z]+)_(\d+)\b/g, '$1 #$2'), names).replace(/ #(\d+)/g, '_$1');
}

/** What opening the design, then copying and pasting its stages and steps, gives. */
function appReport(n: Names, withLayout: boolean): string {
  const doc = wordDesign(n, withLayout);
  const store = createAppStore();
  const opened = loadDocument(store, exportOrchestration(doc));
  const copied = copyFragment(doc, [n.stage, n.lastStep, n.decision])!;
  const throughText = parseClipboard(JSON.stringify(copied));
  const pasted = planPaste(doc, { fragment: copied, targetStage: n.lastStage, after: null });
  const pastedText = throughText && planPaste(doc, { fragment: throughText, targetStage: null, after: n.lastStage });
  const moved = setLayout(doc, { [n.step]: { x: 16, y: 60 }, [n.lastStage]: null });
  return JSON.stringify({
    opened: [opened.ok, opened.problems, exportOrchestration(store.getState().doc) === exportOrchestration(doc)],
    copied, throughText, pasted: pasted.doc, names: pasted.names, pastedText: pastedText?.doc ?? null,
    moved: [moved === doc, moved.layout ?? null],
  }, null, 1);
}

describe('the app on names that are Object.prototype properties', () => {
  it('the control: the design opens, and its elements copy and paste', () => {
    const report = JSON.parse(appReport(ORDINARY, true)) as { opened: unknown[]; names: string[]; throughText: unknown };
    expect(report.opened).toEqual([true, [], true]);
    expect(report.names).toEqual(['Ord_Stage_2', 'Ord_Decision_2', 'Ord_Wrap_2']);
    expect(report.throughText).not.toBeNull();
  });

  it.each(rotations)('rotation %i %s: open, copy, paste and move as the ordinary design, renamed', (rotation) => {
    const names = wordNames(rotation);
    expect(appReport(names, true)).toBe(renamedCopies(appReport(ORDINARY, true), names));
  });

  it.each(rotations)('rotation %i %s: without a layout too (every position looked up is missing)', (rotation) => {
    const names = wordNames(rotation);
    expect(appReport(names, false)).toBe(renamedCopies(appReport(ORDINARY, false), names));
  });
});
