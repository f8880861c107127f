/**
 * "Set Component Visibility": a screen field's `<visibilityRule>` shows the field only while its
 * conditions hold (condition rows and logic read and tested as a decision outcome's: conditions.ts).
 * Salesforce evaluates the rules as the screen renders and again as the user changes the fields
 * they read; offline there are only the final answers, so the rules are evaluated once every field
 * of the screen holds its answer, as validation rules are (screenValidation.ts).
 *
 * Salesforce Help, "Flow Conditional Visibility Considerations": a hidden input component's value is
 * null, and it is not required. So a field hidden here reads null in the rules of the others: a
 * rule that reads a hidden field sees null, which may show or hide further fields. The hidden set is
 * therefore worked out again with the hidden fields nulled until it no longer changes (a field's own
 * rule, or the section or column it is in being hidden). Rules that keep hiding and showing each
 * other (`A` shown while `B` is blank, `B` shown while `A` is blank) have no answer a user could
 * settle on: the run stops as unsupported, naming the fields, rather than picking one.
 */
import type { ScreenField } from '../../definition';
import type { FlowValue } from '../../values';
import { conditionsHold } from '../conditions';
import type { Frame } from '../frame';
import { readingNullRecordsAsNull, readThroughNullRecord } from '../nullRecordRead';
import { unsupported } from '../stop';

/**
 * The names of the fields of screen `screen` that are hidden, in screen order. `apply(hidden)` stores
 * the fields' values for that hidden set (null for a hidden field, its answer otherwise); it is called
 * before each evaluation and once more with the result, so the frame ends holding the values of the
 * hidden set returned.
 */
export function hiddenFields(frame: Frame, screen: string, fields: readonly ScreenField[], apply: (hidden: ReadonlySet<string>) => void): Set<string> {
  let hidden = new Set<string>();
  if (!fields.some((field) => field.visibilityRule)) {
    apply(hidden);
    return hidden;
  }
  // rules that read one another in a chain settle within one round per field of the chain
  const flipped = new Set<string>();
  for (let round = 0; round <= fields.length + 1; round++) {
    apply(hidden);
    const next = evaluate(frame, screen, fields);
    if (sameSet(next, hidden)) return hidden;
    for (const field of fields) if (next.has(field.name) !== hidden.has(field.name)) flipped.add(field.name);
    hidden = next;
  }
  const names = fields.filter((field) => flipped.has(field.name) && field.visibilityRule).map((field) => field.name);
  throw unsupported(`screen ${screen}: the visibility rules of ${names.join(', ')} hide and show each other in turn: which of them a user sees cannot be decided`, { kind: 'visibilityRule' });
}

/** One pass in screen order: a container comes before what it holds, so its result is known. */
function evaluate(frame: Frame, screen: string, fields: readonly ScreenField[]): Set<string> {
  const hidden = new Set<string>();
  for (const field of fields) {
    if (field.parent !== undefined && hidden.has(field.parent)) hidden.add(field.name);
    else if (field.visibilityRule && !conditionsHold(frame, field.visibilityRule.conditions, field.visibilityRule.logic, `screen ${screen}, field ${field.name}: its visibility rule`, (reference) => readShown(frame, reference))) hidden.add(field.name);
  }
  return hidden;
}

/**
 * A reference as a visibility rule reads it: a field of a record that is null (a Get Records that
 * found nothing, `{!Get_Settings.Disabled__c}`) reads null, where a decision faults, and so does one
 * a formula or text template the rule reads (`NOT(ISBLANK({!Get_Announcement.Message__c}))`): the
 * rules are evaluated as the screen renders, and Salesforce documents no error there; a blank is
 * compared as an empty text (*chosen*). Any other failure to read (a name the flow does not have)
 * still stops, and the formula read elsewhere (a decision after the screen) still faults.
 */
function readShown(frame: Frame, reference: string): FlowValue {
  return readingNullRecordsAsNull(frame, () => readThroughNullRecord(frame, reference));
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((name) => b.has(name));
}
