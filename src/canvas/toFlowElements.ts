/**
 * The pure mapper from an orchestration document to React Flow nodes and edges. A stage is a
 * container holding a column of step cards (sub-flow children: `parentId`, `extent: 'parent'`,
 * positions relative to the stage); stages and decisions are arranged by layout/arrangement.ts.
 * Card heights come from their text (layout/cardSize.ts), so nothing on a card is cut. Positions
 * the user recorded in `layout` (current version) are kept. Selection is not mapped here, so
 * selecting never re-maps the document.
 */
import { currentLayout } from '../model/layoutVersion';
import type { Orchestration, Position, Problem, Stage } from '../model/types';
import { problemsByElement, type ElementProblems } from './elementProblems';
import * as G from './geometry';
import { arrange, type Arrangement, type Size } from './layout/arrangement';
import { decisionHeight, stageHeaderHeight, stepCardHeight } from './layout/cardSize';
import { planStageColumn, type StageColumn } from './layout/stageColumn';
import { decisionHandles, stageHandles, stepHandles } from './nodeHandles';
import { exitBadge, runAsBadge, startBadge, stepMode } from './stepFacts';
import { toFlowEdges, type EdgeGeometry } from './toFlowEdges';
import type { DecisionNode, DesignEdge, DesignNode, StageNode, StepData, StepNode } from './types';

export interface FlowElements {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

const NONE: ElementProblems = { messages: [], hasError: false };


const domAttributes = (kind: string, invalid: boolean) =>
  ({ 'data-kind': kind, ...(invalid ? { 'data-invalid': 'true' } : {}) }) as DesignNode['domAttributes'];

interface StagePlan extends StageColumn {
  stage: Stage;
  header: number;
  steps: StepData[];
  heights: Map<string, number>;
}

function stepData(doc: Orchestration, stage: Stage, byElement: Map<string, ElementProblems>, flows: Map<string, { label?: string; name: string }>): StepData[] {
  return stage.steps.map((step) => {
    const mine = byElement.get(step.name) ?? NONE;
    const flow = step.flow ? flows.get(step.flow) : undefined;
    return {
      name: step.name,
      label: step.label ?? step.name,
      problems: mine.messages,
      invalid: mine.hasError,
      kind: step.kind,
      mode: stepMode(doc, step),
      startBadge: startBadge(stage, step),
      runAsBadge: runAsBadge(step),
      flowLabel: flow ? (flow.label ?? flow.name) : (step.flow ?? null),
    };
  });
}

/** The "Flow: …" line of a card. */
export function flowLine(data: StepData): string {
  return data.flowLabel ? `Flow: ${data.flowLabel}` : 'No flow chosen';
}

function planStages(doc: Orchestration, layout: Readonly<Record<string, Position>>, byElement: Map<string, ElementProblems>): Map<string, StagePlan> {
  const flows = new Map((doc.flows ?? []).map((f) => [f.name, f]));
  const start = doc.start ?? doc.stages[0]?.name;
  const plans = new Map<string, StagePlan>();
  for (const stage of doc.stages) {
    const own = byElement.get(stage.name) ?? NONE;
    const chips = [...(stage.name === start ? ['Start'] : []), ...(exitBadge(stage) ? [exitBadge(stage)!] : [])];
    const header = stageHeaderHeight(stage.label ?? stage.name, chips, own.messages.length > 0);
    const steps = stepData(doc, stage, byElement, flows);
    const heights = new Map(steps.map((d) => [d.name, stepCardHeight({ label: d.label, meta: flowLine(d), chips: d.runAsBadge ? [d.startBadge, d.runAsBadge] : [d.startBadge], hasProblems: d.problems.length > 0 })]));
    const column = planStageColumn(stage, layout, heights, header + G.STAGE_PAD);
    plans.set(stage.name, { ...column, stage, header, steps, heights });
  }
  return plans;
}

/** Maps `doc` (and its validation problems) to React Flow nodes and edges. */
export function toFlowElements(doc: Orchestration, problems: readonly Problem[] = []): FlowElements {
  const layout = currentLayout(doc);
  const byElement = problemsByElement(doc, problems);
  const plans = planStages(doc, layout, byElement);
  const sizes = new Map<string, Size>();
  for (const [name, plan] of plans) sizes.set(name, { width: plan.width, height: plan.height });
  const decisionHeights = new Map<string, number>();
  for (const d of doc.decisions ?? []) {
    const height = decisionHeight(d.label ?? d.name, (byElement.get(d.name) ?? NONE).messages.length > 0);
    decisionHeights.set(d.name, height);
    sizes.set(d.name, { width: G.DECISION_WIDTH, height });
  }
  const arrangement = arrange(doc, sizes, layout);
  const start = doc.start ?? doc.stages[0]?.name;

  const nodes: DesignNode[] = [];
  for (const plan of plans.values()) {
    const { stage } = plan;
    const box = arrangement.boxes.get(stage.name)!;
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
        exitBadge: exitBadge(stage),
        isStart: stage.name === start,
      },
    };
    nodes.push(stageNode);
    for (const data of plan.steps) {
      const height = plan.heights.get(data.name)!;
      const stepNode: StepNode = {
        id: data.name,
        type: 'step',
        parentId: stage.name,
        extent: 'parent',
        position: plan.positions.get(data.name)!,
        width: G.STEP_WIDTH,
        height,
        handles: stepHandles(G.STEP_WIDTH, height),
        domAttributes: domAttributes(data.kind, data.invalid),
        data,
      };
      nodes.push(stepNode);
    }
  }
  for (const decision of doc.decisions ?? []) {
    const box = arrangement.boxes.get(decision.name)!;
    const own = byElement.get(decision.name) ?? NONE;
    const height = decisionHeights.get(decision.name)!;
    const node: DecisionNode = {
      id: decision.name,
      type: 'decision',
      position: { x: box.x, y: box.y },
      width: G.DECISION_WIDTH,
      height,
      handles: decisionHandles(G.DECISION_WIDTH, height),
      domAttributes: domAttributes('decision', own.hasError),
      data: { name: decision.name, label: decision.label ?? decision.name, problems: own.messages, invalid: own.hasError, outcomeCount: decision.outcomes.length },
    };
    nodes.push(node);
  }
  return { nodes, edges: toFlowEdges(doc, edgeGeometry(arrangement, plans)) };
}

