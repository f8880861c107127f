/** Node and edge types of the designer canvas. */
import type { Edge, Node } from '@xyflow/react';
import type { LinkRef } from '../commands/links';
import type { StepMode } from '../model/types';

export type NodeKind = 'stage' | 'background' | 'interactive' | 'decision';

interface ElementData extends Record<string, unknown> {
  name: string;
  label: string;
  /** Problem texts (errors and warnings) reported inside this element. */
  problems: readonly string[];
  invalid: boolean;
  /** Every problem only follows from an error elsewhere (elementProblems.ts): a muted marker. */
  consequencesOnly?: boolean;
}

export interface StageData extends ElementData {
  stepCount: number;
  /** How the stage exits, when not the default. */
  exitBadge: string | null;
  isStart: boolean;
  /**
   * In a big design, the stage's step cards as rectangles (positions relative to the stage), which
   * the sketch layer paints (SketchLayer.tsx): what is seen where its steps are not React Flow nodes
   * (stageOverview.ts, shownElements.ts).
   */
  overview?: readonly StepSketch[];
}

/** A step card as its stage's overview draws it. */
export interface StepSketch {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
  mode: StepMode;
  invalid: boolean;
}

export interface StepData extends ElementData {
  kind: 'background' | 'interactive';
  mode: StepMode;
  startBadge: string;
  /** Who runs it, when not the default user. */
  runAsBadge: string | null;
  flowLabel: string | null;
}

export interface DecisionData extends ElementData {
  outcomeCount: number;
}

export type StageNode = Node<StageData, 'stage'>;
export type StepNode = Node<StepData, 'step'>;
export type DecisionNode = Node<DecisionData, 'decision'>;
export type DesignNode = StageNode | StepNode | DecisionNode;

export interface LinkData extends Record<string, unknown> {
  link: LinkRef;
  /**
   * Where a connector between stages turns to reach another row of the arrangement (flow y),
   * so that it runs in the gap between rows rather than across stages.
   */
  centerY?: number;
  /** The connector's label sits over its last run, into its target (toFlowEdges.ts placeLabelsAtEnds). */
  labelAtEnd?: boolean;
  /** The outcomes this connector's label names, one a line, when several share its path (toFlowEdges.ts shareOutcomeLabels). */
  labelLines?: string[];
  /** The label's place in the stack of labels down a decision's way out to the next row (labelStacks.ts). */
  labelStack?: LabelStack;
  /**
   * A predecessor link between cards that are not one right under the other goes round the
   * right side of the column; `sourceHeight`/`targetHeight` say where the cards' middles are.
   */
  side?: { sourceHeight: number; targetHeight: number };
}
export type DesignEdge = Edge<LinkData>;

/** A label's place in a stack of labels down a decision's way out to the next row (labelStacks.ts). */
export interface LabelStack {
  /** From the stack's top to this label's top. */
  offset: number;
  /** The whole stack, its labels and the gaps between them. */
  height: number;
  /** The first lane of the connectors stacked (the highest `centerY`): the stack stays above it. */
  laneY: number;
}
