/** What a formula reads from the run that evaluates it. */
import type { FlowValue } from '../values';

/** The run's side of an evaluation: references and the virtual clock. */
export interface FormulaContext {
  /** Value of a merge field or bare reference, e.g. 'amount', 'rec.Status', '$Record.Owner.Email'; undefined when it names nothing. */
  resolve(reference: string): FlowValue | undefined;
  /** Virtual time in ms and the run's startAt (for TODAY/NOW). */
  readonly now: number;
  readonly startAt?: string;
}
