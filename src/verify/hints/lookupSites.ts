/**
 * The records the project's flows look up by fixed values (a Get Records of `CustomNotificationType`
 * where `DeveloperName = 'account_reassignment'`, a Queue by name, a RecordType…): org setup that a
 * real org has and the simulated org does not, so without it the flow finds nothing and often
 * faults. For each, whether the scenario's org records have a match, and the edit that adds one.
 */
import { definedElements } from '../../flows/definition';
import { sameValue } from '../../flows/interpreter/operators';
import { inputText } from '../../model/inputValue';
import { isResourceText } from '../../model/references';
import type { Orchestration, Scenario, Step, TraceFlowRun } from '../../model/types';
import { newRecordId } from './newRecordId';

type Literal = string | number | boolean;

/** One lookup: an object and the field values it asks for, with the elements that make it. */
export interface LookupSite {
  object: string;
  /** field → value, in the order the first element gives them */
  fields: [string, Literal][];
  /** `Flow.Element` of each Get Records element that looks this record up */
  elements: string[];
  /**
   * When a value comes from an input variable of the flow: the steps whose input passes that fixed
   * value (the lookup looks for this record only in their runs of the flow).
   */
  steps?: string[];
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

type Filter = { field: string; operator: string; value?: unknown };

/** The input variables a flow definition declares, by lower-case name. */
function inputVariables(definition: unknown): Set<string> {
  const variables = (definition as { variables?: { name: string; isInput?: boolean }[] } | undefined)?.variables ?? [];
  return new Set(variables.filter((v) => v.isInput).map((v) => v.name.toLowerCase()));
}

/** The fixed value a step passes to the flow input `name` (case-insensitive), or undefined (none, or a resource, R50). */
function stepLiteral(step: Step, name: string, isResource: (text: string) => boolean): Literal | undefined {
  const inputs = step.inputs ?? {};
  const key = Object.keys(inputs).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key === undefined) return undefined;
  const value = inputs[key]!;
  if (typeof value !== 'string') return value;
  return value === '' || isResource(inputText(value)) ? undefined : value;
}

/** Each filter's fixed value, reading an input variable's from `step`; undefined when one is not fixed or not "equals". */
function fixedFields(filters: readonly Filter[], inputs: Set<string>, step: Step | undefined, isResource: (text: string) => boolean): [string, Literal][] | undefined {
  const fields: [string, Literal][] = [];
  for (const filter of filters) {
    if (filter.operator !== 'EqualTo') return undefined;
    let value = literal(filter.value);
    const ref = (filter.value as { ref?: unknown } | undefined)?.ref;
    if (value === undefined && step && typeof ref === 'string' && inputs.has(ref.toLowerCase())) value = stepLiteral(step, ref, isResource);
    if (value === undefined) return undefined;
    fields.push([filter.field, value]);
  }
  return fields;
}

/**
 * The Get Records elements of the catalog's flow definitions whose filters are all "equals" a
 * fixed value, joined by AND (a lookup by a value the run computes depends on the run, not on the
 * org's setup), merged by object and values, in object order. A filter on an input variable of the
 * flow is fixed for each step that passes the flow a fixed value (`alias` = "Quentin"): the admin
 * wrote the value on the step, and the org's record is setup all the same.
 */
export function lookupSites(doc: Orchestration): LookupSite[] {
  const sites = new Map<string, LookupSite>();
  const add = (object: string, fields: [string, Literal][], element: string, step?: string) => {
    const key = JSON.stringify([object, [...fields].sort(([a], [b]) => a.localeCompare(b)), step !== undefined]);
    const site = sites.get(key) ?? { object, fields, elements: [], ...(step !== undefined ? { steps: [] } : {}) };
    sites.set(key, site);
    if (!site.elements.includes(element)) site.elements.push(element);
    if (step !== undefined && !site.steps!.includes(step)) site.steps!.push(step);
  };
  const names = new Set([...(doc.variables ?? []).map((v) => v.name), ...(doc.formulas ?? []).map((f) => f.name), ...doc.stages.flatMap((st) => [st.name, ...st.steps.map((step) => step.name)])]);
  const isResource = (text: string) => isResourceText(text, (name) => names.has(name));
  const callers = (flow: string) => doc.stages.flatMap((st) => st.steps.filter((step) => step.flow === flow));
  const definitions = new Map((doc.flows ?? []).map((f) => [f.name, f.definition]));
  for (const { flow, element } of definedElements(doc.flows ?? [])) {
    if (element.kind !== 'recordLookup' || element.filters.length === 0) continue;
    if (element.filterLogic !== undefined && element.filterLogic.toLowerCase() !== 'and') continue;
    const filters = element.filters as readonly Filter[];
    const fixed = fixedFields(filters, new Set(), undefined, isResource);
    if (fixed) { add(element.object, fixed, `${flow}.${element.name}`); continue; }
    const inputs = inputVariables(definitions.get(flow));
    if (inputs.size === 0) continue;
    for (const step of callers(flow)) {
      const fields = fixedFields(filters, inputs, step, isResource);
      if (fields) add(element.object, fields, `${flow}.${element.name}`, step.name);
    }
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

/**
 * The scenario with a record the lookup finds: an Id of its own and the field values it asks for;
 * as it is when it has one already (a button's scenario may have been edited since the run).
 */
export function giveLookupRecord(scenario: Scenario, site: LookupSite): Scenario {
  if (lookupMatch(scenario, site) !== null) return scenario;
  const records: Records = scenario.records ?? {};
  const existing = Object.prototype.hasOwnProperty.call(records, site.object) ? records[site.object]! : [];
  const record = Object.fromEntries([['Id', newRecordId(records, site.object)], ...site.fields]) as Records[string][number];
  return { ...scenario, records: { ...records, [site.object]: [...existing, record] } };
}

/**
 * The lookups of `sites` that this flow run made and found nothing for: its Get Records elements
 * that read no record, each matched to its site — for a value a step passes, the site of the step
 * the run is for (another step passes another value).
 */
export function lookupsNotFound(run: Pick<TraceFlowRun, 'flow' | 'step' | 'recordsRead'>, sites: readonly LookupSite[]): LookupSite[] {
  const found = run.recordsRead
    .filter((r) => r.ids.length === 0)
    .map((r) => sites.find((site) => site.elements.includes(`${run.flow}.${r.element}`) && (site.steps === undefined || (run.step !== undefined && site.steps.includes(run.step)))))
    .filter((site): site is LookupSite => site !== undefined);
  return [...new Set(found)];
}
