/**
 * What dropping the element being dragged at a point would do, in the editor's words: the stage a
 * step card or a palette step would join, or why the drop would be refused. Read on every pointer
 * move of a drag (useNodeDrag.ts, useDropFromPalette.ts) so the canvas can outline that stage and
 * say it before the user lets go, instead of only after.
 */
import type { XYPosition } from '@xyflow/react';
import type { DropTarget } from '../store/createUiSlice';
import { stageAt } from './stageAt';
import type { DesignNode, NodeKind } from './types';

/** A palette step's kind with its article, as a sentence says it. */
const A_STEP: Record<'background' | 'interactive', string> = { background: 'a background step', interactive: 'an interactive step' };

function stageLabel(stage: DesignNode): string {
  return (stage.data as { label: string }).label;
}

/**
 * A step card dragged: another stage under the point is where it would move (and the waits the move
 * would drop, said by `dropped`: a sentence with its leading space, or ''); its own stage or the
 * empty canvas only moves the card.
 */
export function cardDropTarget(nodes: readonly DesignNode[], point: XYPosition, card: DesignNode, dropped: string): DropTarget | null {
  if (card.type !== 'step') return null;
  const stage = stageAt(nodes, point);
  if (!stage || stage.id === card.parentId) return null;
  return { stage: stage.id, text: `Drop to move “${card.data.label}” to stage “${stageLabel(stage)}”.${dropped}` };
}

/** A palette item dragged: a step joins the stage under the point, and is refused outside one. */
export function paletteDropTarget(nodes: readonly DesignNode[], point: XYPosition, kind: NodeKind): DropTarget | null {
  if (kind !== 'background' && kind !== 'interactive') return null;
  const stage = stageAt(nodes, point);
  const what = A_STEP[kind];
  if (!stage) return { stage: null, text: `${what[0]!.toUpperCase()}${what.slice(1)} goes inside a stage: drop it on one.` };
  return { stage: stage.id, text: `Drop to add ${what} to stage “${stageLabel(stage)}”.` };
}
