import { describe, expect, it } from 'vitest';
import { backgroundStep, decision, orchestration, stage } from '../model/testing/fixtures';
import type { Orchestration } from '../model/types';
import loan from '../../public/samples/loan-approval.json';
import { ARROWHEADS } from './edges/arrowheads';
import * as G from './geometry';
import { toFlowEdges, type EdgeGeometry } from './toFlowEdges';
import { toFlowElements } from './toFlowElements';

/** Route sends "Urgent" to Escalate, "Reopened" to Triage, its default to Work; Check sends "Again" to Work too. */
const doc = orchestration({
  stages: [stage('Triage', undefined, { next: 'Route' }), stage('Escalate'), stage('Work', undefined, { faultNext: 'Escalate' })],
  decisions: [
    decision('Route', { outcomes: [{ name: 'Urgent', next: 'Escalate', requirements: [] }, { name: 'Reopened', next: 'Triage', requirements: [] }], defaultNext: 'Work' }),
    decision('Check', { outcomes: [{ name: 'Again', next: 'Work', requirements: [] }] }),
  ],
});

const atEnd = (geometry?: EdgeGeometry) => Object.fromEntries(toFlowEdges(doc, geometry).filter((e) => e.label).map((e) => [e.id, e.data?.labelAtEnd === true]));

describe('where a connector label sits (labelAtEnd)', () => {
  it('over the last run of a labelled connector that alone ends at its target; in the middle when another labelled connector ends there too', () => {
    expect(atEnd()).toEqual({
      'fault:Work': false, // Escalate also takes "Urgent"
      'outcome:Route:Urgent': false,
      'outcome:Route:Reopened': true,
      'default:Route': false, // Work also takes "Again"
      'outcome:Check:Again': false,
    });
  });

  it('never on a connector that wraps to another row (its last runs are shared down the row side)', () => {
    const wrapsToTriage: EdgeGeometry = { centerY: (_source, target) => (target === 'Triage' ? 500 : undefined), predecessorSide: () => undefined };
    expect(atEnd(wrapsToTriage)['outcome:Route:Reopened']).toBe(false);
  });

  it('unlabelled connectors (next) carry no placement', () => {
    expect(toFlowEdges(doc).find((e) => e.id === 'next:Triage')?.data?.labelAtEnd).toBeUndefined();
  });
});

describe('the default connector\'s label', () => {
  const labelOf = (extensions: unknown) => toFlowEdges(orchestration({
    stages: [stage('Triage', undefined, { next: 'Route' }), stage('Work')],
    decisions: [decision('Route', { defaultNext: 'Work', ...(extensions === undefined ? {} : { extensions }) } as Parameters<typeof decision>[1])],
  })).find((e) => e.id === 'default:Route')?.label;

  it('is the name Flow Builder gave the default path (<defaultConnectorLabel>, kept from the file), as Flow Builder shows it', () => {
    expect(labelOf([{ kind: 'xmlElement', element: { tag: 'defaultConnectorLabel', text: 'User Didn\'t Respond' } }])).toBe('User Didn\'t Respond');
  });

  it('is "Default" when the file gave none, or something that is not a name', () => {
    expect(labelOf(undefined)).toBe('Default');
    expect(labelOf([{ kind: 'xmlElement', element: { tag: 'defaultConnectorLabel', text: '  ' } }])).toBe('Default');
    expect(labelOf([{ kind: 'xmlElement', element: { tag: 'locationX', text: '176' } }, 'stray'])).toBe('Default');
  });

  it('is cut to 80 characters, with an ellipsis', () => {
    expect(labelOf([{ kind: 'xmlElement', element: { tag: 'defaultConnectorLabel', text: 'x'.repeat(200) } }])).toHaveLength(80);
  });
});

describe('connector names (what a screen reader says of a focused connector)', () => {
  const named = orchestration({
    stages: [
      stage('Intake', [backgroundStep('Check', { label: 'Credit check' }), backgroundStep('Call', { label: 'Officer call', start: { mode: 'stepCompleted', step: 'Check' } })], { label: 'Intake checks', next: 'Route', faultNext: 'Recovery' }),
      stage('Underwriting'),
      stage('Recovery', undefined, { label: 'Manual recovery' }),
    ],
    decisions: [decision('Route', { label: 'Large loan?', outcomes: [{ name: 'Large', label: 'Large loan', next: 'Underwriting', requirements: [] }], defaultNext: 'Recovery' })],
  });
  const names = Object.fromEntries(toFlowEdges(named).map((e) => [e.id, e.ariaLabel]));

  it('names each connector by labels and says what it is (React Flow said "Edge from Intake to Route", by API names)', () => {
    expect(names).toEqual({
      'next:Intake': 'Connector from “Intake checks” to “Large loan?”',
      'fault:Intake': 'Fault path from “Intake checks” to “Manual recovery”',
      'pred:Call': '“Officer call” waits for “Credit check”',
      'outcome:Route:Large': '“Large loan?”, outcome “Large loan”, to “Underwriting”',
      'default:Route': '“Large loan?”, default path, to “Manual recovery”',
    });
  });
});

