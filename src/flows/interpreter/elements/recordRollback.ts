/**
 * `recordRollbacks` (Roll Back Records): the record changes made since the current transaction
 * began — the run's start, or the last screen or wait — are undone: the org goes back to that
 * moment and the changes leave the run's report. The run goes on. A subflow's transaction is its own
 * here (chosen; in Salesforce it shares its caller's).
 */
import type { ElementBehavior } from '../behavior';

export const runRecordRollback: ElementBehavior<'recordRollback'> = (element, frame) => {
  frame.rollBack();
  return { next: element.connector };
};
