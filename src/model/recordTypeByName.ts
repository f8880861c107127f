/**
 * A record's `RecordTypeId` given by the record type's DeveloperName (`"RecordTypeId": "Support_Case"`),
 * or by its label when one record type of the object has it (`"Support Case"`),
 * in a scenario's `record` and `records` and in `stageflow flow`'s `--records`: an admin knows the
 * record type by its API name, not by the Id the simulated org gives a project's record type
 * (`012PRJ…`), so the name is resolved when the run starts to the Id of that object's RecordType of
 * that DeveloperName (ignoring case, as every DeveloperName match of the run) — a project's, or one
 * the run was given. An Id of a RecordType the run holds is kept. A value shaped as a RecordType Id of
 * a real org (`012` and 12 or 15 letters and digits) that no record has is kept as given (*chosen*: a
 * flow comparing `$Record.RecordTypeId` with an Id of the admin's org, written in the flow, still
 * matches it), and said only when the run holds record types of that object, which the admin may have
 * meant. Anything else is kept as given and said, naming the object's record types: never turned
 * into a silent null. Pure data, so the scenario check (validateScenarioData.ts) and the run
 * (flows/org/recordTypeNames.ts) decide alike.
 */

/** One RecordType record of the run, as plain fields (`Id`, `DeveloperName`, `SobjectType`, `Name`). */
export type RecordTypeFields = Readonly<Record<string, unknown>>;

/** What a `RecordTypeId` value is, against the run's record types. */
export type RecordTypeIdValue =
  | { kind: 'kept' }
  | { kind: 'named'; id: string }
  | { kind: 'unknownId' }
  /** The label (`Name`) of several record types of the object: the DeveloperName says which. */
  | { kind: 'ambiguous'; candidates: RecordTypeFields[] }
  | { kind: 'unknown' };