/** What the connectors need to know of the arrangement to route round it. */
function edgeGeometry(arrangement: Arrangement, plans: Map<string, StagePlan>): EdgeGeometry {
  return {
    centerY(source, target) {
      const a = arrangement.boxes.get(source);
      const b = arrangement.boxes.get(target);
      if (!a || !b || a.row === null || b.row === null || a.row === b.row) return undefined;
      // Run in the gap above the lower of the two rows.
      return arrangement.rowTops[Math.max(a.row, b.row)]! - G.ROW_GAP / 2;
    },
    predecessorSide(stage, source, target) {
      const plan = plans.get(stage);
      const from = plan?.positions.get(source);
      const to = plan?.positions.get(target);
      if (!plan || !from || !to) return undefined;
      const sourceHeight = plan.heights.get(source)!;
      const targetHeight = plan.heights.get(target)!;
      const gapTop = from.y + sourceHeight;
      if (from.x !== to.x || to.y < gapTop) return { sourceHeight, targetHeight };
      // a card between them in the column sends the link round the side (a loop: no copy per edge)
      for (const [name, p] of plan.positions) {
        if (name !== source && name !== target && p.x < from.x + G.STEP_WIDTH && from.x < p.x + G.STEP_WIDTH && p.y < to.y && p.y + plan.heights.get(name)! > gapTop) return { sourceHeight, targetHeight };
      }
      return undefined;
    },
  };
}
