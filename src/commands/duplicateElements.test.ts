import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { copyFragment } from './clipboard';
import { duplicateElements } from './duplicateElements';

describe('elements.duplicate', () => {
  it('duplicates a step next to itself in its stage; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    const fragment = copyFragment(doc, ['Buddy'])!;
    // when
    const run = runWithHistory(doc, duplicateElements, { fragment, targetStage: 'Settle_In', after: null });
    // then
    expect(run.after.stages[1]!.steps.map((s) => s.name)).toEqual(['Buddy', 'Review', 'Buddy_2']);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });
});
