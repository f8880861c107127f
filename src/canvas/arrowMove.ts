/**
 * An arrow key on a selected node moves it along that key's axis only (docs/editor.md, "Arrow keys
 * move along their axis"). React Flow's own keyboard move, with Snap to grid on, snapped the new
 * place on both axes: → on a step 6 px off the grid also lifted it 6 px, into the 24 px the stage
 * keeps between stacked cards, and the card above was restacked below it. It also stopped a step
 * at its stage's right side as drawn, so the first → moved it 12 px and the next 16. The canvas
 * computes the move itself from the node's place before the key:
 * - Snap to grid on: to the next grid line that way (the grid is the canvas's, as a drag snaps to
 *   it), so a card on the grid moves one grid step and a card off it lands on the grid;
 * - Snap to grid off: 5 px;
 * - Shift: four times as far (React Flow's keys);
 * - a step stays inside its stage on the left and top (its stage grows to the right and down).
 */
import type { Position } from '../model/types';

export type ArrowKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

const DIRECTION: Record<ArrowKey, { axis: 'x' | 'y'; sign: 1 | -1 }> = {
  ArrowLeft: { axis: 'x', sign: -1 },
  ArrowRight: { axis: 'x', sign: 1 },
  ArrowUp: { axis: 'y', sign: -1 },
  ArrowDown: { axis: 'y', sign: 1 },
};

/** How far one press moves with Snap to grid off (React Flow's step). */
export const FREE_STEP = 5;
/** Shift moves this many steps at once. */
export const SHIFT_FACTOR = 4;

export function isArrowKey(key: string): key is ArrowKey {
  return Object.hasOwn(DIRECTION, key);
}

export interface ArrowPress {
  key: ArrowKey;
  shift: boolean;
}

export interface NodePlace {
  /** Relative to the parent (a step: its stage), as React Flow and the layout keep it. */
  position: Position;
  /** The parent's place on the canvas; absent for a stage or a decision. */
  parentAt?: Position;
}

/**
 * Where `press` moves a node from `place`: the axis not pressed unchanged; on the pressed axis
 * `grid` px to the next grid line (canvas coordinates) when snapping, else FREE_STEP px.
 */
export function arrowMoved(press: ArrowPress, place: NodePlace, grid: number | null): Position {
  const { axis, sign } = DIRECTION[press.key];
  const factor = press.shift ? SHIFT_FACTOR : 1;
  const offset = place.parentAt?.[axis] ?? 0;
  const from = place.position[axis] + offset;
  let to: number;
  if (grid) {
    // the next line strictly beyond `from` that way, then whole grid steps
    const line = sign > 0 ? Math.floor(from / grid) * grid + grid : Math.ceil(from / grid) * grid - grid;
    to = line + sign * grid * (factor - 1);
  } else to = from + sign * FREE_STEP * factor;
  let value = to - offset;
  if (place.parentAt) value = Math.max(0, value);
  return { ...place.position, [axis]: value };
}
