/** The connectors of a document as React Flow edges (ids are stable: `next:Stage`, `pred:Step`…). */
import { defaultOutcomeLabel } from '../model/defaultOutcomeLabel';
import type { Orchestration, Stage, Step } from '../model/types';
import { ARROWHEADS } from './edges/arrowheads';
import { ROW_GAP } from './geometry';
import { stackWrappedLabels } from './labelStacks';
import type { DesignEdge, LinkData } from './types';

// Arrowheads by the id of the canvas's own markers, not as React Flow marker objects (edges/arrowheads.ts says why).
const faultArrow = ARROWHEADS.fault.id;
const nextArrow = ARROWHEADS.next.id;
const predecessorArrow = ARROWHEADS.predecessor.id;

/** Routing hints from the arrangement (toFlowElements); every answer may be undefined. */
export interface EdgeGeometry {
  /** Where a connector from `source` to `target` turns when they are in different rows. */
  centerY(source: string, target: string): number | undefined;
  /** Card heights when a predecessor link must go round the side of the column. */
  predecessorSide(stage: string, source: string, target: string): LinkData['side'];
}

/**
 * Connectors are out of the browser's Tab order: React Flow draws them all before the first node,
 * so Tab went through every connector before reaching Stage 1. Each is reached right after its
 * source node instead (tabOrder.ts); it stays focusable, for its Delete and its menu.
 */
const OUT_OF_TAB_ORDER = { tabIndex: -1 } as const;

const NO_GEOMETRY: EdgeGeometry = { centerY: () => undefined, predecessorSide: () => undefined };

/** The steps of `stage` drawn with a link from the step of the same stage they wait for. */
export function predecessorLinks(stage: Stage): { step: Step; predecessor: string }[] {
  const names = new Set(stage.steps.map((s) => s.name));
  const links: { step: Step; predecessor: string }[] = [];
  for (const step of stage.steps) {
    if (step.start?.mode === 'stepCompleted' && names.has(step.start.step) && step.start.step !== step.name) links.push({ step, predecessor: step.start.step });
  }
  return links;
}

/** A stage's or decision's connector, as a screen reader says it: what it is, from where, to where. */
function connectorName(kind: LinkData['link']['kind'], source: string, target: string, path?: string): string {
  if (kind === 'fault') return `Fault path from ${source} to ${target}`;
  if (path) return `${source}, ${path}, to ${target}`;
  return `Connector from ${source} to ${target}`;
}

export function toFlowEdges(doc: Orchestration, geometry: EdgeGeometry = NO_GEOMETRY): DesignEdge[] {
  const exists = new Set<string>([...doc.stages.map((s) => s.name), ...(doc.decisions ?? []).map((d) => d.name)]);
  // Connectors are named in the canvas's words, by labels: React Flow's own name for a focused one
  // was "Edge from Recovery_Case to Officer_Call" (API names), which Delete would then remove.
  const labels = new Map<string, string>();
  for (const stage of doc.stages) {
    labels.set(stage.name, stage.label ?? stage.name);
    for (const step of stage.steps) labels.set(step.name, step.label ?? step.name);
  }
  for (const decision of doc.decisions ?? []) labels.set(decision.name, decision.label ?? decision.name);
  const called = (name: string) => `“${labels.get(name) ?? name}”`;
  const edges: DesignEdge[] = [];
  const connector = (id: string, source: string, target: string | null | undefined, sourceHandle: string, extra: Partial<DesignEdge>, link: LinkData['link'], path?: string) => {
    if (!target || !exists.has(target)) return;
    const centerY = geometry.centerY(source, target);
    const data: LinkData = centerY === undefined ? { link } : { link, centerY };
    edges.push({ id, type: 'connector', source, target, sourceHandle, targetHandle: 'in', markerEnd: nextArrow, className: 'edge-next', domAttributes: OUT_OF_TAB_ORDER, data, ariaLabel: connectorName(link.kind, called(source), called(target), path), ...extra });
  };
  for (const stage of doc.stages) {
    connector(`next:${stage.name}`, stage.name, stage.next, 'next', {}, { kind: 'next', from: stage.name });
    connector(`fault:${stage.name}`, stage.name, stage.faultNext, 'fault', { className: 'edge-fault', label: 'Fault', markerEnd: faultArrow }, { kind: 'fault', from: stage.name });
    for (const { step, predecessor } of predecessorLinks(stage)) {
      const side = geometry.predecessorSide(stage.name, predecessor, step.name);
      const link = { kind: 'predecessor', step: step.name } as const;
      edges.push({
        id: `pred:${step.name}`,
        type: 'predecessor',
        source: predecessor,
        target: step.name,
        sourceHandle: 'out',
        targetHandle: 'in',
        markerEnd: predecessorArrow,
        className: 'edge-predecessor',
        domAttributes: OUT_OF_TAB_ORDER,
        ariaLabel: `${called(step.name)} waits for ${called(predecessor)}`,
        data: side ? { link, side } : { link },
      });
    }
  }
  for (const decision of doc.decisions ?? []) {
    for (const outcome of decision.outcomes) {
      const label = outcome.label ?? outcome.name;
      connector(`outcome:${decision.name}:${outcome.name}`, decision.name, outcome.next, 'outcome', { label }, { kind: 'outcome', decision: decision.name, outcome: outcome.name }, `outcome “${label}”`);
    }
    const label = defaultOutcomeLabel(decision);
    connector(`default:${decision.name}`, decision.name, decision.defaultNext, 'default', { label: label ?? 'Default' }, { kind: 'default', decision: decision.name }, label ? `default path “${label}”` : 'default path');
  }
  shareOutcomeLabels(edges);
  placeLabelsAtEnds(edges);
  separateLanes(edges);
  stackWrappedLabels(edges);
  return edges;
}

