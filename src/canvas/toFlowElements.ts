/**
 * The pure mapper from an orchestration document to React Flow nodes and edges. Stages are
 * containers laid out left to right in run order; their steps are sub-flow children
 * (`parentId`, `extent: 'parent'`, positions relative to the stage); decisions sit between stages.
 * Positions come from `layout` when present. Selection is not mapped here, so selecting never
 * re-maps the document.
 */
import { predecessorChain, runOrder } from '../commands/queries';
import type { Orchestration, Position, Problem, Stage } from '../model/types';
import { problemsByElement, type ElementProblems } from './elementProblems';
import { decisionHandles, stageHandles, stepHandles } from './nodeHandles';
import * as G from './geometry';
import { runAsBadge, startBadge, stepMode } from './stepFacts';
import { toFlowEdges } from './toFlowEdges';
import type { DecisionNode, DesignEdge, DesignNode, StageNode, StepNode } from './types';

export interface FlowElements {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

const STEP_HANDLES = stepHandles(G.STEP_WIDTH, G.STEP_HEIGHT);
const DECISION_HANDLES = decisionHandles(G.DECISION_SIZE);
const NONE: ElementProblems = { messages: [], hasError: false };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Relative step positions (laid-out ones kept, the others stacked below them) and the stage size. */
function placeSteps(stage: Stage, layout: Record<string, Position>): { positions: Map<string, Position>; width: number; height: number } {
  const positions = new Map<string, Position>();
  let bottom = G.STAGE_HEADER;
  let right = G.STAGE_MIN_WIDTH;
  for (const step of stage.steps) {
    const at = layout[step.name];
    if (!at) continue;
    positions.set(step.name, { x: at.x, y: at.y });
    bottom = Math.max(bottom, at.y + G.STEP_HEIGHT + G.STEP_GAP);
    right = Math.max(right, at.x + G.STEP_WIDTH + G.STAGE_PADDING);
  }
  // Steps without a position: columns by predecessor depth, stacked below the laid-out ones.
  const columnBottom = new Map<number, number>();
  for (const step of stage.steps) {
    if (positions.has(step.name)) continue;
    const depth = predecessorChain(stage, step.name).length;
    const y = columnBottom.get(depth) ?? bottom;
    const x = G.STAGE_PADDING + depth * (G.STEP_WIDTH + G.STEP_COLUMN_GAP);
    positions.set(step.name, { x, y });
    columnBottom.set(depth, y + G.STEP_HEIGHT + G.STEP_GAP);
    right = Math.max(right, x + G.STEP_WIDTH + G.STAGE_PADDING);
  }
  for (const y of columnBottom.values()) bottom = Math.max(bottom, y);
  const own = layout[stage.name];
  return {
    positions,
    width: Math.max(right, own?.width ?? 0),
    height: Math.max(G.STAGE_MIN_HEIGHT, bottom + G.STAGE_PADDING - G.STEP_GAP, own?.height ?? 0),
  };
}

const MIN_GAP = 60;
const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width + MIN_GAP && b.x < a.x + a.width + MIN_GAP && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Top-level boxes: laid-out elements where the layout says (pushed right when a stage grown by its
 * steps would overlap one placed before it in run order), the others after them to the right.
 */
function placeTopLevel(doc: Orchestration, sizes: Map<string, { width: number; height: number }>): Map<string, Box> {
  const layout = doc.layout ?? {};
  const boxes = new Map<string, Box>();
  const placed: Box[] = [];
  let right = 0;
  const order = runOrder(doc);
  for (const name of order) {
    const at = layout[name];
    if (!at) continue;
    const box: Box = { x: at.x, y: at.y, ...sizes.get(name)! };
    for (let blocker = placed.find((p) => overlaps(p, box)); blocker; blocker = placed.find((p) => overlaps(p, box))) {
      box.x = blocker.x + blocker.width + MIN_GAP;
    }
    placed.push(box);
    boxes.set(name, box);
    right = Math.max(right, box.x + box.width + G.STAGE_GAP);
  }
  for (const name of order) {
    if (boxes.has(name)) continue;
    const size = sizes.get(name)!;
    const isDecision = !doc.stages.some((s) => s.name === name);
    boxes.set(name, { x: right, y: isDecision ? 20 : 0, ...size });
    right += size.width + G.STAGE_GAP;
  }
  return boxes;
}

const domAttributes = (kind: string, invalid: boolean) =>
  ({ 'data-kind': kind, ...(invalid ? { 'data-invalid': 'true' } : {}) }) as DesignNode['domAttributes'];

/** Maps `doc` (and its validation problems) to React Flow nodes and edges. */
export function toFlowElements(doc: Orchestration, problems: readonly Problem[] = []): FlowElements {
  const layout = doc.layout ?? {};
  const byElement = problemsByElement(doc, problems);
  const stagePlans = new Map(doc.stages.map((s) => [s.name, placeSteps(s, layout)]));
  const sizes = new Map<string, { width: number; height: number }>();
  for (const [name, plan] of stagePlans) sizes.set(name, { width: plan.width, height: plan.height });
  for (const d of doc.decisions ?? []) sizes.set(d.name, { width: G.DECISION_SIZE, height: G.DECISION_SIZE });
  const boxes = placeTopLevel(doc, sizes);
  const start = doc.start ?? doc.stages[0]?.name;

  const nodes: DesignNode[] = [];
  for (const stage of doc.stages) {
    const box = boxes.get(stage.name)!;
    const plan = stagePlans.get(stage.name)!;
    const own = byElement.get(stage.name) ?? NONE;
    const stageNode: StageNode = {
      id: stage.name,
      type: 'stage',
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      handles: stageHandles(box.width, box.height),
      domAttributes: domAttributes('stage', own.hasError),
      data: {
        name: stage.name,
        label: stage.label ?? stage.name,
        problems: own.messages,
        invalid: own.hasError,
        stepCount: stage.steps.length,
        exitBadge: stage.exit?.mode === 'requirements' ? 'Exits on conditions' : stage.exit?.mode === 'evaluationFlow' ? 'Exits on evaluation flow' : 'Exits when all steps complete',
        isStart: stage.name === start,
      },
    };
    nodes.push(stageNode);
    for (const step of stage.steps) {
      const mine = byElement.get(step.name) ?? NONE;
      const flow = step.flow ? (doc.flows ?? []).find((f) => f.name === step.flow) : undefined;
      const stepNode: StepNode = {
        id: step.name,
        type: 'step',
        parentId: stage.name,
        extent: 'parent',
        position: plan.positions.get(step.name)!,
        width: G.STEP_WIDTH,
        height: G.STEP_HEIGHT,
        handles: STEP_HANDLES,
        domAttributes: domAttributes(step.kind, mine.hasError),
        data: {
          name: step.name,
          label: step.label ?? step.name,
          problems: mine.messages,
          invalid: mine.hasError,
          kind: step.kind,
          mode: stepMode(doc, step),
          startBadge: startBadge(stage, step),
          runAsBadge: runAsBadge(step),
          flowLabel: flow ? (flow.label ?? flow.name) : (step.flow ?? null),
        },
      };
      nodes.push(stepNode);
    }
  }
  for (const decision of doc.decisions ?? []) {
    const box = boxes.get(decision.name)!;
    const own = byElement.get(decision.name) ?? NONE;
    const node: DecisionNode = {
      id: decision.name,
      type: 'decision',
      position: { x: box.x, y: box.y },
      width: G.DECISION_SIZE,
      height: G.DECISION_SIZE,
      handles: DECISION_HANDLES,
      domAttributes: domAttributes('decision', own.hasError),
      data: { name: decision.name, label: decision.label ?? decision.name, problems: own.messages, invalid: own.hasError, outcomeCount: decision.outcomes.length },
    };
    nodes.push(node);
  }
  return { nodes, edges: toFlowEdges(doc) };
}
