/**
 * A reference read where a field of a record that is null reads null instead of failing: a
 * screen's visibility rules (evaluated as the screen renders, where Salesforce documents no error)
 * and a variable's default value (evaluated as the interview starts, before any Get Records has
 * run), read directly or by a formula or text template the default reads. Any other failure to
 * read — a name the flow does not have — still stops the run.
 */
import { NULL_FLOW_VALUE, type FlowValue } from '../values';
import type { Frame } from './frame';
import { FlowStop } from './stop';

export function readThroughNullRecord(frame: Frame, reference: string): FlowValue {
  try {
    return frame.resolve(reference);
  } catch (caught) {
    if (!(caught instanceof FlowStop) || caught.kind !== 'fault') throw caught;
    const parts = reference.split('.');
    for (let i = 1; i < parts.length; i++) {
      if (resolvesToNull(frame, parts.slice(0, i).join('.'))) return NULL_FLOW_VALUE;
    }
    throw caught;
  }
}

function resolvesToNull(frame: Frame, reference: string): boolean {
  try {
    return frame.resolve(reference).value === null;
  } catch (caught) {
    if (caught instanceof FlowStop) return false;
    throw caught;
  }
}

/**
 * Runs `body` with the formulas and merge fields it evaluates reading a null record's fields as
 * null: a variable defaulting to `{!Get_Counter.Value__c} + 1` of a Get Records not run yet (survey
 * 20: four Active round-robin triggers) reads it as the default `{!Get_Counter.Value__c}` does, and a
 * visibility rule's formula reads a null record's field as the rule itself reads it.
 */
export function readingNullRecordsAsNull<T>(frame: Frame, body: () => T): T {
  const before = frame.formulaRead;
  frame.formulaRead = (reference) => readThroughNullRecord(frame, reference);
  try {
    return body();
  } finally {
    frame.formulaRead = before;
  }
}
