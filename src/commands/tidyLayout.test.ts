import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { tidyLayout } from './tidyLayout';

describe('layout.tidy', () => {
  it('replaces the whole layout as one edit; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    const layout = { Accounts_And_Equipment: { x: 0, y: 0 }, Settle_In: { x: 700, y: 0 }, Buddy: { x: 16, y: 60 } };
    // when
    const run = runWithHistory(doc, tidyLayout, { layout });
    // then
    expect(run.after.layout).toEqual(layout);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
    expect(tidyLayout.apply(run.after, { layout })).toBe(run.after);
  });
});
