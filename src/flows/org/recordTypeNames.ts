/**
 * The records a run starts with may give `RecordTypeId` by the record type's DeveloperName
 * (`"RecordTypeId": "Support_Case"`): resolved here, once the org holds every RecordType of the run
 * (the project's, deployedSetupRecords.ts, and those the run was given), to that RecordType's Id, so
 * `$Record.RecordType.DeveloperName` and `$Record.RecordTypeId = {!Get_RT.Id}` read what the admin
 * meant. What each value means, and what is said of one that names nothing, is
 * model/recordTypeByName.ts' (the scenario check says the same). One rule for the engine's run
 * (the app, `simulate`, `test`) and `stageflow flow`.
 */
import { fieldOf, recordTypeIdProblem, recordTypeIdValue } from '../../model/recordTypeByName';
import type { FieldValue, OrgRecord, SimulatedOrg } from './simulatedOrg';

/** A value the run could not resolve: which record, and what is said of it. */
export interface RecordTypeNameProblem {
  readonly object: string;
  /** Where the record is among the org's records of `object` (the order they were given in). */
  readonly index: number;
  readonly id: string;
  readonly message: string;
}

/** The org's RecordType records' fields, however the org spells the object. */
function recordTypesIn(org: SimulatedOrg): Readonly<Record<string, FieldValue>>[] {
  return org.objects().filter((o) => o.toLowerCase() === 'recordtype').flatMap((o) => org.recordsOf(o).map((r) => r.fields));
}

/** `fields` (of a record of `object`) with a `RecordTypeId` given by DeveloperName replaced by its Id; unchanged otherwise. */
export function withRecordTypeIdResolved(org: SimulatedOrg, object: string, fields: Readonly<Record<string, FieldValue>>): Readonly<Record<string, FieldValue>> {
  const given = fieldOf(fields, 'RecordTypeId');
  if (!given) return fields;
  const found = recordTypeIdValue(given.value, object, recordTypesIn(org));
  return found.kind === 'named' ? { ...fields, [given.key]: found.id } : fields;
}

/**
 * Resolves every record's `RecordTypeId` given by DeveloperName, in place; returns what could not
 * be resolved (`describe` says which record a message is about: "the record 500… of --records").
 */
export function resolveRecordTypeNames(org: SimulatedOrg, describe: (rec: OrgRecord) => string = (rec) => `the ${rec.object} ${String(rec.fields.Id)}`): RecordTypeNameProblem[] {
  const recordTypes = recordTypesIn(org);
  const problems: RecordTypeNameProblem[] = [];
  for (const object of org.objects()) {
    for (const [index, rec] of org.recordsOf(object).entries()) {
      const given = fieldOf(rec.fields, 'RecordTypeId');
      if (!given) continue;
      const id = String(rec.fields.Id);
      const found = recordTypeIdValue(given.value, object, recordTypes);
      if (found.kind === 'named') org.update(id, { [given.key]: found.id });
      const message = recordTypeIdProblem(describe(rec), given.value, object, recordTypes, found);
      if (message) problems.push({ object, index, id, message });
    }
  }
  return problems;
}
