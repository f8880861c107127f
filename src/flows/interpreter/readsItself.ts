/**
 * A choice or text template whose value reads itself, directly or through other resources: reading it
 * recursed until the stack overflowed ("internal error: Maximum call stack size exceeded"), and a text
 * template merging itself grew until then.
 *
 * Salesforce runs such a choice: survey 26's VV250231/NcrOrgCloneWithGroupedPackages has an Active
 * screen flow, EC_Case_Create_with_Dispatch_Option, whose Yes and No choices have the value
 * `{!Choice_Yes}` and `{!Choice_No}`, each the choice itself, and which decides on `Choice_No`
 * WasSelected, never reading the value. Salesforce does not say what such a value is, so *the
 * resource read inside its own value is null, as a resource not given a value yet (chosen)*: such a
 * choice's value is null (its WasSelected as any choice's), and a text template merging itself merges
 * empty text there, as it merges any null. A formula that refers to itself is a fault (frame.ts
 * evaluateExpression).
 */
import { NULL_FLOW_VALUE, type FlowValue } from '../values';

/**
 * Reads the resource `name` (a `what`: "choice", "text template") with `read`; read again inside its
 * own value it is null. `reading` holds the names being read (shared with formulas).
 */
export function readOnce(reading: Set<string>, what: 'choice' | 'text template', name: string, read: () => FlowValue): FlowValue {
  const key = `${what}:${name.toLowerCase()}`;
  if (reading.has(key)) return NULL_FLOW_VALUE;
  reading.add(key);
  try {
    return read();
  } finally {
    reading.delete(key);
  }
}
