/**
 * The pure mapper from an orchestration document to React Flow nodes and edges. A stage is a
 * container holding a column of step cards (sub-flow children: `parentId`, `extent: 'parent'`,
 * positions relative to the stage); stages and decisions are arranged by layout/arrangement.ts.
 * Card heights come from their text (layout/cardSize.ts), so nothing on a card is cut. Positions
 * the user recorded in `layout` (current version) are kept. Selection is not mapped here, so
 * selecting never re-maps the document. Each stage's column is planned once per stage object
 * (layout/stagePlan.ts): after an edit of one stage of a big design, only that stage is re-planned.
 */
import { currentLayout } from '../model/layoutVersion';
import type { Orchestration, Problem } from '../model/types';
import { elementKey, problemsByElement, type ElementProblems } from './elementProblems';
import * as G from './geometry';
import { arrange, type Arrangement, type Size } from './layout/arrangement';
import { decisionHeight } from './layout/cardSize';
import { domAttributes, planStage, predecessorSide, type PlanContext, type StagePlan } from './layout/stagePlan';
import { decisionHandles, stageHandles } from './nodeHandles';
import { exitBadge } from './stepFacts';
import { toFlowEdges, type EdgeGeometry } from './toFlowEdges';
import type { DecisionNode, DesignEdge, DesignNode, StageNode } from './types';

export { flowLine } from './layout/stagePlan';

export interface FlowElements {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

const NONE: ElementProblems = { messages: [], hasError: false, consequencesOnly: false };

/** What planning a stage of `doc` reads besides the stage (layout/stagePlan.ts). */
export function planContext(doc: Orchestration, byElement: Map<string, ElementProblems>): PlanContext {
  return { doc, layout: currentLayout(doc), byElement, flows: new Map((doc.flows ?? []).map((f) => [f.name, f])), start: doc.start ?? doc.stages[0]?.name };
}

function planStages(doc: Orchestration, byElement: Map<string, ElementProblems>): Map<string, StagePlan> {
  const ctx = planContext(doc, byElement);
  const plans = new Map<string, StagePlan>();
  for (const stage of doc.stages) plans.set(stage.name, planStage(ctx, stage));
  return plans;
}

/** Maps `doc` (and its validation problems) to React Flow nodes and edges. */
export function toFlowElements(doc: Orchestration, problems: readonly Problem[] = []): FlowElements {
  const layout = currentLayout(doc);
  const byElement = problemsByElement(doc, problems);
  const plans = planStages(doc, byElement);
  const sizes = new Map<string, Size>();
  for (const [name, plan] of plans) sizes.set(name, { width: plan.width, height: plan.height });
  const decisionHeights = new Map<string, number>();
  for (const d of doc.decisions ?? []) {
    const height = decisionHeight(d.label ?? d.name);
    decisionHeights.set(d.name, height);
    sizes.set(d.name, { width: G.DECISION_WIDTH, height });
  }
  const arrangement = arrange(doc, sizes, layout);
  const start = doc.start ?? doc.stages[0]?.name;

  // Nodes are listed in reading order, which is also their order in the page and so the canvas's
  // Tab order (docs/canvas.md, "Keyboard order"): stages and decisions as the arrangement places
  // them (columns left to right, rows top down), each stage followed by its steps top to bottom.
  const stageNodes = new Map<string, StageNode>();
  for (const plan of plans.values()) {
    const { stage } = plan;
    const box = arrangement.boxes.get(stage.name)!;
    const own = byElement.get(elementKey('stage', stage.name)) ?? NONE;
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
        consequencesOnly: own.consequencesOnly,
        stepCount: stage.steps.length,
        exitBadge: exitBadge(stage),
        isStart: stage.name === start,
      },
    };
    stageNodes.set(stage.name, stageNode);
  }
  const decisionNodes = new Map<string, DecisionNode>();
  for (const decision of doc.decisions ?? []) {
    const box = arrangement.boxes.get(decision.name)!;
    const own = byElement.get(elementKey('decision', decision.name)) ?? NONE;
    const height = decisionHeights.get(decision.name)!;
    const node: DecisionNode = {
      id: decision.name,
      type: 'decision',
      position: { x: box.x, y: box.y },
      width: G.DECISION_WIDTH,
      height,
      handles: decisionHandles(G.DECISION_WIDTH, height),
      domAttributes: domAttributes('decision', own.hasError),
      data: { name: decision.name, label: decision.label ?? decision.name, problems: own.messages, invalid: own.hasError, consequencesOnly: own.consequencesOnly, outcomeCount: decision.outcomes.length },
    };
    decisionNodes.set(decision.name, node);
  }
  // Every stage and decision has a box (arrangement.ts places them all), once per name.
  const nodes: DesignNode[] = [];
  for (const name of arrangement.boxes.keys()) {
    const stageNode = stageNodes.get(name);
    if (stageNode) nodes.push(stageNode, ...plans.get(name)!.stepNodes);
    const decisionNode = decisionNodes.get(name);
    if (decisionNode) nodes.push(decisionNode);
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
      return plan ? predecessorSide(plan, source, target) : undefined;
    },
  };
}
