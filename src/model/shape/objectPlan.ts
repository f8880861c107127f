/**
 * What an object node of a shape says about its keys, worked out once per node and shared by the
 * full check (checkShape.ts) and its fast path (certainlyValid.ts).
 */
import type { ShapeNode, ShapeTable } from './shapeTypes';

export type ObjectNode = Extract<ShapeNode, { t: 'object' }>;

/** An object node's keys as a set, and which of them may be absent (by position in `node.s`). */
export interface ObjectPlan {
  keys: Set<string>;
  optional: boolean[];
}

/** Whether the node accepts absence the way zod's `optin: 'optional'` does. */
export function acceptsAbsence(table: ShapeTable, node: ShapeNode): boolean {
  if (node.t === 'optional') return true;
  if (node.t === 'nullable') return acceptsAbsence(table, table.nodes[node.i]!);
  if (node.t === 'union') return node.o.some((o) => acceptsAbsence(table, table.nodes[o]!));
  return false;
}

const plans = new WeakMap<ShapeNode, ObjectPlan>();

/** The plan of `node`, a node of `table` (worked out on first use). */
export function planOf(table: ShapeTable, node: ObjectNode): ObjectPlan {
  let plan = plans.get(node);
  if (!plan) {
    plan = { keys: new Set(node.s.map(([key]) => key)), optional: node.s.map(([, index]) => acceptsAbsence(table, table.nodes[index]!)) };
    plans.set(node, plan);
  }
  return plan;
}
