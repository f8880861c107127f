/**
 * Checks a value against a written-out shape (shapeTypes.ts) the way zod 4 parses it with the
 * schema the shape was written from: the same issues (code, path, values, limits, the schema's own
 * messages) in the same order, and an output with the same keys and values.
 * zod's rules this follows, from zod/v4/core: a type error stops the checks after it except the
 * length checks, which still run on anything with a `length`; a union answers with its first
 * match, else with the one option that failed without aborting, else with one `invalid_union`;
 * a required key that is absent reports its schema's issue. checkShape.test.ts compares both on
 * generated documents.
 *
 * Unlike zod, the output reuses the input wherever it would equal it: a plain object (Object's own
 * prototype, no own `__proto__` key) whose fields all come out unchanged, and that has no key the
 * shape drops, is its own output, and so is a plain list or record. A document read from JSON
 * text is then not copied a second time, which on a big design was much of the check's cost (the
 * copy and the garbage collections it caused). The one visible difference: such an object keeps
 * the input's key order, where zod puts the shape's keys first. Key order carries no meaning in a
 * document, and export writes its own (io/jsonKeyOrder.ts). Callers treat documents as immutable,
 * so sharing the input is safe.
 */
import type { z } from 'zod';
import { fastPathOf, UNNAMED_BUT_KNOWN, type FastPath } from './certainlyValid';
import { planOf } from './objectPlan';
import { mapEntries, mapItems } from './reuseInput';
import { aborted, explicitlyAborted, issue, runCheck, type ShapeIssue } from './shapeChecks';
import type { ShapeCheck, ShapeNode, ShapeTable, ShapeValue } from './shapeTypes';
import { isObject, isPlainObject, isReusableObject } from './valueKinds';

export type { ShapeIssue } from './shapeChecks';

/**
 * `unknownFields`: false when no object the shape keeps loose has a key it does not name — every such
 * object either passed the fast path, which says so, or was looked at here (`extensions` aside). The
 * walk that names those fields (unknownFields.ts) can then be skipped: it ran on every opening.
 */
export type ShapeResult = { ok: true; data: unknown; unknownFields: boolean } | { ok: false; issues: ShapeIssue[]; unknownFields: boolean };

interface Run {
  value: unknown;
  issues: ShapeIssue[];
}

/** The issues of a run that has none: shared, never written (`add` and `addAll` replace it first). */
const NO_ISSUES: ShapeIssue[] = Object.freeze([]) as unknown as ShapeIssue[];

function add(run: Run, found: ShapeIssue): void {
  if (run.issues === NO_ISSUES) run.issues = [];
  run.issues.push(found);
}

function addAll(run: Run, found: readonly ShapeIssue[]): void {
  if (found.length === 0) return;
  if (run.issues === NO_ISSUES) run.issues = [];
  run.issues.push(...found);
}

/** zod's `runChecks`: after a type error only length checks run, and none after an explicit abort. */
function runChecks(checks: readonly ShapeCheck[] | undefined, run: Run, path: readonly PropertyKey[]): void {
  if (!checks) return;
  let isAborted = aborted(run.issues);
  for (const check of checks) {
    const lengthCheck = check.k === 'minLength' || check.k === 'maxLength';
    if (lengthCheck) {
      if (explicitlyAborted(run.issues)) continue;
      const value = run.value as { length?: unknown } | null | undefined;
      if (value === null || value === undefined || value.length === undefined) continue;
    } else if (isAborted) {
      continue;
    }
    const before = run.issues.length;
    if (run.issues === NO_ISSUES) run.issues = [];
    runCheck(check, run.value, path, run.issues);
    if (run.issues.length !== before && !isAborted) isAborted = aborted(run.issues, before);
  }
}

function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (key !== '__proto__' && !isJson(value[key])) return false;
  return true;
}

/**
 * The value zod's `z.json()` returns: lists and objects copied, `__proto__` keys left out. Here a
 * plain list or object that would come out equal is returned itself (see the note at the top).
 */
function copyJson(value: unknown): unknown {
  if (Array.isArray(value)) return mapItems(value, (_index, item) => copyJson(item));
  if (!isObject(value)) return value;
  return mapEntries(value, (_key, item) => copyJson(item));
}

