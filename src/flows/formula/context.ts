/** What a formula reads from the run that evaluates it. */
import type { FlowValue } from '../values';

/**
 * Where ISNEW, ISCHANGED and PRIORVALUE find the record being saved and the record before the save:
 * a record-triggered flow's `$Record` / `$Record__Prior` (the default), or a Process Builder
 * process's `myVariable_current` / `myVariable_old`. No prior record means the record is being
 * created, unless `updateOnly` (a flow triggered only on update): then it is missing, and they say so.
 */
export interface TriggerRecordVariables {
  readonly current: string;
  readonly prior: string;
  readonly updateOnly?: boolean;
}

/** The run's side of an evaluation: references and the virtual clock. */
export interface FormulaContext {
  /** Value of a merge field or bare reference, e.g. 'amount', 'rec.Status', '$Record.Owner.Email'; undefined when it names nothing. */
  resolve(reference: string): FlowValue | undefined;
  /** Virtual time in ms and the run's startAt (for TODAY/NOW). */
  readonly now: number;
  readonly startAt?: string;
  /** The triggering record's variables (default `$Record` / `$Record__Prior`). */
  readonly triggerRecord?: TriggerRecordVariables;
  /** The org's currency table for CURRENCYRATE (functions/currency.ts); absent when the run has no org. */
  readonly currencies?: () => readonly CurrencyRate[];
}

/** One currency of the org's currency table: its ISO code and its conversion rate to the corporate currency. */
export interface CurrencyRate {
  readonly isoCode: string;
  readonly rate: number | null;
}
