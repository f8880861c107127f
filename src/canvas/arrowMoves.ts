/**
 * A keyboard move of the selection, placed by the canvas: React Flow's change says which nodes
 * move; where each goes is worked out from its place before the key (arrowMove.ts), and an ↑ or ↓
 * on a step alone in its stage keeps the stage's order unless the card passes another
 * (arrowOrder.ts).
 */
import type { NodeChange, NodePositionChange } from '@xyflow/react';
import { currentLayout } from '../model/layoutVersion';
import type { Orchestration, Position } from '../model/types';
import { arrowMoved, type ArrowPress } from './arrowMove';
import { orderKeptBy } from './arrowOrder';
import { GRID, STAGE_PAD } from './geometry';
import { stageHeader } from './layout/stagePlan';
import type { DesignNode, StageNode } from './types';

export interface ArrowMoves {
  changes: NodeChange<DesignNode>[];
  /** Other cards of a moved step's stage recorded where arrowOrder.ts keeps or puts them. */
  kept: Record<string, Position>;
}

const isKeyMove = (c: NodeChange<DesignNode>): c is NodePositionChange => c.type === 'position' && !!c.position && !c.dragging;

export function arrowMoves(changes: NodeChange<DesignNode>[], press: ArrowPress, nodes: readonly DesignNode[], doc: Orchestration, snap: boolean): ArrowMoves {
  const moved = new Set(changes.filter(isKeyMove).map((c) => c.id));
  if (!moved.size) return { changes, kept: {} };
  // the moved nodes and their stages: a grid line is a line of the canvas, not of the stage
  const wanted = new Set(moved);
  for (const n of nodes) if (n.parentId && moved.has(n.id)) wanted.add(n.parentId);
  const byId = new Map(nodes.filter((n) => wanted.has(n.id)).map((n) => [n.id, n]));
  const grid = snap ? GRID : null;
  const placed = changes.map((c) => {
    const node = isKeyMove(c) ? byId.get(c.id) : undefined;
    if (!node) return c;
    // a step whose stage moves too (Ctrl+A) goes with its stage, keeping its place in it
    if (node.parentId && moved.has(node.parentId)) return { ...c, position: node.position };
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    return { ...c, position: arrowMoved(press, { position: node.position, parentAt: parent?.position }, grid) };
  });
  const vertical = press.key === 'ArrowUp' || press.key === 'ArrowDown';
  return { changes: placed, kept: vertical ? keptOrders(placed, moved, byId, nodes, doc) : {} };
}

/** For each step moved alone in its stage, the other cards arrowOrder.ts records. */
function keptOrders(changes: NodeChange<DesignNode>[], moved: ReadonlySet<string>, byId: ReadonlyMap<string, DesignNode>, nodes: readonly DesignNode[], doc: Orchestration): Record<string, Position> {
  const movedPerStage = new Map<string, number>();
  for (const name of moved) {
    const parent = byId.get(name)?.parentId;
    if (parent) movedPerStage.set(parent, (movedPerStage.get(parent) ?? 0) + 1);
  }
  const kept: Record<string, Position> = {};
  for (const c of changes) {
    if (!isKeyMove(c)) continue;
    const stageName = byId.get(c.id)?.parentId;
    const stageNode = stageName ? byId.get(stageName) : undefined;
    const stage = doc.stages.find((s) => s.name === stageName);
    if (!stageName || moved.has(stageName) || movedPerStage.get(stageName) !== 1 || stageNode?.type !== 'stage' || !stage) continue;
    const cards = nodes.filter((n) => n.parentId === stageName);
    const layout = currentLayout(doc);
    const names = new Set(stage.steps.map((s) => s.name));
    const keptHere = orderKeptBy({
      stage,
      placed: Object.fromEntries(Object.entries(layout).filter(([name]) => names.has(name))),
      shown: new Map(cards.map((n) => [n.id, n.position])),
      heights: new Map(cards.map((n) => [n.id, n.height ?? 0])),
      top: columnTop(stageNode),
    }, c.id, c.position!);
    for (const [name, at] of Object.entries(keptHere)) kept[name] = { x: Math.round(at.x), y: Math.round(at.y) };
  }
  return kept;
}

const columnTop = (stage: StageNode) => stageHeader(stage.data) + STAGE_PAD;
