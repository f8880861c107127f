import { describe, expect, it } from 'vitest';
import { arrowMoved, isArrowKey } from './arrowMove';

const press = (key: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight', shift = false) => ({ key, shift });

describe('arrowMoved with Snap to grid on (20 px)', () => {
  // the tour's step: stage at (0, 0), the interactive step at (12, 186) — off the grid on both axes
  const step = { position: { x: 12, y: 186 }, parentAt: { x: 0, y: 0 } };

  it('→ moves a step off the grid to the next line right, and keeps its y', () => {
    expect(arrowMoved(press('ArrowRight'), step, 20)).toEqual({ x: 20, y: 186 });
  });

  it('→ on the grid moves one grid step; Shift four', () => {
    expect(arrowMoved(press('ArrowRight'), { ...step, position: { x: 20, y: 186 } }, 20)).toEqual({ x: 40, y: 186 });
    expect(arrowMoved(press('ArrowRight', true), { ...step, position: { x: 20, y: 186 } }, 20)).toEqual({ x: 100, y: 186 });
  });

  it('↑ and ↓ keep the x', () => {
    expect(arrowMoved(press('ArrowDown'), step, 20)).toEqual({ x: 12, y: 200 });
    expect(arrowMoved(press('ArrowUp'), step, 20)).toEqual({ x: 12, y: 180 });
    expect(arrowMoved(press('ArrowUp'), { ...step, position: { x: 12, y: 180 } }, 20)).toEqual({ x: 12, y: 160 });
  });

  it('snaps to the canvas grid, not the stage: a step in a stage at (5, 5)', () => {
    // canvas x 17 → 20, so 15 inside the stage
    expect(arrowMoved(press('ArrowRight'), { position: { x: 12, y: 46 }, parentAt: { x: 5, y: 5 } }, 20)).toEqual({ x: 15, y: 46 });
  });

  it('keeps a step inside its stage on the left and top', () => {
    expect(arrowMoved(press('ArrowLeft'), { position: { x: 3, y: 46 }, parentAt: { x: 40, y: 0 } }, 20)).toEqual({ x: 0, y: 46 });
    expect(arrowMoved(press('ArrowLeft', true), { position: { x: 12, y: 46 }, parentAt: { x: 0, y: 0 } }, 20)).toEqual({ x: 0, y: 46 });
  });

  it('lets a stage or a decision go anywhere, negative too', () => {
    expect(arrowMoved(press('ArrowLeft'), { position: { x: 5, y: 5 } }, 20)).toEqual({ x: 0, y: 5 });
    expect(arrowMoved(press('ArrowLeft'), { position: { x: 0, y: 5 } }, 20)).toEqual({ x: -20, y: 5 });
    expect(arrowMoved(press('ArrowUp'), { position: { x: 5, y: -5 } }, 20)).toEqual({ x: 5, y: -20 });
  });
});

describe('arrowMoved with Snap to grid off', () => {
  it('moves 5 px the way pressed, 20 with Shift, the other axis kept', () => {
    const decision = { position: { x: 13, y: 7 } };
    expect(arrowMoved(press('ArrowRight'), decision, null)).toEqual({ x: 18, y: 7 });
    expect(arrowMoved(press('ArrowLeft'), decision, null)).toEqual({ x: 8, y: 7 });
    expect(arrowMoved(press('ArrowDown', true), decision, null)).toEqual({ x: 13, y: 27 });
    expect(arrowMoved(press('ArrowUp'), decision, null)).toEqual({ x: 13, y: 2 });
  });
});

describe('isArrowKey', () => {
  it('knows the four arrows and nothing else', () => {
    expect(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'].every(isArrowKey)).toBe(true);
    expect(['Enter', 'Tab', 'Right', 'a', 'toString'].some(isArrowKey)).toBe(false);
  });
});
