/** Where a connector's label box goes (ConnectorEdge.tsx draws it there). */
import { stackedLabelTop } from '../labelStacks';
import type { LabelStack } from '../types';

/**
 * Where a connector's label goes: its point, and whether the label is centred on it, starts at it,
 * or ends at it with its bottom just above it (a label over the connector's last run); a label in a
 * stack has its top at the point, starting at it or centred under it (`leftTop`, `centreTop`).
 */
export type LabelPlace = { x: number; y: number; from: 'centre' | 'left' | 'end' | 'leftTop' | 'centreTop' };

/**
 * The label of a connector that wraps to another row sits on the run out of its source, beside the
 * decision it names an outcome of: the middle of the run along the gap is shared by every connector
 * crossing that gap, so two labels there would lie on each other ("Default" under "Reopened"). Out
 * of a right handle it starts just right of the line (the column gap after a decision is kept wide
 * for it), so it does not cover the decision; out of a bottom handle it is centred on the line.
 * Several labels out of one handle are stacked down that run (`stack`, labelStacks.ts): halfway
 * down it they lay 4 px apart, as their lanes are 8 px apart.
 */
export function wrappedLabelPlace(right: boolean, out: { x: number; y: number }, centerY: number, stack: LabelStack | undefined): LabelPlace {
  const x = right ? out.x + 4 : out.x;
  if (stack) return { x, y: stackedLabelTop(out.y, stack), from: right ? 'leftTop' : 'centreTop' };
  return { x, y: (out.y + centerY) / 2, from: right ? 'left' : 'centre' };
}
