/**
 * The records the project's flows look up by fixed values (a Get Records of `CustomNotificationType`
 * where `DeveloperName = 'account_reassignment'`, a Queue by name, a RecordType…): org setup that a
 * real org has and the simulated org does not, so without it the flow finds nothing and often
 * faults. For each, whether the scenario's org records have a match, and the edit that adds one.
 */
import { definedElements } from '../../flows/definition';
import { sameValue } from '../../flows/interpreter/operators';
import type { Orchestration, Scenario } from '../../model/types';
import { newRecordId } from './newRecordId';

type Literal = string | number | boolean;

/** One lookup: an object and the field values it asks for, with the elements that make it. */
export interface LookupSite {
  object: string;
  /** field → value, in the order the first element gives them */
  fields: [string, Literal][];
  /** `Flow.Element` of each Get Records element that looks this record up */
  elements: string[];
}

type Records = NonNullable<Scenario['records']>;

function literal(value: unknown): Literal | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.string === 'string') return v.string;
  if (typeof v.number === 'number') return v.number;
  if (typeof v.boolean === 'boolean') return v.boolean;
  return undefined;
}

/**
 * The Get Records elements of the catalog's flow definitions whose filters are all "equals" a
 * fixed value, joined by AND (a lookup by a value the run computes depends on the run, not on the
 * org's setup), merged by object and values, in object order.
 */
export function lookupSites(doc: Orchestration): LookupSite[] {
  const sites = new Map<string, LookupSite>();
  for (const { flow, element } of definedElements(doc.flows ?? [])) {
    if (element.kind !== 'recordLookup' || element.filters.length === 0) continue;
    if (element.filterLogic !== undefined && element.filterLogic.toLowerCase() !== 'and') continue;
    const fields: [string, Literal][] = [];
    for (const filter of element.filters) {
      const value = literal(filter.value);
      if (filter.operator !== 'EqualTo' || value === undefined) break;
      fields.push([filter.field, value]);
    }
    if (fields.length !== element.filters.length) continue;
    const key = JSON.stringify([element.object, [...fields].sort(([a], [b]) => a.localeCompare(b))]);
    const site = sites.get(key);
    if (site) site.elements.push(`${flow}.${element.name}`);
    else sites.set(key, { object: element.object, fields, elements: [`${flow}.${element.name}`] });
  }
  return [...sites.values()].sort((a, b) => a.object.localeCompare(b.object));
}

/** `DeveloperName = "account_reassignment" and Type = "Queue"`: what a lookup asks for, in words. */
export function lookupWhere(site: LookupSite): string {
  return site.fields.map(([field, value]) => `${field} = ${typeof value === 'string' ? `"${value}"` : String(value)}`).join(' and ');
}

/** Whether a record's field holds `value`, compared as the flow's record filter compares (field names and text without case). */
function holds(record: Readonly<Record<string, unknown>>, field: string, value: Literal): boolean {
  const key = Object.keys(record).find((k) => k.toLowerCase() === field.toLowerCase());
  return key !== undefined && sameValue(record[key] ?? null, value, true);
}

/** The scenario's org record the lookup finds (its place under `records[object]`), or null. */
export function lookupMatch(scenario: Scenario, site: LookupSite): number | null {
  const list = Object.prototype.hasOwnProperty.call(scenario.records ?? {}, site.object) ? scenario.records![site.object]! : [];
  const index = list.findIndex((record) => site.fields.every(([field, value]) => holds(record, field, value)));
  return index >= 0 ? index : null;
}

/** The scenario with a record the lookup finds: an Id of its own and the field values it asks for. */
export function giveLookupRecord(scenario: Scenario, site: LookupSite): Scenario {
  const records: Records = scenario.records ?? {};
  const existing = Object.prototype.hasOwnProperty.call(records, site.object) ? records[site.object]! : [];
  const record = Object.fromEntries([['Id', newRecordId(records, site.object)], ...site.fields]) as Records[string][number];
  return { ...scenario, records: { ...records, [site.object]: [...existing, record] } };
}
