/**
 * The structure check's fast path: a sound part of a document recognised whole, in one walk
 * without the full check's results, paths and issue lists (checkShape.ts runs the full check
 * only where this answers "not sure").
 */
import { certainlyPasses } from './shapeChecks';
import { planOf, type ObjectNode } from './objectPlan';
import type { ShapeNode, ShapeTable, ShapeValue } from './shapeTypes';
import { isObject, isPlainObject, isReusableObject } from './valueKinds';

/**
 * Whether `value` certainly passes `node` and comes out as itself: checked here without a run, its
 * path, its allocations and its calls, for the whole of a sound part of a document (a step, a
 * stage, all the stages) at once. False when unsure, and the full check runs, which asks again of
 * each part inside. Each answer "true" is what the full check (`checkShape`) would conclude — no issue, and the
 * input its own output:
 * - an object: a plain one (checkShape's `isOwnOutput`), every field present passes, every required one is
 *   present, and no key the shape refuses (strict) or drops (strip);
 * - a list: a plain Array without holes whose items all pass (mapItems keeps it);
 * - a record: a plain object without an own `__proto__` key whose values all pass (mapEntries);
 * - a choice: the option its discriminator names passes;
 * - a union: an option passes and every option before it certainly fails (`certainlyFails`);
 * - a JSON value that is not a primitive: unsure (zod's copy of JSON decides; the full check does).
 */
export function certainlyValid(table: ShapeTable, node: ShapeNode, value: unknown): boolean {
  switch (node.t) {
    case 'string':
      if (typeof value !== 'string') return false;
      if (node.c) for (const check of node.c) if (!certainlyPasses(check, value)) return false;
      return true;
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return false;
      if (node.c) for (const check of node.c) if (!certainlyPasses(check, value)) return false;
      return true;
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'values':
      return node.v.includes(value as ShapeValue);
    case 'optional':
      return value === undefined || certainlyValid(table, table.nodes[node.i]!, value);
    case 'nullable':
      return value === null || certainlyValid(table, table.nodes[node.i]!, value);
    case 'json':
      return value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    case 'array': {
      if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype || node.c) return false;
      const element = table.nodes[node.e]!;
      for (let i = 0; i < value.length; i++) if (!(i in value) || !certainlyValid(table, element, value[i])) return false;
      return true;
    }
    case 'object':
      return certainlyValidObject(table, node, value);
    case 'record': {
      if (!isReusableObject(value) || !isPlainObject(value)) return false;
      const element = table.nodes[node.v]!;
      for (const key of Object.keys(value)) if (!certainlyValid(table, element, value[key])) return false;
      return true;
    }
    case 'choice': {
      if (!isObject(value)) return false;
      const tag = value[node.d];
      const option = node.o.find(([v]) => v === tag);
      return option !== undefined && certainlyValid(table, table.nodes[option[1]]!, value);
    }
    case 'union':
      // zod answers with the first option that passes: the one that certainly passes counts only
      // when every option before it certainly fails
      for (const option of node.o) {
        const optionNode = table.nodes[option]!;
        if (certainlyValid(table, optionNode, value)) return true;
        if (!certainlyFails(table, optionNode, value)) return false;
      }
      return false;
  }
}

/**
 * Whether `value` certainly fails `node` (raises at least one issue), for the options unions are
 * made of: a primitive of another type, a value not allowed, a strict object with a key it does not
 * name or without a key it requires. False when unsure.
 */
function certainlyFails(table: ShapeTable, node: ShapeNode, value: unknown): boolean {
  switch (node.t) {
    case 'string':
    case 'boolean':
      return typeof value !== node.t;
    case 'number':
      return typeof value !== 'number' || !Number.isFinite(value);
    case 'null':
      return value !== null;
    case 'values':
      return !node.v.includes(value as ShapeValue);
    case 'object': {
      if (!isObject(value)) return true;
      const { keys: known, optional } = planOf(table, node);
      for (let k = 0; k < node.s.length; k++) if (!optional[k] && !(node.s[k]![0] in value)) return true;
      if (node.x === 'strict') for (const key in value) if (!known.has(key)) return true;
      return false;
    }
    default:
      return false;
  }
}

function certainlyValidObject(table: ShapeTable, node: ObjectNode, value: unknown): boolean {
  if (!isReusableObject(value)) return false;
  const { keys: known, optional } = planOf(table, node);
  for (let k = 0; k < node.s.length; k++) {
    // indexed, not destructured: destructuring an array runs its iterator until V8 optimises the loop
    const field = node.s[k]!;
    const key = field[0];
    if (key === '__proto__') continue;
    if (!(key in value)) {
      if (optional[k]) continue;
      return false;
    }
    if (!certainlyValid(table, table.nodes[field[1]]!, value[key])) return false;
  }
  if (node.x !== 'loose') for (const key in value) if (!known.has(key)) return false;
  return true;
}
