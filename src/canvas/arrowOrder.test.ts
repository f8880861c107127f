import { describe, expect, it } from 'vitest';
import type { Position, Stage } from '../model/types';
import { orderKeptBy, type ColumnBefore } from './arrowOrder';
import * as G from './geometry';
import { planStageColumn } from './layout/stageColumn';

// the tour's stage: a background step (89 px) stacked above an interactive step (113 px)
const TOP = 60;
const stage: Stage = { name: 'Stage_1', steps: [{ name: 'Upper', kind: 'background' }, { name: 'Lower', kind: 'interactive' }] };
const heights = new Map([['Upper', 89], ['Lower', 113]]);

/** The column as the canvas shows it for `placed`, and where each card ends after a press moves `moved` to `to`. */
function press(placed: Record<string, Position>, moved: string, to: Position) {
  const shown = planStageColumn(stage, placed, heights, TOP).positions;
  const column: ColumnBefore = { stage, placed, shown, heights, top: TOP };
  const kept = orderKeptBy(column, moved, to);
  const after = planStageColumn(stage, { ...placed, ...kept, [moved]: to }, heights, TOP).positions;
  return { shown, kept, after };
}

const x = G.STAGE_PAD;
const lowerAt = TOP + 89 + G.STEP_GAP; // 173, where the stage stacks the lower card

describe('orderKeptBy: ↑ on the lower of two stacked cards', () => {
  it('one press (20 px) moves the lower card only: the upper one stays above, where it stood, kept there', () => {
    // given the stage would restack the upper card below a card 4 px into their gap (the old swap)
    expect(planStageColumn(stage, { Lower: { x, y: lowerAt - 20 } }, heights, TOP).positions.get('Upper')!.y).toBeGreaterThan(lowerAt);
    // when
    const { kept, after } = press({}, 'Lower', { x, y: lowerAt - 20 });
    // then
    expect(kept).toEqual({ Upper: { x, y: TOP } });
    expect(after.get('Upper')).toEqual({ x, y: TOP });
    expect(after.get('Lower')).toEqual({ x, y: lowerAt - 20 });
  });

  it('up to the upper card\'s middle it still stays above, even where the two cards overlap', () => {
    const middle = TOP + 89 / 2;
    const { after } = press({ Upper: { x, y: TOP } }, 'Lower', { x, y: Math.ceil(middle) });
    expect(after.get('Upper')).toEqual({ x, y: TOP });
  });

  it('past the upper card\'s middle the upper card goes below it, with the stage\'s gap', () => {
    const to = { x, y: Math.floor(TOP + 89 / 2) - 1 };
    // kept where it stood by the earlier presses: the canvas puts it below
    const pinned = press({ Upper: { x, y: TOP } }, 'Lower', to);
    expect(pinned.after.get('Upper')).toEqual({ x, y: to.y + 113 + G.STEP_GAP });
    // stacked by the stage: the stage puts it below itself, nothing else is recorded
    const stacked = press({}, 'Lower', to);
    expect(stacked.kept).toEqual({});
    expect(stacked.after.get('Upper')!.y).toBeGreaterThan(to.y + 113);
  });
});

describe('orderKeptBy: ↓ on the upper card', () => {
  it('a card stacked below it is pushed down with it, in the same order, and nothing else is recorded', () => {
    // one press moves at most Shift's four grid steps (80 px)
    for (const to of [TOP + 20, TOP + 80]) {
      const { kept, after } = press({}, 'Upper', { x, y: to });
      expect(kept).toEqual({});
      expect(after.get('Lower')!.y).toBe(to + 89 + G.STEP_GAP);
    }
  });

  it('moved at once past the middle of the card below (a recorded move, not one press), that card stacks above it', () => {
    const { kept, after } = press({}, 'Upper', { x, y: TOP + 200 });
    expect(kept).toEqual({});
    expect(after.get('Lower')).toEqual({ x, y: TOP });
  });

  it('a card placed by hand below: stays below until the moved card\'s bottom passes its middle, then goes above it', () => {
    const placed = { Lower: { x, y: lowerAt } };
    const notYet = press(placed, 'Upper', { x, y: Math.floor(lowerAt + 113 / 2 - 89) });
    expect(notYet.kept).toEqual({});
    expect(notYet.after.get('Lower')).toEqual({ x, y: lowerAt });
    const passed = press(placed, 'Upper', { x, y: lowerAt + 113 / 2 - 89 + 1 });
    // above it with the gap, but not above the stage's first place
    expect(passed.after.get('Lower')).toEqual({ x, y: TOP });
    expect(passed.after.get('Lower')!.y).toBeLessThan(passed.after.get('Upper')!.y);
  });
});

describe('orderKeptBy: cards of another column', () => {
  it('a card standing beside the moved one is left as it is', () => {
    const beside = { Upper: { x: x + G.STEP_WIDTH + 40, y: TOP } };
    const { kept } = press(beside, 'Lower', { x, y: TOP + 20 });
    expect(kept).toEqual({});
  });
});
