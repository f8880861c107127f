import { describe, expect, it } from 'vitest';
import { frameOf } from './designFrame';
import { LABELLED_GAP } from './geometry';
import type { DesignNode } from './types';

const box = (id: string, type: 'stage' | 'decision', x: number, width: number, height: number) =>
  ({ id, type, position: { x, y: 0 }, width, height, data: {} }) as unknown as DesignNode;

describe('frameOf', () => {
  it('keeps the room right of a decision in the last column in view, where its outcome names are written', () => {
    // given a stage, then a decision in the last column (CaseLifecycle's "Was Reopened?")
    const nodes = [box('Work', 'stage', 0, 256, 300), box('Was_Reopened', 'decision', 304, 150, 60)];
    const pane = { width: 688, height: 751 };
    for (const mode of ['open', 'all'] as const) {
      // when
      const view = frameOf(mode, nodes, pane)!;
      // then the gap after the decision ends inside the pane, and so does the stage's left edge
      expect(view.x + (304 + 150 + LABELLED_GAP) * view.zoom).toBeLessThanOrEqual(pane.width);
      expect(view.x).toBeGreaterThanOrEqual(0);
    }
  });

  it('frames a design without decisions by its elements alone', () => {
    const view = frameOf('all', [box('A', 'stage', 0, 256, 300)], { width: 688, height: 751 })!;
    expect(view.x).toBe((688 - 256) / 2);
  });
});
