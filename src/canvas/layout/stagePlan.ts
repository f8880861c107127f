/**
 * A stage's column as the canvas shows it: its header height, each step's card data, height and
 * position, and its step nodes. Planned once per stage object: an edit of one stage of a big design
 * re-plans that stage only (documents are immutable, so an unchanged stage is the same object),
 * as long as what else the plan reads is unchanged too — the flows (labels, sync/async), the API
 * version, whether it is the start stage, the positions the user gave its steps, and the problems
 * reported on it and its steps. Reused step nodes are the same objects, so React Flow and the node
 * components skip them as well.
 */
import type { Orchestration, Position, Stage } from '../../model/types';
import { apiVersionOf } from '../../model/apiVersion';
import { elementKey, type ElementProblems } from '../elementProblems';
import * as G from '../geometry';
import { stepHandles } from '../nodeHandles';
import { exitBadge, runAsBadge, startBadge, stepMode } from '../stepFacts';
import type { DesignNode, LinkData, StepData, StepNode } from '../types';
import { stageHeaderHeight, stepCardHeight } from './cardSize';
import { planStageColumn, type StageColumn } from './stageColumn';

export interface StagePlan extends StageColumn {
  stage: Stage;
  header: number;
  steps: StepData[];
  heights: Map<string, number>;
  /** The stage's step nodes, positions relative to the stage. */
  stepNodes: StepNode[];
  /** Where a predecessor link from `source` to `target` runs round the side (see predecessorSide). */
  sides: Map<string, LinkData['side'] | null>;
}

/** What a stage's plan reads besides the stage itself. */
export interface PlanContext {
  doc: Orchestration;
  layout: Readonly<Record<string, Position>>;
  byElement: ReadonlyMap<string, ElementProblems>;
  flows: ReadonlyMap<string, { label?: string; name: string }>;
  start: string | undefined;
}

const NONE: ElementProblems = { messages: [], hasError: false, consequencesOnly: false };

export const domAttributes = (kind: string, invalid: boolean) =>
  ({ 'data-kind': kind, ...(invalid ? { 'data-invalid': 'true' } : {}) }) as DesignNode['domAttributes'];

/** The "Flow: …" line of a card. */
export function flowLine(data: StepData): string {
  return data.flowLabel ? `Flow: ${data.flowLabel}` : 'No flow chosen';
}

function stepData(ctx: PlanContext, stage: Stage): StepData[] {
  return stage.steps.map((step) => {
    const mine = ctx.byElement.get(elementKey('step', step.name, stage.name)) ?? NONE;
    const flow = step.flow ? ctx.flows.get(step.flow) : undefined;
    return {
      name: step.name,
      label: step.label ?? step.name,
      problems: mine.messages,
      invalid: mine.hasError,
      consequencesOnly: mine.consequencesOnly,
      kind: step.kind,
      mode: stepMode(ctx.doc, step),
      startBadge: startBadge(stage, step),
      runAsBadge: runAsBadge(step),
      flowLabel: flow ? (flow.label ?? flow.name) : (step.flow ?? null),
    };
  });
}

/** Step handles by card height: most cards share a few heights, so they share one handle list (React Flow only reads it). */
const handlesByHeight = new Map<number, StepNode['handles']>();
export function sharedStepHandles(height: number): StepNode['handles'] {
  let handles = handlesByHeight.get(height);
  if (!handles) handlesByHeight.set(height, (handles = stepHandles(G.STEP_WIDTH, height)));
  return handles;
}

/** What a stage's header shows, which sets its height. */
export interface StageHeaderFacts {
  label: string;
  isStart: boolean;
  exitBadge: string | null;
  problems: readonly string[];
}

/** A stage header's height: its label, its chips (Start, how it exits) and its marker. */
export function stageHeader(facts: StageHeaderFacts): number {
  const chips = [...(facts.isStart ? ['Start'] : []), ...(facts.exitBadge ? [facts.exitBadge] : [])];
  return stageHeaderHeight(facts.label, chips, facts.problems.length > 0);
}

