/**
 * Condition rows with their logic (`and`, `or`, or custom like `(1 AND 2) OR 3`, parsed by the
 * model's logic parser, never by eval): decision outcomes, wait events, collection filters. The
 * run-aware operators live here: IsChanged compares `$Record.X` with `$Record__Prior.X`, WasSet asks
 * whether a resource was given a value, WasSelected whether a screen choice was picked, WasVisited
 * whether a screen was shown, HasError whether an element failed and took its fault path.
 */
import { evaluateLogic, parseLogic } from '../../model/logic';
import type { FlowCondition } from '../definition';
import type { FlowValue } from '../values';
import { DEPLOYED_LOGIC } from './deployedLogic';
import type { Frame } from './frame';
import { compare, sameValue } from './operators';
import { fault, FlowStop, unsupported } from './stop';
import { triggerRecordVariables } from './triggerRecord';

function wanted(frame: Frame, right: FlowCondition['right']): boolean {
  const value = frame.valueOf(right);
  return value.value !== false && value.value !== 'false';
}

/** How a condition row reads a reference: the frame's resolve, unless the caller reads otherwise (a screen's visibility rules). */
export type ReadReference = (reference: string) => FlowValue;

/**
 * WasSet: a variable given a value during the run (an input given, an assignment); a field of a record
 * (`$Record.Status`, `Get_Case.Id`) holding a value. Salesforce Help's "Flow Operators in Decision, Wait,
 * and Collection Filter Elements" says of a `$Record` field that Was Set is true whenever the field has
 * a value, wherever it came from, and false when the field is null or blank as the condition is
 * evaluated; *any record's field is read so (chosen)*, and a field of a record variable that holds no
 * record (a Get Records that found nothing) was not set, where it was read as set because the variable
 * had been stored to, and the next read of the field faulted (survey 14: eleven Active before-save
 * triggers of one org test `Activity.Id WasSet false` after a Get Records, their "not found" outcome).
 * Only a fault of the read is "not set": a `$Record` the run lacks still stops it as unsupported.
 */
function wasSet(frame: Frame, left: string): boolean {
  if (!left.includes('.')) return frame.set.has(left.toLowerCase());
  let value: FlowValue['value'];
  try {
    value = frame.resolve(left).value;
  } catch (caught) {
    if (caught instanceof FlowStop && caught.kind === 'fault') return false;
    throw caught;
  }
  return value !== null && value !== undefined && value !== '';
}

/** One condition row. */
export function conditionHolds(frame: Frame, condition: FlowCondition, caseInsensitive = false, read?: ReadReference): boolean {
  const { left, operator, right } = condition;
  switch (operator) {
    case 'IsChanged': {
      if (!/^\$Record\./i.test(left)) throw unsupported(`IsChanged on {!${left}} is simulated only for $Record fields`, { kind: operator });
      const path = left.slice(left.indexOf('.') + 1);
      if (!frame.options.recordPrior) {
        // no prior record: a creation, where nothing has changed; a flow triggered only on update always has one
        if (triggerRecordVariables(frame.definition).updateOnly) throw unsupported(`IsChanged on {!${left}}: this flow runs only when a record is updated, and this run has no {!$Record__Prior} (the record before the update): give it`, { kind: operator });
        return !wanted(frame, right);
      }
      const changed = !sameValue(frame.resolve(`$Record.${path}`).value, frame.resolve(`$Record__Prior.${path}`).value);
      return changed === wanted(frame, right);
    }
    case 'WasSet':
      return wasSet(frame, left) === wanted(frame, right);
    case 'WasSelected':
      return frame.set.has(`choice:${left.toLowerCase()}`) === wanted(frame, right);
    case 'WasVisited':
      return frame.visited.has(left.toLowerCase()) === wanted(frame, right);
    case 'HasError': {
      // Salesforce Help: whether the element "encountered an error during the flow interview" (it took its fault path)
      if (!Object.keys(frame.definition.elements).some((name) => name.toLowerCase() === left.toLowerCase())) {
        throw fault(`HasError on {!${left}}: ${left} is not an element of this flow`);
      }
      return frame.faulted.has(left.toLowerCase()) === wanted(frame, right);
    }
    default:
      if (read) return compare(operator, read(left), right !== undefined && 'ref' in right ? read(right.ref) : frame.valueOf(right), caseInsensitive);
      return compare(operator, frame.resolve(left), frame.valueOf(right), caseInsensitive);
  }
}

/** Whether rows with `logic` hold; no rows hold trivially. `where` names the element for messages. */
export function conditionsHold(frame: Frame, conditions: readonly FlowCondition[], logic: string | undefined, where: string, read?: ReadReference): boolean {
  if (conditions.length === 0) return true;
  if ((logic ?? '').trim().toLowerCase() === 'formula_evaluates_to_true') {
    throw unsupported(`${where}: a condition written as a formula is not simulated`, { kind: 'formula_evaluates_to_true' });
  }
  const parsed = parseLogic(logic, conditions.length, DEPLOYED_LOGIC);
  if (!parsed.ok) throw fault(`${where}: condition logic "${logic}": ${parsed.error.message}`);
  const results = new Map<number, boolean>();
  const row = (n: number): boolean => {
    let result = results.get(n);
    if (result === undefined) {
      result = conditionHolds(frame, conditions[n - 1]!, false, read);
      results.set(n, result);
    }
    return result;
  };
  return evaluateLogic(parsed.ast, row);
}

/** Evaluates a value for a message, without stopping the run. */
export function describeValue(frame: Frame, reference: string): FlowValue['value'] | undefined {
  try {
    return frame.resolve(reference).value;
  } catch (caught) {
    if (caught instanceof FlowStop) return undefined;
    throw caught;
  }
}
