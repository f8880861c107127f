/**
 * Create Records with "Check for Matching Records" (Salesforce Summer '24, API 61.0+). The element's
 * own conditions (not the org's duplicate rules) find the records it would duplicate: none → the
 * record is created; one → it is updated with the element's values, or skipped; several → all or
 * the most recently modified one are updated, or all skipped (docs/flows.md, "Check for Matching
 * Records", for what is *chosen* where Salesforce says nothing).
 */
import type { ElementOf } from '../../definition';
import { instantOf } from '../../formula/dates';
import { isNotUpdatableJunction } from '../../org/junctionObjects';
import { readField, type FieldValue, type OrgRecord } from '../../org/simulatedOrg';
import type { Frame } from '../frame';
import { readRecords } from '../records';
import { fault } from '../stop';
import { createRecord, updateRecord } from './recordChanges';

type CreateElement = ElementOf<'recordCreate'>;

/** What the element did with one record: the Id it gives back, null when it skipped. */
export interface MatchResult {
  readonly id: string | null;
  readonly operation: 'create' | 'update' | 'skip';
}

/** Whether the element checks for matching records by conditions (Flow Builder asks for at least one). */
export function checksForMatches(element: CreateElement): boolean {
  return (element.filters?.length ?? 0) > 0;
}

/** The records to update among `found` (empty: skip), by the operation for one or several matches. */
function toUpdate(element: CreateElement, found: readonly OrgRecord[]): OrgRecord[] {
  // absent, the operations are what Flow Builder preselects: update the match, update the latest (chosen)
  if (found.length === 1) return (element.operationOneMatchingRecord ?? 'UpdateAllRecords') === 'UpdateAllRecords' ? [...found] : [];
  const many = element.operationMultMatchingRecords ?? 'UpdateLatestRecord';
  if (many === 'None') return [];
  return many === 'UpdateAllRecords' ? [...found] : [latest(found)];
}

/**
 * The most recently modified record: the latest LastModifiedDate the records carry (records given
 * without one count as older); among equals, the one added to the org last (chosen: the simulated
 * org stamps no dates of its own, so insertion order stands in for them).
 */
export function latest(found: readonly OrgRecord[]): OrgRecord {
  let best = found[0]!;
  for (const rec of found.slice(1)) {
    const a = stamp(readField(best, 'LastModifiedDate'));
    const b = stamp(readField(rec, 'LastModifiedDate'));
    if (b >= a) best = rec;
  }
  return best;
}

function stamp(value: FieldValue): number {
  // read strictly, as every date of a run is (instantOf): Date.parse rolled 31 June over to 1 July
  // and read a date-time without a zone in the machine's time zone, where a run's clock is UTC
  const time = typeof value === 'number' ? value : instantOf(value);
  return time === null ? Number.NEGATIVE_INFINITY : time;
}

/**
 * Creates the record, or updates or skips the records it matches, as the element's operations say.
 * `found` are the matching records; `fields` the values the element would create the record with.
 */
export function createOrMatch(frame: Frame, element: CreateElement, object: string, found: readonly OrgRecord[], fields: Readonly<Record<string, FieldValue>>): MatchResult {
  // "None" when nothing matches still creates: Create Records creates what it does not find (chosen)
  if (found.length === 0) return { id: createRecord(frame, element.name, object, fields), operation: 'create' };
  const targets = toUpdate(element, found);
  refuseJunctionUpdate(element, object, found);
  for (const rec of targets) updateRecord(frame, element.name, rec, fields);
  // several updated: the Id is the first of them in the org's order (chosen)
  return targets.length === 0 ? { id: null, operation: 'skip' } : { id: String(targets[0]!.fields.Id), operation: 'update' };
}

/**
 * Fails the element when it would update `found` (its matches for one record) on a junction object
 * (org/junctionObjects.ts). A collection's upsert asks for every record before it writes any, so
 * the fault leaves the org as it was (recordCreateUpsert.ts).
 */
export function refuseJunctionUpdate(element: CreateElement, object: string, found: readonly OrgRecord[]): void {
  if (found.length === 0 || !isNotUpdatableJunction(object)) return;
  const targets = toUpdate(element, found);
  if (targets.length > 0) throw fault(junctionUpdate(element.name, object, targets));
}

/**
 * The fault of a match to update on a junction object (org/junctionObjects.ts): Salesforce cannot
 * update it, and Flow Builder does not offer the check on it (chosen: the run fails the element, its
 * fault connector taken, where it updated the GroupMember; skipping a match still works).
 */
function junctionUpdate(element: string, object: string, targets: readonly OrgRecord[]): string {
  const what = targets.length === 1 ? `a matching ${object} record to update (${String(targets[0]!.fields.Id)})` : `${targets.length} matching ${object} records to update`;
  return `${element}: Check for Matching Records found ${what}, and Salesforce cannot update a ${object} (a junction object, which the check does not support): skip matching records, or find the record with Get Records and create it only when none is found`;
}

/** The records of `object` that match the element's conditions, listed in the run's records read. */
export function matchingRecords(frame: Frame, element: CreateElement, object: string): OrgRecord[] {
  return readRecords(frame, { object, filters: element.filters ?? [], filterLogic: element.filterLogic }, element.name, element.name);
}
