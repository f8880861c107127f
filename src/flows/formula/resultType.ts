/**
 * Fitting a formula's result to the data type the flow declares for it (`<formulas><dataType>`).
 * Compatible types are retagged (Number ↔ Currency, Text ↔ Picklist), a Date/Time for a Date keeps
 * its day; anything else is a fault, as Flow Builder refuses a formula whose result does not match
 * its data type.
 */
import type { FlowDataType, FlowValue } from '../values';
import { nullOf } from '../values';
import { formatDate, MS_PER_DAY, parseDateTime } from './dates';
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
  // a Date formula giving a Date/Time (`NOW() - 30`) holds its day, as DATEVALUE takes it (UTC):
  // Salesforce saves and runs such formulas (survey 6: an Active flow's `fr_NowMinus30`)
  if (resultType === 'Date' && !v.collection && familyOf(v) === 'dateTime') {
    const instant = typeof v.value === 'string' ? parseDateTime(v.value) : null;
    if (instant !== null) return { type: 'Date', value: formatDate(Math.floor(instant / MS_PER_DAY)) };
  }
  const wanted = FAMILY_OF_TYPE[resultType];
  if (v.collection || familyOf(v) !== wanted) {
    throw new FormulaFault(`the formula gives ${describeType(v)}, but its data type is ${resultType === 'DateTime' ? 'Date/Time' : resultType}`);
  }
  return v.type === resultType ? v : { type: resultType, value: v.value };
}