describe('arrowheads (edges/arrowheads.ts)', () => {
  it('are named by the id of the canvas\'s own markers: React Flow sorts marker objects with localeCompare, whose first call starts ICU cold (8–12 ms at opening)', () => {
    const withPredecessor = orchestration({ stages: [stage('Triage', [backgroundStep('A'), backgroundStep('B', { start: { mode: 'stepCompleted', step: 'A' } })], { next: 'Route' }), ...doc.stages.slice(1)], decisions: doc.decisions });
    const edges = toFlowEdges(withPredecessor);
    const ids = new Set<unknown>(Object.values(ARROWHEADS).map((a) => a.id));
    expect(new Set(edges.map((e) => e.type))).toEqual(new Set(['connector', 'predecessor']));
    for (const edge of edges) expect(ids.has(edge.markerEnd)).toBe(true);
    expect(edges.find((e) => e.id === 'fault:Work')?.markerEnd).toBe(ARROWHEADS.fault.id);
    expect(edges.find((e) => e.type === 'predecessor')?.markerEnd).toBe(ARROWHEADS.predecessor.id);
  });
});

describe('connectors that wrap to another row', () => {
  it('run along the gap in a lane for each target, below its middle and clear of the next row (loan approval: the fault path from Intake checks to Manual recovery, the next connectors to Funding)', () => {
    // given
    const { nodes, edges } = toFlowElements(loan as unknown as Orchestration);
    const wrapped = edges.filter((e) => e.data?.centerY !== undefined);
    const lane = (id: string) => wrapped.find((e) => e.id === id)!.data!.centerY!;
    // then: the three cross one gap; the two into Funding share a lane, 8 px below the fault path's
    expect(wrapped.map((e) => e.id).sort()).toEqual(['fault:Intake', 'next:Auto_Approval', 'next:Underwriting']);
    expect(lane('next:Auto_Approval')).toBe(lane('next:Underwriting'));
    expect(lane('next:Auto_Approval') - lane('fault:Intake')).toBe(8);
    // the first keeps the gap's middle (28 px above the next row), the other is still 8 px or more above the row
    const nextRowTop = Math.min(...nodes.filter((n) => !n.parentId && n.position.y > lane('fault:Intake')).map((n) => n.position.y));
    expect(nextRowTop - lane('fault:Intake')).toBe(G.ROW_GAP / 2);
    expect(nextRowTop - lane('next:Auto_Approval')).toBeGreaterThanOrEqual(8);
  });

  it('many targets in one gap are spread over the room below its middle, never past it', () => {
    const wraps: EdgeGeometry = { centerY: (source) => (source.startsWith('S') ? 500 : undefined), predecessorSide: () => undefined };
    const many = orchestration({ stages: ['S1', 'S2', 'S3', 'S4', 'S5', 'S6'].map((name, i, all) => stage(name, undefined, i + 1 < all.length ? { next: all[i + 1] } : {})) });
    const lanes = toFlowEdges(many, wraps).map((e) => e.data!.centerY!);
    expect(lanes).toEqual([500, 505, 510, 515, 520]);
  });
});

describe('outcomes that go to one stage (Colatabajonies\' AIM: "Completed" and "Closed" to its Closure stage)', () => {
  /** Check sends "Completed", "Closed" and "Cancelled" to Closure, "Open" to Work; its default goes to Closure or Work. */
  const sharing = (defaultNext: string) => toFlowEdges(orchestration({
    stages: [stage('Triage', undefined, { next: 'Check' }), stage('Work'), stage('Closure')],
    decisions: [decision('Check', {
      outcomes: [
        { name: 'isCompleted', label: 'Completed', next: 'Closure', requirements: [] },
        { name: 'isOpen', label: 'Open', next: 'Work', requirements: [] },
        { name: 'isClosed', label: 'Closed', next: 'Closure', requirements: [] },
        { name: 'isCancelled', label: 'Cancelled', next: 'Closure', requirements: [] },
      ],
      defaultNext,
    })],
  }));
  const drawn = (edges: ReturnType<typeof toFlowEdges>) => edges.filter((e) => e.label).map((e) => ({ id: e.id, label: e.label, lines: e.data?.labelLines, atEnd: e.data?.labelAtEnd === true }));

  it('share one label that names each of them on its own line, in the decision\'s order (before: three labels drawn at one spot, over each other)', () => {
    expect(drawn(sharing('Work'))).toEqual([
      { id: 'outcome:Check:isCompleted', label: 'Completed / Closed / Cancelled', lines: ['Completed', 'Closed', 'Cancelled'], atEnd: true },
      { id: 'outcome:Check:isOpen', label: 'Open', lines: undefined, atEnd: false }, // Work also takes the default
      { id: 'default:Check', label: 'Default', lines: undefined, atEnd: false },
    ]);
  });

  it('each keeps its own name for a screen reader, and its own connector to select and delete', () => {
    const edges = sharing('Work');
    expect(edges.filter((e) => e.target === 'Closure').map((e) => e.ariaLabel)).toEqual([
      '“Check”, outcome “Completed”, to “Closure”',
      '“Check”, outcome “Closed”, to “Closure”',
      '“Check”, outcome “Cancelled”, to “Closure”',
    ]);
  });

  it('a default path to the same stage keeps its own label: it leaves the decision by another handle, on another path', () => {
    const labels = drawn(sharing('Closure'));
    expect(labels.map((l) => [l.id, l.label])).toEqual([
      ['outcome:Check:isCompleted', 'Completed / Closed / Cancelled'],
      ['outcome:Check:isOpen', 'Open'],
      ['default:Check', 'Default'],
    ]);
    // two labelled connectors end at Closure: both labels stay at their paths' middles, apart
    expect(labels.filter((l) => l.atEnd).map((l) => l.id)).toEqual(['outcome:Check:isOpen']);
  });
});
