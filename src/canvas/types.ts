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
}

export interface StageData extends ElementData {
  stepCount: number;
  exitBadge: string;
  isStart: boolean;
}

export interface StepData extends ElementData {
  kind: 'background' | 'interactive';
  mode: StepMode;
  startBadge: string;
  runAsBadge: string;
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
}
export type DesignEdge = Edge<LinkData>;
