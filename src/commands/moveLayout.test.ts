import { describe, expect, it } from 'vitest';
import { deepFreeze } from './__fixtures__/deepFreeze';
import { propertiesFixture } from './__fixtures__/propertiesFixture';
import { runWithHistory } from '../store/commandHarness';
import { moveLayout } from './moveLayout';

describe('layout.move', () => {
  it('records moved positions as one edit; undo and redo', () => {
    // given
    const doc = deepFreeze({ ...propertiesFixture(), layoutVersion: 2 });
    // when
    const run = runWithHistory(doc, moveLayout, { positions: { Settle_In: { x: 600, y: 20 }, Buddy: { x: 10, y: 50 } } });
    // then
    expect(run.after.layout).toMatchObject({ Settle_In: { x: 600, y: 20 }, Buddy: { x: 10, y: 50 } });
    expect(run.entries).toBe(1);
    expect(run.undone).toEqual(doc);
    expect(run.redone).toEqual(run.after);
  });

  it('changes nothing when the positions are the same', () => {
    const doc = deepFreeze({ ...propertiesFixture(), layoutVersion: 2 });
    expect(moveLayout.apply(doc, { positions: { Settle_In: { x: 480, y: 0 } } })).toBe(doc);
  });

  it('migrates a layout of an earlier version on the first move: its positions go, the version is set', () => {
    // given a document saved by an earlier version (positions of the single-row canvas, no layoutVersion)
    const doc = deepFreeze(propertiesFixture());
    expect(doc.layoutVersion).toBeUndefined();
    expect(Object.keys(doc.layout!).length).toBeGreaterThan(1);
    // when one stage is moved
    const run = runWithHistory(doc, moveLayout, { positions: { Settle_In: { x: 600, y: 20 } } });
    // then only that position is recorded, in the current version, and undo brings the old layout back
    expect(run.after.layout).toEqual({ Settle_In: { x: 600, y: 20 } });
    expect(run.after.layoutVersion).toBe(2);
    expect(run.undone).toEqual(doc);
    // and removing a position does not migrate anything
    expect(moveLayout.apply(doc, { positions: {} })).toBe(doc);
  });
});
