import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { renameElement } from './renameElement';

/** The fixture with its first step labelled "Create User Accounts", which derives its API name (it follows). */
function followingFixture() {
  const fixture = propertiesFixture();
  fixture.stages[0]!.steps[0]!.label = 'Create User Accounts';
  return deepFreeze(fixture);
}

describe('element.rename', () => {
  it('sets the label and derives the API name while it follows the label, rewriting references; undo and redo', () => {
    // given
    const doc = followingFixture();
    // when
    const run = runWithHistory(doc, renameElement, { name: 'Create_User_Accounts', label: 'Open accounts' });
    // then
    const [first, second] = run.after.stages[0]!.steps;
    expect(first).toMatchObject({ name: 'Open_accounts', label: 'Open accounts' });
    expect(second!.start).toEqual({ mode: 'stepCompleted', step: 'Open_accounts' });
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('keeps the API name when asked to (an element of a project file): only the label changes', () => {
    const doc = followingFixture();
    const next = renameElement.apply(doc, { name: 'Create_User_Accounts', label: 'Open accounts', keepName: true });
    expect(next.stages[0]!.steps[0]).toMatchObject({ name: 'Create_User_Accounts', label: 'Open accounts' });
  });

  it('keeps the name unique across the namespace', () => {
    // given a step whose API name follows its label (none: the name is the label)
    const fixture = propertiesFixture();
    delete fixture.stages[1]!.steps[0]!.label;
    const doc = deepFreeze(fixture);
    const next = renameElement.apply(doc, { name: 'Buddy', label: 'Settle in' });
    expect(next.stages[1]!.steps[0]!.name).toBe('Settle_in');
    const clash = renameElement.apply(doc, { name: 'Buddy', label: 'Settle In' });
    expect(clash.stages[1]!.steps[0]!.name).toBe('Settle_In_2');
    expect(renameElement.apply(doc, { name: 'Buddy', label: '  ' })).toBe(doc);
  });

  it('keeps an API name the admin typed: only the label changes (as the Label field and Flow Builder do)', () => {
    // given "Buddy" labelled "Assign buddy" (the label derives Assign_buddy: the name was typed)
    const doc = deepFreeze(propertiesFixture());
    // when it is renamed in place
    const next = renameElement.apply(doc, { name: 'Buddy', label: 'Pick a buddy' });
    // then the label changed and the name, and every reference to it, did not
    expect(next.stages[1]!.steps[0]).toMatchObject({ name: 'Buddy', label: 'Pick a buddy' });
    expect(JSON.stringify(next).split('"Buddy"').length).toBe(JSON.stringify(doc).split('"Buddy"').length);
  });

  it('follows again once the label derives the name: a renamed step that followed keeps following', () => {
    const doc = followingFixture();
    const once = renameElement.apply(doc, { name: 'Create_User_Accounts', label: 'Open accounts' });
    const twice = renameElement.apply(once, { name: 'Open_accounts', label: 'Open all accounts' });
    expect(twice.stages[0]!.steps[0]).toMatchObject({ name: 'Open_all_accounts', label: 'Open all accounts' });
  });
});
