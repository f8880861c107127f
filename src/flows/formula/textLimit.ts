/**
 * A cap on the text a formula may build. Salesforce's longest text field holds 131,072
 * characters; padding and substitution could otherwise multiply a text past what the run can hold
 * (SUBSTITUTE inside SUBSTITUTE grows geometrically) and take the page down with it.
 */
import { FormulaFault } from './errors';

/** The longest text a formula may build (eight times Salesforce's longest text field). */
export const MAX_TEXT_LENGTH = 1_048_576;

/** Faults unless a text of `length` characters is allowed; `what` names the operator or function. */
export function checkTextLength(length: number, pos: number, what: string, functionName?: string): void {
  if (length > MAX_TEXT_LENGTH) {
    throw new FormulaFault(`${what} would build a text of ${length.toLocaleString('en-US')} characters; the limit is ${MAX_TEXT_LENGTH.toLocaleString('en-US')}`, pos, functionName);
  }
}
