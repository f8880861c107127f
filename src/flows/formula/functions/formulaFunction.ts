/** The shape of a built-in formula function. */
import type { FlowValue } from '../../values';
import type { CallArgs } from './callArgs';

export interface FormulaFunction {
  readonly minArgs: number;
  /** `Infinity` when the function takes any number of arguments. */
  readonly maxArgs: number;
  /** An extra rule on the argument count (CASE takes an even number); returns what is wrong, or undefined. */
  readonly arityRule?: (count: number) => string | undefined;
  readonly call: (args: CallArgs) => FlowValue;
}

/** Functions by upper-case name. */
export type FunctionTable = Readonly<Record<string, FormulaFunction>>;
