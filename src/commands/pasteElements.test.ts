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

  it('makes the references of a pasted stage\'s steps read the copies of the steps copied along, as its predecessor links do', () => {
    // given Welcome email, whose start requirement reads Create_User_Accounts.Status, copied with its stage
    const doc = deepFreeze(propertiesFixture());
    const stage = planPaste(doc, { fragment: copyFragment(doc, ['Accounts_And_Equipment'])!, targetStage: null, after: null }).doc.stages.at(-1)!;
    // then the copy reads the copy, and the rest of its start condition (logic, other rows, inputs) is as it was
    const welcome = stage.steps.find((s) => s.name === 'Welcome_Email_2')!;
    expect(welcome.start).toMatchObject({ mode: 'requirements', logic: '1 AND (2 OR 3)' });
    expect((welcome.start as { requirements: { left: string }[] }).requirements.map((r) => r.left)).toEqual(['Create_User_Accounts_2.Status', 'hire.Department', 'hire.Department']);
    expect(welcome.inputs).toEqual({ contactId: 'hire.Id' });
    // and the original still reads the original
    const original = doc.stages.find((s) => s.name === 'Accounts_And_Equipment')!.steps.find((s) => s.name === 'Welcome_Email')!;
    expect((original.start as { requirements: { left: string }[] }).requirements[0]!.left).toBe('Create_User_Accounts.Status');
  });

  it('leaves a pasted step reading an element that was not copied along reading the original', () => {
    // given Welcome email copied alone into another stage
    const doc = deepFreeze(propertiesFixture());
    const plan = planPaste(doc, { fragment: copyFragment(doc, ['Welcome_Email'])!, targetStage: 'Settle_In', after: null });
    // then its requirement still reads Create_User_Accounts, which is still there
    const pasted = plan.doc.stages.find((s) => s.name === 'Settle_In')!.steps.find((s) => s.name === 'Welcome_Email_2')!;
    expect((pasted.start as { requirements: { left: string }[] }).requirements[0]!.left).toBe('Create_User_Accounts.Status');
  });

  it('refuses text that is not a fragment or an orchestration', () => {
    expect(parseClipboard('hello')).toBeNull();
    expect(parseClipboard('{"format":"stageflow.clipboard","version":1,"stages":[{"__proto__":{}}]}')).toBeNull();
    expect(parseClipboard(JSON.stringify(propertiesFixture()))!.stages).toHaveLength(2);
  });
});
