import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { copyFragment } from './clipboard';
import { parseClipboard } from './parseClipboard';
import { pasteElements, planPaste } from './pasteElements';

describe('elements.paste', () => {
  it('pastes a copied stage with its steps under fresh names as one edit; undo and redo', () => {
    // given
    const doc = deepFreeze({ ...propertiesFixture(), layoutVersion: 2 });
    const fragment = parseClipboard(JSON.stringify(copyFragment(doc, ['Accounts_And_Equipment'])))!;
    // when
    const run = runWithHistory(doc, pasteElements, { fragment, targetStage: null, after: 'Settle_In' });
    // then
    const pasted = run.after.stages.at(-1)!;
    expect(pasted.name).toBe('Accounts_And_Equipment_2');
    expect(pasted.steps.map((s) => s.name)).toEqual(['Create_User_Accounts_2', 'Provision_Laptop_2', 'Welcome_Email_2']);
    expect(pasted.steps[1]!.start).toEqual({ mode: 'stepCompleted', step: 'Create_User_Accounts_2' });
    expect(run.after.stages[1]!.next).toBe('Accounts_And_Equipment_2');
    // placed where the run order puts it, not over its original (which the user placed at 0,0)
    expect(run.after.layout!.Accounts_And_Equipment).toEqual({ x: 0, y: 0 });
    expect(run.after.layout!).not.toHaveProperty('Accounts_And_Equipment_2');
    expect(run.entries).toBe(1);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('keeps the places of the steps inside a pasted stage and offsets pasted loose steps', () => {
    const placed = { ...propertiesFixture(), layoutVersion: 2 };
    placed.layout = { ...placed.layout, Provision_Laptop: { x: 260, y: 0 }, Buddy: { x: 0, y: 100 } };
    const doc = deepFreeze(placed);
    const stage = planPaste(doc, { fragment: copyFragment(doc, ['Accounts_And_Equipment'])!, targetStage: null, after: null });
    expect(stage.doc.layout!.Provision_Laptop_2).toEqual({ x: 260, y: 0 });
    const loose = planPaste(doc, { fragment: copyFragment(doc, ['Buddy'])!, targetStage: 'Settle_In', after: null });
    expect(loose.doc.layout!.Buddy_2).toEqual({ x: 40, y: 140 });
  });

  it('pastes loose steps into the target stage and reports their names', () => {
    const doc = deepFreeze(propertiesFixture());
    const fragment = copyFragment(doc, ['Provision_Laptop', 'Buddy'])!;
    const plan = planPaste(doc, { fragment, targetStage: 'Settle_In', after: null });
    expect(plan.names).toEqual(['Provision_Laptop_2', 'Buddy_2']);
    expect(plan.doc.stages[1]!.steps.at(-2)!.start).toEqual({ mode: 'stageStarts' });
  });

  it('refuses text that is not a fragment or an orchestration', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"format":"stageflow.clipboard","version":1,"stages":[{"__proto__":{}}]}')).toBeNull();
    expect(parseClipboard(JSON.stringify(propertiesFixture()))!.stages).toHaveLength(2);
  });
});
