/**
 * Formula resources of the orchestration (`formulas`), read by name like variables (R50). Their
 * value is computed when read (src/flows/formula), so it always reflects the run's current values:
 * each merge field `{!ref}` reads the run as any reference does. A formula that cannot be evaluated
 * (a syntax error, an unknown function, a formula that reads itself) reads as null of its type.
 */
import { evaluateFormula, parseFormula, type ParsedFormula } from '../flows/formula';
import type { FlowDataType, FlowValue } from '../flows/values';
import type { Formula, FormulaType } from '../model/types';
import { NULL_VALUE, type TypedValue, type ValueType } from './values';
import type { RunView } from './view';

const VALUE_TYPE: Readonly<Record<FormulaType, ValueType>> = {
  Text: 'Text', Number: 'Number', Currency: 'Number', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
};
const FLOW_TYPE: Readonly<Record<FormulaType, FlowDataType>> = {
  Text: 'Text', Number: 'Number', Currency: 'Currency', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
};

/** A run value as the formula evaluator reads it. */
export function toFlowValue(v: TypedValue): FlowValue {
  const type: FlowDataType = v.type === 'Status' ? 'Text' : v.type;
  return { type, value: v.value as FlowValue['value'] };
}

/** A formula result as conditions read it. */
export function fromFlowValue(v: FlowValue): TypedValue {
  if (v.collection || Array.isArray(v.value)) return { type: 'Unknown', value: JSON.stringify(v.value) };
  const type: ValueType =
    v.type === 'Currency' ? 'Number'
    : v.type === 'Picklist' || v.type === 'MultiPicklist' || v.type === 'Time' ? 'Text'
    : v.type;
  if (v.value === null) return type === 'Unknown' ? NULL_VALUE : { type, value: null };
  return { type, value: v.value as TypedValue['value'] };
}

const parsed = new WeakMap<Formula, ParsedFormula | null>();

function parsedOf(formula: Formula): ParsedFormula | null {
  if (!parsed.has(formula)) {
    const result = parseFormula(formula.expression);
    parsed.set(formula, result.ok ? result.formula : null);
  }
  return parsed.get(formula) ?? null;
}

/**
 * The formulas being evaluated in one read (a formula reading another, …), and those found to read
 * themselves, directly or not: they read as null. Made by the outermost read and passed down to the
 * reads it makes, so nothing is kept between reads.
 */
export interface FormulaGuard {
  readonly evaluating: Set<Formula>;
  readonly circular: Set<Formula>;
}

/** How a formula reads a reference: the engine's `readReference`, carrying the guard along. */
export type FormulaRead = (view: RunView, reference: string, guard: FormulaGuard) => TypedValue;

/**
 * The value of the formula `name` now; null (of the formula's type) when it cannot be computed.
 * `guard`: the reads in progress when this read is made by another formula (none at the outermost).
 */
export function readFormula(view: RunView, name: string, read: FormulaRead, guard: FormulaGuard = { evaluating: new Set(), circular: new Set() }): TypedValue {
  const formula = view.model.formulas.get(name);
  if (!formula) return NULL_VALUE;
  const nullOfType: TypedValue = { type: VALUE_TYPE[formula.type], value: null };
  const tree = parsedOf(formula);
  if (!tree) return nullOfType;
  const { evaluating, circular } = guard;
  if (evaluating.has(formula)) {
    circular.add(formula);
    return nullOfType;
  }
  evaluating.add(formula);
  try {
    const result = evaluateFormula(tree, {
      now: view.now,
      ...(view.scenario.startAt !== undefined ? { startAt: view.scenario.startAt } : {}),
      resolve: (reference) => (view.model.reference(reference) === null ? undefined : toFlowValue(read(view, reference, guard))),
    }, FLOW_TYPE[formula.type]);
    return result.ok && !circular.has(formula) ? fromFlowValue(result.value) : nullOfType;
  } finally {
    evaluating.delete(formula);
    circular.delete(formula);
  }
}
