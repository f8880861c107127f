/**
 * The structure check's fast path: a sound part of a document recognised whole, in one walk
 * without the full check's results, paths and issue lists (checkShape.ts runs the full check
 * only where this answers "not sure").
 *
 * Each node of a shape table is turned once into a test of its own, a closure that holds what the
 * node says (its keys, its checks, the tests of the nodes inside it) — built from the data, no code
 * is generated or evaluated. Walking a document then runs one small specialised function per
 * value instead of a switch over the node's kind with lookups in the table, which is what made the
 * interpreted walk slow while V8 still runs the page's code for the first time (issue 15: a
 * 2,000-step design is checked about three times faster cold; docs/performance.md, 21st round).
 */
import { acceptsAbsence } from './objectPlan';
import { certainlyPasses } from './shapeChecks';
import type { ShapeCheck, ShapeNode, ShapeTable, ShapeValue } from './shapeTypes';
import { isObject, isPlainObject, isReusableObject } from './valueKinds';

/**
 * Flow metadata kept verbatim (FORMAT.md §2), which the XML importer puts on any element: never a
 * field the format does not have (unknownFields.ts).
 */
export const UNNAMED_BUT_KNOWN = 'extensions';

/** Whether a value certainly passes one node of a table. */
export type FastTest = (value: unknown) => boolean;

/** The fast test of every node of a table, by the node's index. */
export type FastPath = readonly FastTest[];

const built = new WeakMap<ShapeTable, FastPath>();

/**
 * The tests of `table`'s nodes (built on first use). Each answers "true" only where the full check
 * (`checkShape`) would conclude the same — no issue, and the input its own output:
 * - an object: a plain one (checkShape's `isOwnOutput`), every field present passes, every required one is
 *   present, and no key the shape refuses (strict) or drops (strip) — nor, in a loose one, a key it
 *   keeps without naming (a field the format does not have, which the full check counts);
 * - a list: a plain Array without holes whose items all pass (mapItems keeps it);
 * - a record: a plain object without an own `__proto__` key whose values all pass (mapEntries);
 * - a choice: the option its discriminator names passes;
 * - a union: an option passes and every option before it certainly fails (`certainlyFails`);
 * - a JSON value that is not a primitive: unsure (zod's copy of JSON decides; the full check does).
 * False when unsure, and the full check runs, which asks again of each part inside.
 */
export function fastPathOf(table: ShapeTable): FastPath {
  let tests = built.get(table);
  if (!tests) {
    tests = buildFastPath(table);
    built.set(table, tests);
  }
  return tests;
}

/** The checks of a string or number node as one test (null when it has none). */
function checksTest(checks: readonly ShapeCheck[] | undefined): FastTest | null {
  if (!checks || checks.length === 0) return null;
  if (checks.length === 1) {
    const only = checks[0]!;
    return (value) => certainlyPasses(only, value);
  }
  return (value) => {
    for (let i = 0; i < checks.length; i++) if (!certainlyPasses(checks[i]!, value)) return false;
    return true;
  };
}

function buildFastPath(table: ShapeTable): FastPath {
  const tests: FastTest[] = new Array<FastTest>(table.nodes.length);
  const building = new Set<number>();
  // Built inner nodes first, so that a test holds the tests inside it directly; a node met again
  // while it is being built (a shape that contains itself) is reached through the array instead.
  const testAt = (index: number): FastTest => {
    const made = tests[index];
    if (made) return made;
    if (building.has(index)) return (value) => tests[index]!(value);
    building.add(index);
    const test = testOf(table, table.nodes[index]!, testAt);
    building.delete(index);
    tests[index] = test;
    return test;
  };
  for (let index = 0; index < table.nodes.length; index++) testAt(index);
  return tests;
}

