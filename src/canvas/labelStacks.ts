/**
 * Labels of a decision's connectors that wrap to the next row, stacked down their way out of it.
 * Those connectors leave by one handle and run down one line to the gap between the rows, where
 * each turns into its own lane (toFlowEdges.ts separateLanes), 8 px below the one before; their
 * labels sat halfway down that line, so labels of outcomes to different stages lay 4 px apart, one
 * on the other ("Urgent" under "Routine request" out of Triage's decision at 1280×800). They are now
 * stacked, in the order of their lanes (the label on top names the connector that turns off first),
 * each as tall as its lines, and the stack kept above the first lane (`stackedLabelTop`).
 */
import { EDGE_LABEL_WIDTH } from './geometry';
import { lineCount, type Font } from './layout/textMetrics';
import type { DesignEdge, LabelStack } from './types';

/** canvas.css `.edge-label`: 17 px Arial on 21 px lines, 1 px padding above and below. */
const EDGE_LABEL_FONT: Font = { size: 17, bold: false };
const EDGE_LABEL_LINE = 21;
const EDGE_LABEL_PAD_Y = 1;
/** `.edge-label-line + .edge-label-line`: the rule between the outcomes of a shared label. */
const SHARED_LINE_RULE = 1;
/** Between two labels of a stack. */
export const STACK_GAP = 4;
/** Between the stack's bottom and the first lane, where the connectors turn off the line. */
export const STACK_CLEAR = 4;

/**
 * How tall a connector's label box is drawn (px, flow): a line for every 136 px of its text, as the
 * box wraps it (lineCount errs towards one line too many, so a stack leaves room rather than overlap).
 */
export function edgeLabelHeight(lines: readonly string[]): number {
  let height = 2 * EDGE_LABEL_PAD_Y;
  for (const [i, line] of lines.entries()) height += lineCount(line, EDGE_LABEL_FONT, EDGE_LABEL_WIDTH) * EDGE_LABEL_LINE + (i > 0 ? SHARED_LINE_RULE : 0);
  return height;
}

/**
 * Gives each labelled connector that wraps to another row, when another such connector leaves by
 * the same handle, its place in their stack. Run after the lanes are set (separateLanes).
 */
export function stackWrappedLabels(edges: DesignEdge[]): void {
  const byHandle = new Map<string, DesignEdge[]>();
  for (const e of edges) {
    if (!e.label || e.data?.centerY === undefined) continue;
    const key = `${e.source}\u0000${e.sourceHandle ?? ''}`;
    const same = byHandle.get(key);
    if (same) same.push(e);
    else byHandle.set(key, [e]);
  }
  for (const same of byHandle.values()) {
    if (same.length < 2) continue;
    // in the order their lanes turn off the line, then as listed (sort is stable)
    const stacked = [...same].sort((a, b) => a.data!.centerY! - b.data!.centerY!);
    const heights = stacked.map((e) => edgeLabelHeight(e.data!.labelLines ?? [String(e.label)]));
    const height = heights.reduce((sum, h) => sum + h, 0) + STACK_GAP * (stacked.length - 1);
    const laneY = stacked[0]!.data!.centerY!;
    let offset = 0;
    for (const [i, e] of stacked.entries()) {
      e.data = { ...e.data!, labelStack: { offset, height, laneY } };
      offset += heights[i]! + STACK_GAP;
    }
  }
}

/**
 * Where the top of a stacked label goes, for a connector that leaves its source at `outY` and runs
 * down to the lanes: the stack is centred on that run down to the first lane, and lifted when that
 * would put its bottom within STACK_CLEAR of the lane (a short run): below it the lanes of the gap
 * run, and other connectors' along it.
 */
export function stackedLabelTop(outY: number, stack: LabelStack): number {
  const centred = (outY + stack.laneY) / 2 - stack.height / 2;
  return Math.min(centred, stack.laneY - STACK_CLEAR - stack.height) + stack.offset;
}
