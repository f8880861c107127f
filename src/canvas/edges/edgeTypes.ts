import type { EdgeTypes } from '@xyflow/react';
import { ConnectorEdge } from './ConnectorEdge';
import { PredecessorEdge } from './PredecessorEdge';

/** Module-level so React Flow never sees a new object. */
export const edgeTypes: EdgeTypes = { connector: ConnectorEdge, predecessor: PredecessorEdge };
