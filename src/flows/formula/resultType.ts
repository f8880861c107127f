/**
 * Fitting a formula's result to the data type the flow declares for it (`<formulas><dataType>`).
 * Compatible types are retagged (Number ↔ Currency, Text ↔ Picklist); anything else is a fault, as
 * Flow Builder refuses a formula whose result does not match its data type.
 */
import type { FlowDataType, FlowValue } from '../values';
import { nullOf } from '../values';
import { FormulaFault } from './errors';
import { describeType, familyOf, withInferredType } from './typeOf';
import type { TypeFamily } from './typeOf';

const FAMILY_OF_TYPE: Readonly<Record<FlowDataType, TypeFamily | undefined>> = {
  Text: 'text', Picklist: 'text', MultiPicklist: 'text', Number: 'number', Currency: 'number', Boolean: 'boolean',
  Date: 'date', DateTime: 'dateTime', Time: 'time', Record: 'record', Unknown: undefined,
};

/** The value as the declared type, or a fault when it cannot be one. */
export function fitResultType(value: FlowValue, resultType: FlowDataType | undefined): FlowValue {
  const v = withInferredType(value);
  if (resultType === undefined || resultType === 'Unknown') return v;
  if (v.value === null) return nullOf(resultType);
  const wanted = FAMILY_OF_TYPE[resultType];
  if (v.collection || familyOf(v) !== wanted) {
    throw new FormulaFault(`the formula gives ${describeType(v)}, but its data type is ${resultType === 'DateTime' ? 'Date/Time' : resultType}`);
  }
  return v.type === resultType ? v : { type: resultType, value: v.value };
}
