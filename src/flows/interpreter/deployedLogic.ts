/**
 * Condition logic as a flow file holds it: Salesforce accepted and runs it, so AND and OR mixed at one
 * level without parentheses are read with AND first, and NOT right after NOT as two negations, never
 * refused (docs/flows.md).
 */
import type { LogicOptions } from '../../model/logic';

export const DEPLOYED_LOGIC: LogicOptions = { andBeforeOr: true, notAfterNot: true };
