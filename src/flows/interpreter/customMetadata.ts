/**
 * `$CustomMetadata.Type__mdt.Record.Field`: a field of a custom metadata type's record, named by its
 * type and the record's API name (DeveloperName), as Salesforce's formula global reads it (Apex's
 * `FormulaEval.FormulaGlobal` CUSTOMMETADATA, "a custom metadata record"; Process Builder writes it in
 * its formulas, survey 10). The simulated org holds custom metadata records as it holds any other
 * (`--records`, the scenario's records: `{ "Type__mdt": [{ "DeveloperName": "Record", … }] }`), so
 * the record is the org's record of the type with that DeveloperName, compared ignoring case as API
 * names are (*chosen*). Salesforce refuses to save a formula naming a record that does not exist, so
 * a record the org lacks stops the run as unsupported, saying what to give.
 */
import type { SimulatedOrg } from '../org/simulatedOrg';
import { readField } from '../org/simulatedOrg';
import type { FlowValue } from '../values';
import { unsupported } from './stop';

/** `{!$CustomMetadata.Type.Record.Field…}`'s value: `path` is what follows `$CustomMetadata` (type, record, field…). */
export function customMetadataField(org: SimulatedOrg, path: readonly string[], reference: string): FlowValue {
  const [type, name, ...field] = path;
  if (type === undefined || name === undefined || field.length === 0) {
    throw unsupported(`{!${reference}} names no field: $CustomMetadata is read as $CustomMetadata.Type__mdt.Record.Field (a custom metadata type, one of its records' API name, a field)`, { reference });
  }
  const object = org.objects().find((o) => o.toLowerCase() === type.toLowerCase());
  const lower = name.toLowerCase();
  const record = object === undefined ? undefined : org.recordsOf(object).find((r) => String(readField(r, 'DeveloperName') ?? '').toLowerCase() === lower);
  if (record === undefined) {
    const has = object === undefined ? 'the simulated org has no records of it' : `no record of ${object} in the simulated org has that DeveloperName`;
    throw unsupported(`{!${reference}} reads the custom metadata record ${name} of ${type}, and ${has} (give a record of ${type} with DeveloperName "${name}" in the records)`, { reference });
  }
  const value = field.length === 1 ? readField(record, field[0]!) : org.readPath(record, field);
  return { type: 'Unknown', value };
}
