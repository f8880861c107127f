/**
 * A big design's stages carry a sketch of their step cards (`data.overview`). Far out, or when a
 * stage is away from the view, its steps are not React Flow nodes (shownElements.ts) and the sketch
 * is what is seen: the sketch layer paints it (SketchLayer.tsx, sketchRects.ts), and an exported
 * picture draws it as one SVG path per colour (`sketchPaths`, sketchPicture.ts).
 */
import type { AnyStatus } from '../ui/statusStyles';
import type { DesignNode, StageNode, StepNode, StepSketch } from './types';

/** Last answer per stage node object, reused while its steps are the same objects (a drag moves one stage's). */
const memo = new WeakMap<StageNode, { steps: readonly StepNode[]; node: StageNode }>();

const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function sketch(step: StepNode): StepSketch {
  return { name: step.id, x: step.position.x, y: step.position.y, width: step.width ?? 0, height: step.height ?? 0, mode: step.data.mode, invalid: step.data.invalid };
}

function withOverview(stage: StageNode, steps: readonly StepNode[]): StageNode {
  const hit = memo.get(stage);
  if (hit && sameItems(hit.steps, steps)) return hit.node;
  const node: StageNode = { ...stage, data: { ...stage.data, overview: steps.map(sketch) } };
  memo.set(stage, { steps, node });
  return node;
}

/** `nodes` with every stage carrying the sketch of its steps (a stage object is reused while its steps are unchanged). */
export function withStageOverviews(nodes: readonly DesignNode[]): DesignNode[] {
  const byStage = new Map<string, StepNode[]>();
  for (const n of nodes) {
    if (n.type !== 'step' || n.parentId === undefined) continue;
    const list = byStage.get(n.parentId);
    if (list) list.push(n);
    else byStage.set(n.parentId, [n]);
  }
  return nodes.map((n) => (n.type === 'stage' ? withOverview(n, byStage.get(n.id) ?? []) : n));
}

/** What colours a sketched card: its status in a run, else its kind (an invalid card is red). */
export type SketchColour = AnyStatus | StepSketch['mode'] | 'invalid';

export interface SketchPath {
  colour: SketchColour;
  /** Closed rectangles in the stage's coordinates. */
  d: string;
  count: number;
}

/** In a run, a step's status by name (absent: not started); null outside a run. */
export type StatusOf = ((name: string) => AnyStatus | undefined) | null;

/** The colour of a sketched card: its status in a run (not started when it has none), else its kind (an invalid card red). */
export function cardColour(card: StepSketch, statusOf: StatusOf): SketchColour {
  if (statusOf) return statusOf(card.name) ?? 'NotStarted';
  return card.invalid ? 'invalid' : card.mode;
}

/** The sketch as one path per colour (`cardColour`), in order of first appearance. */
export function sketchPaths(overview: readonly StepSketch[], statusOf: StatusOf): SketchPath[] {
  const parts = new Map<SketchColour, string[]>();
  overview.forEach((s) => {
    const colour = cardColour(s, statusOf);
    const rect = `M${s.x},${s.y}h${s.width}v${s.height}h${-s.width}z`;
    const list = parts.get(colour);
    if (list) list.push(rect);
    else parts.set(colour, [rect]);
  });
  return [...parts].map(([colour, rects]) => ({ colour, d: rects.join(''), count: rects.length }));
}
