import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { moveLayout } from './moveLayout';

describe('layout.move', () => {
  it('records moved positions as one edit; undo and redo', () => {
    // given
    const doc = deepFreeze(propertiesFixture());
    // when
    const run = runWithHistory(doc, moveLayout, { positions: { Settle_In: { x: 600, y: 20 }, Buddy: { x: 10, y: 50 } } });
    // then
    expect(run.after.layout).toMatchObject({ Settle_In: { x: 600, y: 20 }, Buddy: { x: 10, y: 50 } });
    expect(run.entries).toBe(1);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('changes nothing when the positions are the same', () => {
    const doc = deepFreeze(propertiesFixture());
    expect(moveLayout.apply(doc, { positions: { Settle_In: { x: 480, y: 0 } } })).toBe(doc);
  });
});