class Checker {
  private readonly fast: FastPath;
  /** A loose object had a key its shape does not name (see ShapeResult). */
  unknownFields = false;

  constructor(private readonly table: ShapeTable) {
    this.fast = fastPathOf(table);
  }

  run(index: number, value: unknown, path: PropertyKey[]): Run {
    const node = this.table.nodes[index]!;
    const run: Run = { value, issues: NO_ISSUES };
    switch (node.t) {
      case 'string':
      case 'number':
      case 'boolean':
      case 'null': {
        const ok = node.t === 'number'
          ? typeof value === 'number' && Number.isFinite(value)
          : node.t === 'null' ? value === null : typeof value === node.t;
        if (!ok) {
          const received = node.t === 'number' && typeof value === 'number' ? (Number.isNaN(value) ? 'NaN' : String(value)) : undefined;
          add(run, issue(path, { code: 'invalid_type', expected: node.t, input: value, ...(received ? { received } : {}) }, undefined));
        }
        if (node.t === 'string' || node.t === 'number') runChecks(node.c, run, path);
        return run;
      }
      case 'json':
        if (isJson(value)) run.value = copyJson(value);
        else add(run, issue(path, { code: 'invalid_union', errors: [], input: value }, undefined));
        return run;
      case 'values':
        if (!node.v.includes(value as ShapeValue)) add(run, issue(path, { code: 'invalid_value', values: node.v, input: value }, undefined));
        return run;
      case 'optional':
        return value === undefined ? run : this.run(node.i, value, path);
      case 'nullable':
        return value === null ? run : this.run(node.i, value, path);
      case 'array':
        this.array(node.e, run, path);
        runChecks(node.c, run, path);
        return run;
      case 'object':
        this.object(node, run, path);
        return run;
      case 'record':
        this.record(node.v, run, path);
        return run;
      case 'union':
        return this.union(node, run, path);
      case 'choice':
        return this.choice(node, run, path);
    }
  }

  private array(element: number, run: Run, path: PropertyKey[]): void {
    const input = run.value;
    if (!Array.isArray(input)) {
      add(run, issue(path, { code: 'invalid_type', expected: 'array', input }, undefined));
      return;
    }
    run.value = mapItems(input, (i, before) => {
      path.push(i);
      const item = this.run(element, before, path);
      path.pop();
      addAll(run, item.issues);
      return item.value;
    });
  }

  private object(node: Extract<ShapeNode, { t: 'object' }>, run: Run, path: PropertyKey[]): void {
    const input = run.value;
    if (!isObject(input)) {
      add(run, issue(path, { code: 'invalid_type', expected: 'object', input }, undefined));
      return;
    }
    const { keys: known, optional } = planOf(this.table, node);
    // The output is built only once a field comes out changed; until then it would equal the input.
    let out: Record<string, unknown> | null = null;
    for (let k = 0; k < node.s.length; k++) {
      const key = node.s[k]![0];
      const index = node.s[k]![1];
      if (key === '__proto__') continue;
      const present = key in input;
      if (!present && optional[k]) continue;
      const before = input[key];
      if (present && this.fast[index]!(before)) {
        if (out) out[key] = before;
        continue;
      }
      path.push(key);
      const field = this.run(index, before, path);
      if (field.issues.length > 0) addAll(run, field.issues);
      else if (!present) add(run, issue(path, { code: 'invalid_type', expected: 'nonoptional', input: undefined }, undefined));
      path.pop();
      if (!present) continue;
      if (out) out[key] = field.value;
      else if (field.value !== before) {
        out = this.fieldsBefore(node, k, input);
        out[key] = field.value;
      }
    }
    if (node.x !== 'strict' && !this.unknownFields) {
      for (const key in input) if (!known.has(key) && key !== UNNAMED_BUT_KNOWN) { this.unknownFields = true; break; }
    }
    // Unknown keys: refused by a strict shape, kept by a loose one (copied only into a new output).
    if (node.x === 'strict' || (node.x === 'loose' && out)) {
      const unrecognized: string[] = [];
      for (const key in input) {
        if (known.has(key)) continue;
        if (key === '__proto__' || node.x === 'strict') {
          if (node.x === 'strict') unrecognized.push(key);
          continue;
        }
        if (out) out[key] = input[key];
      }
      if (unrecognized.length > 0) add(run, issue(path, { code: 'unrecognized_keys', keys: unrecognized, input, continue: true }, undefined));
    }
    if (!out && !this.isOwnOutput(node, input)) out = this.copyOf(node, input);
    run.value = out ?? input;
  }

