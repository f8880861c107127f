/**
 * Evaluating a requirement list with its logic (R60–R64): each row is a typed comparison; rows are
 * combined by `and`, `or` or custom logic parsed by src/model/logic.ts (never eval). Parsed logic is
 * cached per requirement list. Invalid logic (only in documents that were not validated) holds
 * false.
 */
import { evaluateLogic, parseLogic, type LogicResult } from '../model/logic';
import type { Requirement, RequirementList } from '../model/types';
import { readReference, readRight, wasSet, type Bindings } from './resolve';
import { compare, type TypedValue } from './values';
import type { RunView } from './view';

const logicCache = new WeakMap<readonly Requirement[], { logic: string | undefined; result: LogicResult }>();

/** The parsed logic of a requirement list (cached). */
export function logicOf(list: RequirementList): LogicResult {
  const cached = logicCache.get(list.requirements);
  if (cached && cached.logic === list.logic) return cached.result;
  const result = parseLogic(list.logic, list.requirements.length);
  logicCache.set(list.requirements, { logic: list.logic, result });
  return result;
}

/** One row as evaluated now, for explanations. */
export interface RowResult {
  /** 1-based row number. */
  readonly row: number;
  readonly requirement: Requirement;
  readonly left: TypedValue;
  readonly right: TypedValue;
  readonly holds: boolean;
}

/** Evaluates row `n` (1-based) of `list`. */
export function evaluateRow(view: RunView, requirement: Requirement, row: number, bindings?: Bindings): RowResult {
  const left = readReference(view, requirement.left, { bindings });
  const right = readRight(view, requirement.right, bindings);
  const op = requirement.operator;
  if (requirement.right === undefined && (op === 'EqualTo' || op === 'NotEqualTo')) {
    // a blank value, as in Flow Builder: equal to null or empty text (chosen, as docs/decisions.md)
    const blank = left.value === null || left.value === '';
    return { row, requirement, left, right, holds: op === 'EqualTo' ? blank : !blank };
  }
  const set = requirement.operator === 'WasSet' ? wasSet(view, requirement.left, bindings) : false;
  return { row, requirement, left, right, holds: compare(requirement.operator, left, right, set) };
}

/** True when the requirement list holds now (R64). */
export function listHolds(view: RunView, list: RequirementList, bindings?: Bindings): boolean {
  const logic = logicOf(list);
  if (!logic.ok) return false;
  const rows = list.requirements;
  return evaluateLogic(logic.ast, (n) => {
    const r = rows[n - 1];
    return r !== undefined && evaluateRow(view, r, n, bindings).holds;
  });
}

/** Every row evaluated now, with the overall result (for explanations). */
export function explainList(view: RunView, list: RequirementList, bindings?: Bindings): { holds: boolean; rows: RowResult[]; logicError: string | null } {
  const rows = list.requirements.map((r, i) => evaluateRow(view, r, i + 1, bindings));
  const logic = logicOf(list);
  if (!logic.ok) return { holds: false, rows, logicError: logic.error.message };
  return { holds: evaluateLogic(logic.ast, (n) => rows[n - 1]?.holds === true), rows, logicError: null };
}
