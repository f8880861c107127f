/**
 * Where stages and decisions go. Each element is put in a column by how far it is from the start
 * along the run's connectors (breadth first: `next`, fault paths, decision outcomes, default), so a
 * decision's branches stand one above the other; columns run left to right and wrap into rows so
 * that the whole design fits the reference pane as large as it can — designs grow downward as well
 * as right. Elements the user placed keep their place; the others keep clear of them.
 */
import type { Orchestration, Position } from '../../model/types';
import * as G from '../geometry';

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  x: number;
  y: number;
  /** The row of the automatic arrangement the element is in (null when the user placed it). */
  row: number | null;
}

export interface Arrangement {
  boxes: Map<string, Box>;
  /** Top of each row of the automatic arrangement (for connectors that wrap to another row). */
  rowTops: number[];
}

/**
 * The elements each element leads to along the main path, in the order a run meets them (`next`,
 * outcomes, default), and where each stage's fault path goes.
 */
function successorMaps(doc: Orchestration): { main: Map<string, string[]>; fault: Map<string, string> } {
  const main = new Map<string, string[]>();
  const fault = new Map<string, string>();
  for (const s of doc.stages) {
    main.set(s.name, s.next ? [s.next] : []);
    if (s.faultNext) fault.set(s.name, s.faultNext);
  }
  for (const d of doc.decisions ?? []) main.set(d.name, [...d.outcomes.map((o) => o.next), d.defaultNext].filter((n): n is string => !!n));
  return { main, fault };
}

/**
 * Columns of element names: breadth first from the start along the main path; then what only a
 * fault path reaches (a recovery stage goes after the main path, not in the middle of it); then
 * each element nothing reaches, in document order.
 */
export function columnsOf(doc: Orchestration): string[][] {
  const { main, fault } = successorMaps(doc);
  const layer = new Map<string, number>();
  const columns: string[][] = [];
  const visited: string[] = [];
  const reach = (root: string, first: number) => {
    if (!main.has(root) || layer.has(root)) return;
    layer.set(root, first);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const name = queue[head]!;
      const l = layer.get(name)!;
      (columns[l] ??= []).push(name);
      visited.push(name);
      for (const target of main.get(name) ?? []) {
        if (!main.has(target) || layer.has(target)) continue;
        layer.set(target, l + 1);
        queue.push(target);
      }
    }
  };
  const start = doc.start ?? doc.stages[0]?.name;
  if (start) reach(start, 0);
  for (let i = 0; i < visited.length; i++) {
    const target = fault.get(visited[i]!);
    if (target) reach(target, columns.length);
  }
  for (const name of main.keys()) reach(name, columns.length);
  return columns;
}

interface Column {
  names: string[];
  width: number;
  height: number;
  /** Room to the next column: wider after a decision, whose connectors carry outcome names. */
  gapAfter: number;
}

function measureColumns(columns: string[][], sizes: ReadonlyMap<string, Size>, decisions: ReadonlySet<string>): Column[] {
  return columns.map((names) => {
    let width = 0;
    let height = -G.STACK_GAP;
    for (const n of names) {
      const s = sizes.get(n)!;
      width = Math.max(width, s.width);
      height += s.height + G.STACK_GAP;
    }
    return { names, width, height, gapAfter: names.some((n) => decisions.has(n)) ? G.LABELLED_GAP : G.COLUMN_GAP };
  });
}

/** Width of a row of columns. */
const rowWidth = (row: readonly Column[]) => row.reduce((w, c, i) => w + c.width + (i < row.length - 1 ? c.gapAfter : 0), 0);

/** Splits columns into rows of `perRow`, with the size of the whole. */
function wrap(columns: Column[], perRow: number): { rows: Column[][]; width: number; height: number } {
  const rows: Column[][] = [];
  for (let i = 0; i < columns.length; i += perRow) rows.push(columns.slice(i, i + perRow));
  let width = 0;
  let height = -G.ROW_GAP;
  for (const row of rows) {
    width = Math.max(width, rowWidth(row));
    height += Math.max(...row.map((c) => c.height)) + G.ROW_GAP;
  }
  return { rows, width, height };
}

/** How many columns per row let the design fit the reference pane at the largest zoom (≤ 100%). */
function bestPerRow(columns: Column[]): number {
  let best = Math.max(1, columns.length);
  let bestZoom = -1;
  for (let k = columns.length; k >= 1; k--) {
    const { width, height } = wrap(columns, k);
    const zoom = Math.min(1, G.REFERENCE_PANE.width / Math.max(width, 1), G.REFERENCE_PANE.height / Math.max(height, 1));
    if (zoom > bestZoom + 1e-9) {
      bestZoom = zoom;
      best = k;
    }
  }
  return best;
}

const MARGIN = 40;
const collide = (a: Box, b: Box) => a.x < b.x + b.width + MARGIN && b.x < a.x + a.width + MARGIN && a.y < b.y + b.height + MARGIN && b.y < a.y + a.height + MARGIN;

/** Boxes of every stage and decision: `placed` positions win, the rest follow the arrangement. */
export function arrange(doc: Orchestration, sizes: ReadonlyMap<string, Size>, placed: Readonly<Record<string, Position>>): Arrangement {
  const columns = measureColumns(columnsOf(doc), sizes, new Set((doc.decisions ?? []).map((d) => d.name)));
  const { rows } = wrap(columns, bestPerRow(columns));
  const boxes = new Map<string, Box>();
  const rowTops: number[] = [];
  let top = 0;
  rows.forEach((row, r) => {
    rowTops.push(top);
    let x = 0;
    for (const column of row) {
      let y = top;
      for (const name of column.names) {
        const size = sizes.get(name)!;
        boxes.set(name, { x, y, ...size, row: r });
        y += size.height + G.STACK_GAP;
      }
      x += column.width + column.gapAfter;
    }
    top += Math.max(...row.map((c) => c.height)) + G.ROW_GAP;
  });
  const fixed: Box[] = [];
  for (const [name, box] of boxes) {
    const at = Object.hasOwn(placed, name) ? placed[name] : undefined;
    if (!at) continue;
    const own: Box = { ...box, x: at.x, y: at.y, row: null };
    boxes.set(name, own);
    fixed.push(own);
  }
  if (fixed.length) {
    // Keep the others clear of what the user placed: move them right past anything they would cover.
    for (const box of boxes.values()) {
      if (box.row === null) continue;
      for (let blocker = fixed.find((f) => f !== box && collide(f, box)); blocker; blocker = fixed.find((f) => f !== box && collide(f, box))) {
        box.x = blocker.x + blocker.width + MARGIN;
        box.row = null;
      }
      fixed.push(box);
    }
  }
  return { boxes, rowTops };
}