  /**
   * Whether `input`, every field unchanged, can stand for zod's output: a plain object with no key
   * the output drops. Its keys keep the input's order (zod's puts the shape's keys first; key order
   * carries no meaning in a document, and export orders keys itself: io/jsonKeyOrder.ts). A shape
   * that drops unknown keys (`strip`) has the input's keys counted.
   */
  private isOwnOutput(node: Extract<ShapeNode, { t: 'object' }>, input: Record<string, unknown>): boolean {
    if (!isReusableObject(input)) return false;
    if (node.x !== 'strip') return true;
    const { keys: known } = planOf(this.table, node);
    for (const key in input) if (!known.has(key)) return false;
    return true;
  }

  /** A new output holding the fields before shape key `upTo`, which came out unchanged. */
  private fieldsBefore(node: Extract<ShapeNode, { t: 'object' }>, upTo: number, input: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (let k = 0; k < upTo; k++) {
      const key = node.s[k]![0];
      if (key !== '__proto__' && key in input) out[key] = input[key];
    }
    return out;
  }

  /** zod's output for an input whose fields all came out unchanged but which is not that output itself. */
  private copyOf(node: Extract<ShapeNode, { t: 'object' }>, input: Record<string, unknown>): Record<string, unknown> {
    const out = this.fieldsBefore(node, node.s.length, input);
    if (node.x === 'loose') {
      const { keys: known } = planOf(this.table, node);
      for (const key in input) if (!known.has(key) && key !== '__proto__') out[key] = input[key];
    }
    return out;
  }

  private record(valueNode: number, run: Run, path: PropertyKey[]): void {
    const input = run.value;
    if (!isPlainObject(input)) {
      add(run, issue(path, { code: 'invalid_type', expected: 'record', input }, undefined));
      return;
    }
    run.value = mapEntries(input, (key, before) => {
      path.push(key);
      const field = this.run(valueNode, before, path);
      path.pop();
      addAll(run, field.issues);
      return field.value;
    });
  }

  private union(node: Extract<ShapeNode, { t: 'union' }>, run: Run, path: PropertyKey[]): Run {
    if (node.o.length === 1) return this.run(node.o[0]!, run.value, path);
    const results: Run[] = [];
    for (const option of node.o) {
      const result = this.run(option, run.value, path);
      if (result.issues.length === 0) return result;
      results.push(result);
    }
    const alive = results.filter((r) => !aborted(r.issues));
    if (alive.length === 1) return alive[0]!;
    // each option's issues, relative to the union as zod gives them: the message names the kinds allowed
    const errors = results.map((r) => r.issues.map((i) => ({ ...i, path: i.path.slice(path.length) })));
    add(run, issue(path, { code: 'invalid_union', errors: errors as unknown as z.core.$ZodIssue[][], input: run.value }, node.m));
    return run;
  }

  private choice(node: Extract<ShapeNode, { t: 'choice' }>, run: Run, path: PropertyKey[]): Run {
    const input = run.value;
    if (!isObject(input)) {
      add(run, issue(path, { code: 'invalid_type', expected: 'object', input }, node.m));
      return run;
    }
    const tag = input[node.d];
    const option = node.o.find(([value]) => value === tag);
    if (option) return this.run(option[1], input, path);
    add(run, issue([...path, node.d], {
      code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: node.d,
      options: node.o.map(([value]) => value), input,
    }, node.m));
    return run;
  }
}

/** Parses `value` against `table` as zod would: its output, or every issue in zod's order. */
export function checkShape(table: ShapeTable, value: unknown): ShapeResult {
  const checker = new Checker(table);
  const run = checker.run(table.root, value, []);
  const { unknownFields } = checker;
  return run.issues.length === 0 ? { ok: true, data: run.value, unknownFields } : { ok: false, issues: run.issues, unknownFields };
}