function plan(ctx: PlanContext, stage: Stage): StagePlan {
  const own = ctx.byElement.get(elementKey('stage', stage.name)) ?? NONE;
  const header = stageHeader({ label: stage.label ?? stage.name, isStart: stage.name === ctx.start, exitBadge: exitBadge(stage), problems: own.messages });
  const steps = stepData(ctx, stage);
  const heights = new Map(steps.map((d) => [d.name, stepCardHeight({ label: d.label, meta: flowLine(d), chips: d.runAsBadge ? [d.startBadge, d.runAsBadge] : [d.startBadge], hasProblems: d.problems.length > 0 })]));
  const column = planStageColumn(stage, ctx.layout, heights, header + G.STAGE_PAD);
  const stepNodes = steps.map((data): StepNode => {
    const height = heights.get(data.name)!;
    return {
      id: data.name,
      type: 'step',
      parentId: stage.name,
      extent: 'parent',
      position: column.positions.get(data.name)!,
      width: G.STEP_WIDTH,
      height,
      handles: sharedStepHandles(height),
      domAttributes: domAttributes(data.kind, data.invalid),
      data,
    };
  });
  // Top to bottom (then left to right), as the cards stand: the canvas lists nodes in reading order
  // (toFlowElements.ts), and cards stack in predecessor order or where the user put them, not in
  // the order the file declares the steps.
  stepNodes.sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  return { ...column, stage, header, steps, heights, stepNodes, sides: new Map() };
}

/** The inputs of a plan other than the stage, in a form compared cheaply. */
interface PlanInputs {
  flows: Orchestration['flows'];
  apiVersion: number;
  isStart: boolean;
  placed: (Position | undefined)[];
  problems: string;
}

function inputsOf(ctx: PlanContext, stage: Stage): PlanInputs {
  let problems = '';
  for (const key of [elementKey('stage', stage.name), ...stage.steps.map((s) => elementKey('step', s.name, stage.name))]) {
    const p = ctx.byElement.get(key);
    if (p) problems += `${key}\u0001${p.hasError ? 'e' : p.consequencesOnly ? 'c' : 'w'}\u0001${p.messages.join('\u0002')}\u0003`;
  }
  return {
    flows: ctx.doc.flows,
    apiVersion: apiVersionOf(ctx.doc),
    isStart: stage.name === ctx.start,
    placed: stage.steps.map((s) => (Object.hasOwn(ctx.layout, s.name) ? ctx.layout[s.name] : undefined)),
    problems,
  };
}

function sameInputs(a: PlanInputs, b: PlanInputs): boolean {
  return a.flows === b.flows && a.apiVersion === b.apiVersion && a.isStart === b.isStart && a.problems === b.problems
    && a.placed.length === b.placed.length && a.placed.every((p, i) => p === b.placed[i]);
}

const planned = new WeakMap<Stage, { inputs: PlanInputs; plan: StagePlan }>();

/** The plan of `stage`: the one made before when nothing it reads has changed, else a new one. */
export function planStage(ctx: PlanContext, stage: Stage): StagePlan {
  const inputs = inputsOf(ctx, stage);
  const known = planned.get(stage);
  if (known && sameInputs(known.inputs, inputs)) return known.plan;
  const fresh = plan(ctx, stage);
  planned.set(stage, { inputs, plan: fresh });
  return fresh;
}

/**
 * Card heights when a predecessor link from `source` to `target` must go round the side of the
 * column (they are not in one column, the target is not below the source, or a card stands between
 * them), else undefined. Remembered per plan.
 */
export function predecessorSide(plan: StagePlan, source: string, target: string): LinkData['side'] {
  const key = `${source}\u0001${target}`;
  const known = plan.sides.get(key);
  if (known !== undefined) return known ?? undefined;
  const side = computeSide(plan, source, target);
  plan.sides.set(key, side ?? null);
  return side;
}

function computeSide(plan: StagePlan, source: string, target: string): LinkData['side'] {
  const from = plan.positions.get(source);
  const to = plan.positions.get(target);
  if (!from || !to) return undefined;
  const sourceHeight = plan.heights.get(source)!;
  const targetHeight = plan.heights.get(target)!;
  const gapTop = from.y + sourceHeight;
  if (from.x !== to.x || to.y < gapTop) return { sourceHeight, targetHeight };
  // a card between them in the column sends the link round the side
  for (const node of plan.stepNodes) {
    const p = node.position;
    if (node.id !== source && node.id !== target && p.x < from.x + G.STEP_WIDTH && from.x < p.x + G.STEP_WIDTH && p.y < to.y && p.y + node.height! > gapTop) return { sourceHeight, targetHeight };
  }
  return undefined;
}
