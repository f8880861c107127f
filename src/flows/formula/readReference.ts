/**
 * Reading a merge field or bare reference. The context answers first; a few globals the formula
 * language defines itself (`$Flow.CurrentDate`, `$Flow.CurrentDateTime`, `$GlobalConstant.*`)
 * answer when the context does not know them. A reference nobody knows, or one the resolver fails
 * to read, is a fault naming it; a value is checked against its declared type.
 */
import type { FlowValue } from '../values';
import { booleanValue, dateTimeValue, dateValue, textValue } from '../values';
import { dateAt, dateTimeAt } from '../virtualClock';
import { checkedValue } from './checkValue';
import type { FormulaContext } from './context';
import { FormulaFault } from './errors';

/** Globals of the formula language itself, by lower-case name. */
const GLOBALS: Readonly<Record<string, (ctx: FormulaContext) => FlowValue>> = {
  '$flow.currentdate': (ctx) => dateValue(dateAt(ctx.now, ctx.startAt)),
  '$flow.currentdatetime': (ctx) => dateTimeValue(dateTimeAt(ctx.now, ctx.startAt)),
  '$globalconstant.true': () => booleanValue(true),
  '$globalconstant.false': () => booleanValue(false),
  '$globalconstant.emptystring': () => textValue(''),
};

/** The value of a merge field or bare reference. */
export function readReference(name: string, pos: number, ctx: FormulaContext): FlowValue {
  let value: FlowValue | undefined;
  try {
    value = ctx.resolve(name);
  } catch (caught) {
    // The resolver is the caller's code; what it throws becomes this formula's error, naming the reference.
    throw new FormulaFault(`{!${name}} could not be read: ${caught instanceof Error ? caught.message : String(caught)}`, pos);
  }
  if (value !== undefined) return checkedValue(name, pos, value);
  const global = Object.prototype.hasOwnProperty.call(GLOBALS, name.toLowerCase()) ? GLOBALS[name.toLowerCase()] : undefined;
  if (global) return global(ctx);
  throw new FormulaFault(`unknown reference {!${name}}`, pos, undefined, name);
}
