/**
 * An ↑ or ↓ press on a step changes the order of its stage's cards only when the card passes
 * another (docs/editor.md, "Arrow keys move along their axis"). A stage stacks the cards nobody
 * placed round the ones placed by hand (layout/stageColumn.ts), so a card moved up into the 24 px
 * the stage keeps between cards made the card above it restack below it: one press swapped two
 * steps and left a hole where the upper one stood. Salesforce's builder lists a stage's steps top
 * to bottom, and a list is reordered the way a sortable list is: an item goes past another once it
 * is over that item's middle.
 *
 * So, for each other card of the moved card's column, judged from where the cards stood before the
 * press:
 * - not passed yet (the moved card's top is still below its middle going up, its bottom still above
 *   it going down): it stays on its side, where it stood — kept there (recorded) if the stage would
 *   otherwise move it across;
 * - passed: it goes to the other side, next to the moved card with the stage's gap, if the stage
 *   does not put it there itself (a card placed by hand stays where it was put).
 * A card stacked below the moved one that the stage pushes down with it is not moved across, so
 * it follows as before.
 */
import type { Position, Stage } from '../model/types';
import * as G from './geometry';
import { planStageColumn } from './layout/stageColumn';

/** A stage's column as it stands before the press (positions relative to the stage). */
export interface ColumnBefore {
  stage: Stage;
  /** The positions the user gave the stage's steps (the document's layout). */
  placed: Readonly<Record<string, Position>>;
  /** Where each card stands now. */
  shown: ReadonlyMap<string, Position>;
  heights: ReadonlyMap<string, number>;
  /** Where the first card goes, below the stage's header. */
  top: number;
}

const sameColumn = (a: Position, b: Position) => a.x < b.x + G.STEP_WIDTH && b.x < a.x + G.STEP_WIDTH;

/**
 * The positions to record besides the moved card's `to` so that the stage's order changes only
 * where the card passed another; empty when the stage's own stacking already keeps it.
 */
export function orderKeptBy(column: ColumnBefore, moved: string, to: Position): Record<string, Position> {
  const { stage, placed, shown, heights, top } = column;
  const from = shown.get(moved);
  const height = heights.get(moved);
  const kept: Record<string, Position> = {};
  if (!from || height === undefined) return kept;
  // each card is settled at most once, so this ends; a card settled can move the ones stacked after it
  for (let round = 0; round <= stage.steps.length; round++) {
    const plan = planStageColumn(stage, { ...placed, ...kept, [moved]: to }, heights, top);
    let settled = false;
    for (const { name } of stage.steps) {
      const at = shown.get(name);
      const h = heights.get(name);
      if (name === moved || Object.hasOwn(kept, name) || !at || h === undefined || !sameColumn(at, to)) continue;
      const wasAbove = at.y < from.y;
      const middle = at.y + h / 2;
      const passed = wasAbove ? to.y < middle : to.y + height > middle;
      const wantAbove = wasAbove !== passed;
      if (plan.positions.get(name)!.y < to.y === wantAbove) continue;
      settled = true;
      if (!passed) kept[name] = at;
      else kept[name] = { x: at.x, y: wantAbove ? Math.max(top, to.y - h - G.STEP_GAP) : to.y + height + G.STEP_GAP };
    }
    if (!settled) break;
  }
  return kept;
}