/** A RecordType Id of a real org: key prefix `012`, 15 or 18 letters and digits. No DeveloperName starts with a digit. */
const RECORD_TYPE_ID = /^012[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?$/;

/** Record types named in a message at most; the rest are counted. */
const MAX_NAMED = 10;

/** A field of `fields`, ignoring case (as the org reads fields). */
export function fieldOf(fields: Readonly<Record<string, unknown>>, name: string): { key: string; value: unknown } | undefined {
  const wanted = name.toLowerCase();
  const key = Object.keys(fields).find((k) => k.toLowerCase() === wanted);
  return key === undefined ? undefined : { key, value: fields[key] };
}

const text = (fields: RecordTypeFields, name: string): string => {
  const value = fieldOf(fields, name)?.value;
  return typeof value === 'string' ? value : '';
};

/** The record types of `object` among `recordTypes`, in their order. */
export function recordTypesOf(object: string, recordTypes: readonly RecordTypeFields[]): RecordTypeFields[] {
  const wanted = object.toLowerCase();
  return recordTypes.filter((r) => text(r, 'SobjectType').toLowerCase() === wanted);
}

/** What `value`, given as the `RecordTypeId` of a record of `object`, is against the run's `recordTypes`. */
export function recordTypeIdValue(value: unknown, object: string, recordTypes: readonly RecordTypeFields[]): RecordTypeIdValue {
  if (value === null || value === undefined || value === '') return { kind: 'kept' };
  if (typeof value === 'string') {
    if (recordTypes.some((r) => text(r, 'Id') === value)) return { kind: 'kept' };
    const wanted = value.trim().toLowerCase();
    const own = recordTypesOf(object, recordTypes).filter((r) => text(r, 'Id') !== '');
    const named = own.find((r) => text(r, 'DeveloperName').toLowerCase() === wanted);
    if (named) return { kind: 'named', id: text(named, 'Id') };
    // the label the admin reads in Setup (`Support Case`), when one record type has it (chosen,
    // docs/projects.md): the DeveloperName wins, being checked first
    const labelled = firstOfEachName(own.filter((r) => text(r, 'Name').trim().toLowerCase() === wanted));
    if (labelled.length === 1) return { kind: 'named', id: text(labelled[0]!, 'Id') };
    if (labelled.length > 1) return { kind: 'ambiguous', candidates: labelled };
    if (RECORD_TYPE_ID.test(value)) return { kind: 'unknownId' };
  }
  return { kind: 'unknown' };
}

/**
 * The first record type of each DeveloperName (ignoring case): a scenario's RecordType that overrides
 * the project's of the same DeveloperName comes first (runRecordTypes) and is one record type, not two.
 */
function firstOfEachName(types: readonly RecordTypeFields[]): RecordTypeFields[] {
  const seen = new Set<string>();
  return types.filter((r) => {
    const name = text(r, 'DeveloperName').toLowerCase();
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  });
}

/** `Support_Case (Support Case), Sales_Case (Sales Case)`, at most MAX_NAMED of them. */
function listed(types: readonly RecordTypeFields[]): string {
  const names = types.slice(0, MAX_NAMED).map((r) => {
    const name = text(r, 'DeveloperName');
    const label = text(r, 'Name');
    return label && label !== name ? `${name} (${label})` : name;
  });
  return `${names.join(', ')}${types.length > MAX_NAMED ? ` and ${types.length - MAX_NAMED} more` : ''}`;
}

/**
 * What to say of `value`, the `RecordTypeId` of a record of `object` (`what`: "the triggering Case
 * 500…"), when it names no record type the run holds; null when there is nothing to say.
 */
export function recordTypeIdProblem(
  what: string,
  value: unknown,
  object: string,
  recordTypes: readonly RecordTypeFields[],
  /** What the value is, when the caller has read it already (recordTypeIdValue). */
  found: RecordTypeIdValue = recordTypeIdValue(value, object, recordTypes),
): string | null {
  if (found.kind === 'kept' || found.kind === 'named') return null;
  const own = recordTypesOf(object, recordTypes);
  if (found.kind === 'unknownId' && own.length === 0) return null;
  const shown = typeof value === 'string' ? `"${value.length > 80 ? `${value.slice(0, 80)}…` : value}"` : JSON.stringify(value);
  if (found.kind === 'ambiguous') {
    return `${what}: RecordTypeId ${shown} is the label of ${found.candidates.length} record types of ${object} (${listed(found.candidates)}): it is kept as given, so a field read through RecordType reads nothing; give the DeveloperName of the one meant`;
  }
  const exist = own.length > 0
    ? `${object}'s record types are ${listed(own)}`
    : `the run holds no record type of ${object} (a project's record types are read when a flow the run reaches reads RecordType: a Get Records on it, or a field through RecordType such as $Record.RecordType.DeveloperName; else give RecordType records)`;
  if (found.kind === 'unknownId') {
    return `${what}: RecordTypeId ${shown} is the Id of no RecordType the run holds (${exist}): it is kept as given, so a flow comparing RecordTypeId with this Id matches it, but a field read through RecordType reads nothing; give the record type by its DeveloperName, or a RecordType record with this Id`;
  }
  return `${what}: RecordTypeId ${shown} is neither the Id of a RecordType nor the DeveloperName or label of a record type of ${object} (${exist}): it is kept as given, so a field read through RecordType reads nothing`;
}

/**
 * The record types of `object` a RecordTypeId may name, as choices for an editor: the DeveloperName
 * (what the scenario holds) with the label beside it, the first of each DeveloperName (ignoring case).
 */
export function recordTypeChoices(object: string, recordTypes: readonly RecordTypeFields[]): { value: string; label: string }[] {
  return firstOfEachName(recordTypesOf(object, recordTypes)).flatMap((r) => {
    const name = text(r, 'DeveloperName');
    if (name === '') return [];
    const label = text(r, 'Name');
    return [{ value: name, label: label && label !== name ? `${label} (${name})` : name }];
  });
}
