/**
 * Tidy up: auto-layout with elkjs (loaded on first use). Inside each stage, steps are layered by
 * predecessor depth (layers are columns, left to right); stages and decisions follow the run order
 * left to right. Returns a complete `layout` (step positions relative to their stage).
 */
import { runOrder } from '../../commands/queries';
import type { Orchestration, Position, Stage } from '../../model/types';
import * as G from '../geometry';

import type { ELK as Elk, ElkNode } from 'elkjs/lib/elk-api';

let elkPromise: Promise<Elk> | null = null;

function loadElk(): Promise<Elk> {
  elkPromise ??= import('elkjs/lib/elk.bundled.js').then(({ default: ELK }) => new ELK());
  return elkPromise;
}

async function layoutStage(elk: Elk, stage: Stage): Promise<ElkNode> {
  const names = new Set(stage.steps.map((s) => s.name));
  return elk.layout({
    id: stage.name,
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.spacing.nodeNode': String(G.STEP_GAP),
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.padding': `[top=${G.STAGE_HEADER},left=${G.STAGE_PADDING},bottom=${G.STAGE_PADDING},right=${G.STAGE_PADDING}]`,
      'elk.layered.nodePlacement.strategy': 'SIMPLE',
    },
    children: stage.steps.map((s) => ({ id: s.name, width: G.STEP_WIDTH, height: G.STEP_HEIGHT })),
    edges: stage.steps
      .filter((s) => s.start?.mode === 'stepCompleted' && names.has(s.start.step))
      .map((s) => ({ id: `pred:${s.name}`, sources: [s.start?.mode === 'stepCompleted' ? s.start.step : ''], targets: [s.name] })),
  });
}

/** A tidy layout for `doc`. */
export async function computeTidyLayout(doc: Orchestration): Promise<Record<string, Position>> {
  const elk = await loadElk();
  const results = await Promise.all(doc.stages.map((s) => layoutStage(elk, s)));
  const layout: Record<string, Position> = {};
  const widths = new Map<string, number>();
  results.forEach((result, i) => {
    const stage = doc.stages[i]!;
    widths.set(stage.name, Math.max(G.STAGE_MIN_WIDTH, Math.round(result.width ?? 0)));
    for (const child of result.children ?? []) {
      layout[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
    }
  });
  let x = 0;
  for (const name of runOrder(doc)) {
    const isStage = widths.has(name);
    layout[name] = { x, y: isStage ? 0 : 20 };
    x += (isStage ? widths.get(name)! : G.DECISION_SIZE) + G.STAGE_GAP;
  }
  return layout;
}
