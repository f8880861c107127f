/**
 * The stored Checkboxes of a record's object read when a run needs them: a scenario given from
 * outside the project (`stageflow simulate --scenario`, a stageflow.config.json's scenarios) may give
 * records of an object no pass of the reading read — no orchestration reads it, no flow creates it,
 * no scenario file of the project gives records of it (docs/projects.md). The project's listing
 * knows its field files, so they are kept (not their texts) with the project and the designs opened
 * from it, and that object's are read then: one object's fields, not every object's of a big org.
 * So "an omitted stored Checkbox reads false" holds for every record of an object the project
 * declares, whoever gives the record.
 */
import { isSafeKey } from '../../flows/org/safeKeys';
import type { Orchestration, Scenario } from '../../model/types';
import { API_NAME } from './apiName';
import { checkboxFieldsOfFiles } from './checkboxFields';
import { isFieldFileOf } from './createdObjects';
import { DEFAULT_PROJECT_LIMITS } from './limits';
import { objectOfFieldFile } from './objectFields';
import { readInOrder } from './readInOrder';
import type { LazyProjectFile } from './types';

interface FieldFiles {
  readonly files: readonly LazyProjectFile[];
  /** What each object (lower-cased) read on demand gave: read once, whichever scenario asks. */
  readonly read: Map<string, Record<string, string[]> | undefined>;
}

/** By the project (or a design opened from it): the field files its listing held, read or not. */
const listed = new WeakMap<object, FieldFiles>();

/**
 * Keeps the field files among `entries` (a project's listing) for `owner`, a project read from them;
 * `readBefore` are objects the reading read already (their Checkboxes are carried, or they have none),
 * so a run never reads them again (a trigger object of hundreds of fields without a Checkbox).
 */
export function keepFieldFiles(owner: object, entries: readonly LazyProjectFile[], readBefore: Iterable<string> = []): void {
  const files = entries.filter((e) => objectOfFieldFile(e.path) !== null);
  if (files.length > 0) listed.set(owner, { files, read: new Map([...readBefore].map((o) => [o.toLowerCase(), undefined])) });
}

/** `design`, opened from `project`, reads the field files kept for the project. */
export function shareFieldFiles(project: object, design: object): void {
  const kept = listed.get(project);
  if (kept) listed.set(design, kept);
}

/** The objects (lower-cased) the design's flows carry no stored Checkboxes of. */
function carried(doc: Orchestration): Set<string> {
  const objects = new Set<string>();
  for (const flow of doc.flows ?? []) {
    const checkboxes = (flow.definition as { checkboxes?: Record<string, string[]> } | undefined)?.checkboxes;
    for (const object of Object.keys(checkboxes ?? {})) objects.add(object.toLowerCase());
  }
  return objects;
}

/** `doc` with `checkboxes` added to the first flow that carries a definition: a run's org takes every flow's (engine/runRecords.ts). */
function withCheckboxes(doc: Orchestration, checkboxes: Record<string, string[]>): Orchestration {
  const flows = doc.flows ?? [];
  const at = flows.findIndex((f) => typeof f.definition === 'object' && f.definition !== null && !Array.isArray(f.definition));
  if (at < 0) return doc;
  const definition = flows[at]!.definition as { checkboxes?: Record<string, string[]> };
  const changed = { ...flows[at]!, definition: { ...definition, checkboxes: { ...definition.checkboxes, ...checkboxes } } };
  return { ...doc, flows: flows.map((f, i) => (i === at ? changed : f)) };
}

/**
 * `doc` with the stored Checkboxes of the objects `scenario` gives records of that its flows do not
 * carry yet, read from the project's field files now; `doc` itself when it was not opened from a
 * listed project, or nothing is to add. A field file that cannot be read leaves its field out, as
 * the reading's own passes do.
 */
export async function withScenarioCheckboxes(doc: Orchestration, scenario: Scenario | undefined): Promise<Orchestration> {
  const kept = listed.get(doc);
  if (!kept || !scenario?.records) return doc;
  const have = carried(doc);
  const wanted = [...new Set(Object.keys(scenario.records).filter((o) => isSafeKey(o) && API_NAME.test(o)).map((o) => o.toLowerCase()))].filter((o) => !have.has(o));
  await readObjects(kept, wanted);
  const add = Object.assign({}, ...wanted.map((o) => kept.read.get(o) ?? {})) as Record<string, string[]>;
  return Object.keys(add).length > 0 ? withCheckboxes(doc, add) : doc;
}

/** Reads the field files of those of `objects` (lower-cased) not read yet for `kept`, once. */
async function readObjects(kept: FieldFiles, objects: readonly string[]): Promise<void> {
  const unread = new Set(objects.filter((o) => !kept.read.has(o)));
  if (unread.size === 0) return;
  const files = await readInOrder(kept.files.filter((f) => isFieldFileOf(f.path, unread)), { problems: [], total: 0 }, DEFAULT_PROJECT_LIMITS, 'object files');
  const found = checkboxFieldsOfFiles(files) ?? {};
  for (const object of unread) kept.read.set(object, undefined);
  for (const [object, fields] of Object.entries(found)) kept.read.set(object.toLowerCase(), { [object]: fields });
}

/**
 * The stored Checkboxes of `object` that no pass of the reading of `owner` (a project) read, read
 * from its field files now (once): the app's Scenarios gives a record added there those fields, as
 * a run of the command line gives them to a scenario's records. Empty when the object was read by
 * the reading (its Checkboxes are carried), declares none, or `owner` kept no field files.
 */
export async function unreadCheckboxesOf(owner: object, object: string): Promise<string[]> {
  const kept = listed.get(owner);
  if (!kept || !isSafeKey(object) || !API_NAME.test(object)) return [];
  const key = object.toLowerCase();
  await readObjects(kept, [key]);
  return Object.values(kept.read.get(key) ?? {})[0] ?? [];
}
