import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { tidyLayout } from './tidyLayout';

describe('layout.tidy', () => {
  it('forgets every recorded position as one edit and marks the layout current; undo and redo', () => {
    // given a document with positions
    const doc = deepFreeze({ ...propertiesFixture(), layout: { Settle_In: { x: 700, y: 0 }, Buddy: { x: 16, y: 60 } }, layoutVersion: 2 });
    // when
    const run = runWithHistory(doc, tidyLayout, {});
    // then
    expect(run.after.layout).toEqual({});
    expect(run.after.layoutVersion).toBe(2);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
    expect(tidyLayout.apply(run.after, {})).toBe(run.after);
  });
});