/**
 * A decision's outcomes that go to one stage leave its one outcome handle and end at one entry, so
 * their connectors are one path and their labels one spot: Colatabajonies' AIM orchestration drew
 * "Completed" and "Closed" to its Closure stage over each other, and neither could be read. The
 * first of them carries one label naming each outcome on its own line (`labelLines`, in the
 * decision's order); the others keep their own names for a screen reader and draw no label.
 */
function shareOutcomeLabels(edges: DesignEdge[]): void {
  const byPath = new Map<string, DesignEdge[]>();
  for (const e of edges) {
    if (!e.label || e.data?.link.kind !== 'outcome') continue;
    const key = `${e.source}\u0000${e.sourceHandle ?? ''}\u0000${e.target}`;
    const same = byPath.get(key);
    if (same) same.push(e);
    else byPath.set(key, [e]);
  }
  for (const same of byPath.values()) {
    const [first, ...rest] = same;
    if (!first || rest.length === 0) continue;
    const lines = same.map((e) => String(e.label));
    first.label = lines.join(' / ');
    first.data = { ...first.data!, labelLines: lines };
    for (const e of rest) delete e.label;
  }
}

/** Between two lanes of one gap between rows. */
const LANE_STEP = 8;
/**
 * How far below the middle of a gap a lane may lie: 8 px above the next row's stages. Not above the
 * middle: a fault path leaves a stage's bottom and runs 16 px down first, and the middle of the gap
 * is 28 px under the row's tallest stage.
 */
const LANE_ROOM = ROW_GAP / 2 - 8;

/**
 * Connectors that wrap to another row run along the gap between the rows in a lane for each stage or
 * decision they go to: on one line, loan approval's fault path from Intake checks to Manual recovery
 * lay on the next connectors to Funding for 110 px, and the two paths read as one. Connectors to the
 * same target share a lane (they meet at its entry anyway). The first target of a gap keeps its
 * middle; the others lie below it, 8 px apart (closer when more than three share the gap), in the
 * order the connectors are listed.
 */
function separateLanes(edges: DesignEdge[]): void {
  const byGap = new Map<number, Map<string, DesignEdge[]>>();
  for (const e of edges) {
    const y = e.data?.centerY;
    if (y === undefined) continue;
    let targets = byGap.get(y);
    if (!targets) byGap.set(y, (targets = new Map()));
    const into = targets.get(e.target);
    if (into) into.push(e);
    else targets.set(e.target, [e]);
  }
  for (const [y, targets] of byGap) {
    if (targets.size < 2) continue;
    const step = Math.min(LANE_STEP, LANE_ROOM / (targets.size - 1));
    let lane = 0;
    for (const into of targets.values()) {
      const centerY = y + lane++ * step;
      if (centerY !== y) for (const e of into) e.data = { ...e.data!, centerY };
    }
  }
}

/**
 * A decision's outcomes share their way out of it (one handle, then one trunk down to each
 * branch), so a label in the middle of a connector may lie on that shared part and name no branch
 * for certain. The run into the target is the connector's own when no other labelled connector
 * ends at that target: there its label names the arrow it sits on (ConnectorEdge.tsx). A connector
 * that wraps to another row keeps its label by its source: its last runs go down the row's left
 * side with the other wrapped connectors, where a label would lie on theirs or outside the design.
 */
function placeLabelsAtEnds(edges: DesignEdge[]): void {
  const labelledInto = new Map<string, number>();
  for (const e of edges) if (e.label) labelledInto.set(e.target, (labelledInto.get(e.target) ?? 0) + 1);
  for (const e of edges) {
    if (e.label && e.data && e.data.centerY === undefined && labelledInto.get(e.target) === 1) e.data = { ...e.data, labelAtEnd: true };
  }
}
