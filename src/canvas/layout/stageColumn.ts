/**
 * A stage is a column of step cards, as in Salesforce's Orchestration Builder. Cards are stacked in
 * an order that puts each step right under the step it waits for (a predecessor chain reads top
 * down), otherwise in declared order. A card the user placed keeps its place (that is how steps
 * come to stand side by side); the others stack in the column around it.
 */
import type { Position, Stage } from '../../model/types';
import * as G from '../geometry';

export interface StageColumn {
  /** Card positions relative to the stage. */
  positions: Map<string, Position>;
  width: number;
  height: number;
}

/** Steps in stacking order: depth first along predecessor links, roots in declared order. */
export function stackOrder(stage: Stage): string[] {
  const names = new Set(stage.steps.map((s) => s.name));
  const after = new Map<string, string[]>();
  const roots: string[] = [];
  for (const step of stage.steps) {
    const pred = step.start?.mode === 'stepCompleted' ? step.start.step : null;
    if (pred && pred !== step.name && names.has(pred)) {
      const list = after.get(pred) ?? [];
      list.push(step.name);
      after.set(pred, list);
    } else roots.push(step.name);
  }
  const order: string[] = [];
  const seen = new Set<string>();
  const visit = (name: string) => {
    const stack = [name];
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      order.push(next);
      const children = after.get(next);
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  };
  for (const root of roots) visit(root);
  // Steps on a predecessor cycle (an invalid design) still get a place.
  for (const step of stage.steps) visit(step.name);
  return order;
}

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h + G.STEP_GAP && b.y < a.y + a.h + G.STEP_GAP;

/**
 * Places the steps of `stage`: `placed` holds the positions the user gave (relative to the stage),
 * `heights` each card's height, `top` where the first card goes (below the header).
 */
export function planStageColumn(stage: Stage, placed: Readonly<Record<string, Position>>, heights: ReadonlyMap<string, number>, top: number): StageColumn {
  const positions = new Map<string, Position>();
  const fixed: Rect[] = [];
  let right = G.STAGE_WIDTH;
  let bottom = top;
  for (const step of stage.steps) {
    const at = Object.hasOwn(placed, step.name) ? placed[step.name] : undefined;
    if (!at) continue;
    const rect = { x: at.x, y: Math.max(at.y, top), w: G.STEP_WIDTH, h: heights.get(step.name) ?? 0 };
    positions.set(step.name, { x: rect.x, y: rect.y });
    fixed.push(rect);
    right = Math.max(right, rect.x + G.STEP_WIDTH + G.STAGE_PAD);
    bottom = Math.max(bottom, rect.y + rect.h + G.STEP_GAP);
  }
  let y = top;
  for (const name of stackOrder(stage)) {
    if (positions.has(name)) continue;
    const rect = { x: G.STAGE_PAD, y, w: G.STEP_WIDTH, h: heights.get(name) ?? 0 };
    for (let blocker = fixed.find((f) => overlaps(f, rect)); blocker; blocker = fixed.find((f) => overlaps(f, rect))) {
      rect.y = blocker.y + blocker.h + G.STEP_GAP;
    }
    positions.set(name, { x: rect.x, y: rect.y });
    y = rect.y + rect.h + G.STEP_GAP;
    bottom = Math.max(bottom, y);
  }
  const height = Math.max(G.STAGE_MIN_HEIGHT, bottom - (stage.steps.length ? G.STEP_GAP : 0) + G.STAGE_PAD);
  return { positions, width: right, height };
}