function testOf(table: ShapeTable, node: ShapeNode, testAt: (index: number) => FastTest): FastTest {
  switch (node.t) {
    case 'string': {
      const checks = checksTest(node.c);
      return checks ? (value) => typeof value === 'string' && checks(value) : (value) => typeof value === 'string';
    }
    case 'number': {
      const checks = checksTest(node.c);
      return checks
        ? (value) => typeof value === 'number' && Number.isFinite(value) && checks(value)
        : (value) => typeof value === 'number' && Number.isFinite(value);
    }
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'null':
      return (value) => value === null;
    case 'values': {
      const allowed = node.v;
      if (allowed.length === 1) {
        const only = allowed[0];
        return (value) => value === only;
      }
      return (value) => allowed.includes(value as ShapeValue);
    }
    case 'optional': {
      const inner = testAt(node.i);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = testAt(node.i);
      return (value) => value === null || inner(value);
    }
    case 'json':
      return (value) => value === null || typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
    case 'array': {
      if (node.c) return () => false;
      const element = testAt(node.e);
      return (value) => {
        if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let i = 0; i < value.length; i++) if (!(i in value) || !element(value[i])) return false;
        return true;
      };
    }
    case 'object':
      return objectTest(table, node, testAt);
    case 'record': {
      const element = testAt(node.v);
      return (value) => {
        if (!isReusableObject(value) || !isPlainObject(value)) return false;
        for (const key of Object.keys(value)) if (!element(value[key])) return false;
        return true;
      };
    }
    case 'choice': {
      const options = new Map<unknown, FastTest>(node.o.map(([tag, index]) => [tag, testAt(index)]));
      const discriminator = node.d;
      return (value) => {
        if (!isObject(value)) return false;
        const option = options.get(value[discriminator]);
        return option !== undefined && option(value);
      };
    }
    case 'union': {
      // zod answers with the first option that passes: the one that certainly passes counts only
      // when every option before it certainly fails
      const options = node.o.map((index) => ({ passes: testAt(index), fails: failsTest(table, table.nodes[index]!) }));
      return (value) => {
        for (const option of options) {
          if (option.passes(value)) return true;
          if (!option.fails(value)) return false;
        }
        return false;
      };
    }
  }
}

function objectTest(table: ShapeTable, node: Extract<ShapeNode, { t: 'object' }>, testAt: (index: number) => FastTest): FastTest {
  const keys: string[] = [];
  const fields: FastTest[] = [];
  const optional: boolean[] = [];
  for (const [key, index] of node.s) {
    if (key === '__proto__') continue;
    keys.push(key);
    fields.push(testAt(index));
    optional.push(acceptsAbsence(table, table.nodes[index]!));
  }
  const known = new Set(node.s.map(([key]) => key));
  const closed = node.x !== 'loose';
  const count = keys.length;
  return (value) => {
    if (!isReusableObject(value)) return false;
    for (let k = 0; k < count; k++) {
      const key = keys[k]!;
      if (!(key in value)) {
        if (optional[k]) continue;
        return false;
      }
      if (!fields[k]!(value[key])) return false;
    }
    // a loose object's key the shape does not name is kept, but is a field the format does not have:
    // unsure, so the full check looks at it and notes it (checkShape's `unknownFields`)
    for (const key in value) {
      if (!known.has(key) && (closed || key !== UNNAMED_BUT_KNOWN)) return false;
    }
    return true;
  };
}

/**
 * Whether a value certainly fails `node` (raises at least one issue), for the options unions are
 * made of: a primitive of another type, a value not allowed, a strict object with a key it does not
 * name or without a key it requires. False when unsure.
 */
function failsTest(table: ShapeTable, node: ShapeNode): FastTest {
  switch (node.t) {
    case 'string':
    case 'boolean': {
      const type = node.t;
      return (value) => typeof value !== type;
    }
    case 'number':
      return (value) => typeof value !== 'number' || !Number.isFinite(value);
    case 'null':
      return (value) => value !== null;
    case 'values': {
      const allowed = node.v;
      return (value) => !allowed.includes(value as ShapeValue);
    }
    case 'object': {
      const required = node.s.filter(([, index]) => !acceptsAbsence(table, table.nodes[index]!)).map(([key]) => key);
      const known = new Set(node.s.map(([key]) => key));
      const strict = node.x === 'strict';
      return (value) => {
        if (!isObject(value)) return true;
        for (const key of required) if (!(key in value)) return true;
        if (strict) for (const key in value) if (!known.has(key)) return true;
        return false;
      };
    }
    default:
      return () => false;
  }
}
