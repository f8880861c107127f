import { describe, expect, it } from 'vitest';
import { decision, orchestration, stage } from '../model/testing/fixtures';
import type { Orchestration } from '../model/types';
import { wrappedLabelPlace } from './edges/labelPlace';
import { EDGE_LABEL_WIDTH } from './geometry';
import { edgeLabelHeight, STACK_CLEAR } from './labelStacks';
import { toFlowEdges, type EdgeGeometry } from './toFlowEdges';
import { toFlowElements } from './toFlowElements';
import type { DesignEdge } from './types';

/** Triage, then Route, whose outcomes go to Escalate and Resolve, its default path to Resolve. */
const triage = (outcomes: [string, string][] = [['Urgent', 'Escalate'], ['Routine request from a customer', 'Resolve']]): Orchestration => orchestration({
  start: 'Triage',
  stages: [stage('Triage', undefined, { next: 'Route' }), stage('Escalate'), stage('Resolve')],
  decisions: [decision('Route', { outcomes: outcomes.map(([label, next], i) => ({ name: `o${i}`, label, next, logic: 'and', requirements: [] })), defaultNext: 'Resolve' })],
});

interface Box { id: string; top: number; bottom: number; left: number; right: number }

/**
 * The label boxes of `edges` that wrap to another row, as ConnectorEdge places them, for a decision
 * whose right handle is at (0, outY) and whose bottom handle is at (-75, outY + 40).
 */
function wrappedBoxes(edges: DesignEdge[], outY: number): Box[] {
  return edges.filter((e) => e.label && e.data?.centerY !== undefined).map((e) => {
    const right = e.sourceHandle !== 'default';
    const out = right ? { x: 16, y: outY } : { x: -75, y: outY + 40 + 16 };
    const place = wrappedLabelPlace(right, out, e.data!.centerY!, e.data!.labelStack);
    const height = edgeLabelHeight(e.data!.labelLines ?? [String(e.label)]);
    const width = EDGE_LABEL_WIDTH;
    const top = place.from.endsWith('Top') ? place.y : place.y - height / 2;
    const left = place.from.startsWith('left') ? place.x : place.x - width / 2;
    return { id: e.id, top, bottom: top + height, left, right: left + width };
  });
}

const intersect = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function expectApart(boxes: Box[]): void {
  for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(intersect(a, b), `${a.id} on ${b.id}`).toBe(false);
}

/** Every connector out of Route wraps to the row below, at y 300 (its lanes 8 px apart from there). */
const nextRow: EdgeGeometry = { centerY: (source) => (source === 'Route' ? 300 : undefined), predecessorSide: () => undefined };

describe('labels of a decision\'s outcomes to different stages on the next row', () => {
  it('are stacked down the run out of the decision, in the order of their lanes, none on another', () => {
    const edges = toFlowEdges(triage(), nextRow);
    const boxes = wrappedBoxes(edges, 100);
    expect(boxes.map((b) => b.id)).toEqual(['outcome:Route:o0', 'outcome:Route:o1', 'default:Route']);
    expectApart(boxes);
    const [urgent, routine] = boxes;
    expect(urgent!.bottom).toBeLessThan(routine!.top); // the first lane's label on top
    // each stays by its run: below the handle, above the first lane
    for (const b of [urgent!, routine!]) {
      expect(b.top).toBeGreaterThan(100);
      expect(b.bottom).toBeLessThanOrEqual(300 - STACK_CLEAR);
    }
  });

  it('as the arrangement draws Triage → decision → two stages (real lanes and handle heights)', () => {
    const { nodes, edges } = toFlowElements(triage());
    const route = nodes.find((n) => n.id === 'Route')!;
    const outY = route.position.y + (route.height ?? route.measured?.height ?? 60) / 2;
    expect(edges.filter((e) => e.source === 'Route' && e.data?.centerY !== undefined)).toHaveLength(3); // both stages are on a row below
    expectApart(wrappedBoxes(edges, outY));
  });

  it('a run too short for the stack lifts it clear of the first lane', () => {
    const edges = toFlowEdges(triage([['Urgent', 'Escalate'], ['A name long enough to wrap onto three lines of its box', 'Resolve']]), nextRow);
    const boxes = wrappedBoxes(edges, 270);
    expectApart(boxes);
    expect(Math.max(...boxes.slice(0, 2).map((b) => b.bottom))).toBe(300 - STACK_CLEAR);
  });

  it('a label alone out of its handle keeps its place halfway down the run', () => {
    const edges = toFlowEdges(triage([['Urgent', 'Escalate']]), nextRow);
    expect(edges.find((e) => e.id === 'outcome:Route:o0')?.data?.labelStack).toBeUndefined();
  });
});

describe('a label box\'s height (edgeLabelHeight)', () => {
  it('is a 21 px line for each line its text wraps to, and 2 px of padding; a shared label adds a rule between outcomes', () => {
    expect(edgeLabelHeight(['Urgent'])).toBe(23);
    expect(edgeLabelHeight(['Routine request from a customer'])).toBe(44);
    expect(edgeLabelHeight(['Completed', 'Closed'])).toBe(45);
  });
});
