/**
 * Formula errors. Inside the parser and the evaluator a fault is thrown as a `FormulaFault` (it
 * unwinds nested calls cheaply); the public functions in `index.ts` catch it and return it as a
 * `FormulaError` value, so nothing ever throws to the caller.
 */

/** What went wrong, where (1-based character position in the formula text) and in which function. */
export type FormulaError = {
  readonly message: string;
  readonly position?: number;
  readonly function?: string;
  /** The reference no one could read (`unknown reference {!x}`): the caller may know why. */
  readonly reference?: string;
  /**
   * The function ran and its arguments have no value (`DATE(2024, 0, 1)`, `SQRT(-1)`): the formula's
   * own error, as division by zero is, not something the evaluator cannot do.
   */
  readonly invalidValue?: true;
};

/** The internal exception behind a FormulaError; never escapes `index.ts`. */
export class FormulaFault extends Error {
  constructor(
    readonly detail: string,
    readonly position?: number,
    readonly functionName?: string,
    readonly reference?: string,
    readonly invalidValue?: true,
  ) {
    super(position === undefined ? detail : `position ${position}: ${detail}`);
  }

  /** The error as the public API reports it (the message starts with the position when known). */
  toError(): FormulaError {
    return {
      message: this.message,
      ...(this.position !== undefined ? { position: this.position } : {}),
      ...(this.functionName !== undefined ? { function: this.functionName } : {}),
      ...(this.reference !== undefined ? { reference: this.reference } : {}),
      ...(this.invalidValue ? { invalidValue: true as const } : {}),
    };
  }
}

/** Converts anything caught at the API boundary into a FormulaError (a fault, or a bug of ours). */
export function toFormulaError(caught: unknown): FormulaError {
  if (caught instanceof FormulaFault) return caught.toError();
  if (caught instanceof RangeError && /call stack/i.test(caught.message)) return { message: 'the formula is too complex to evaluate (it nests too deeply)' };
  const text = caught instanceof Error ? caught.message : String(caught);
  return { message: `internal error while evaluating the formula: ${text}` };
}
