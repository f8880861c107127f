import type { NodeTypes } from '@xyflow/react';
import { DecisionNode } from './DecisionNode';
import { StageNode } from './StageNode';
import { StepNode } from './StepNode';
import './nodes.css';

/** Module-level so React Flow never sees a new object. */
export const nodeTypes: NodeTypes = { stage: StageNode, step: StepNode, decision: DecisionNode };
