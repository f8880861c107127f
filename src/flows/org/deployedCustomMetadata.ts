/**
 * A project's custom metadata records (`customMetadata/Type.Record.md-meta.xml`, read by
 * io/project/customMetadataRecords.ts) added to the simulated org a run starts with: custom metadata
 * records are metadata, deployed with the project to every org it goes to, so a flow's Get Records on
 * `Type__mdt` and its `{!$CustomMetadata.Type__mdt.Record.Field}` find them as that org would
 * (*chosen*, docs/flows.md). One rule for every path — the app's run, `stageflow simulate`, `test`,
 * `coverage` and `stageflow flow`: a record the run was given (the scenario's `records`, `--records`)
 * of the same type and `DeveloperName` (both compared ignoring case, as API names are) wins, and the
 * project's record is left out. Each project record keeps the Id its reader gave it (its own `m00MDT…`
 * Id, from its type and name), so adding them never shifts the Ids the org generates for the records
 * a run creates.
 */
import { readField, type FieldValue, type SimulatedOrg } from './simulatedOrg';

/** Custom metadata records read from a project at most, in all (io/project/customMetadataRecords.ts), so at most this many of one type in a flow's definition. */
export const MAX_CUSTOM_METADATA_RECORDS = 2000;

/** Records by custom metadata type (`Booking_Counter__mdt`), each with its `Id` and `DeveloperName`. */
export type CustomMetadataRecords = Readonly<Record<string, readonly Readonly<Record<string, FieldValue>>[]>>;

/**
 * Adds `records` to `org`, leaving out each one whose type and DeveloperName the org already holds
 * (given records win; a record carried by two flows is added once). Returns how many were added.
 */
export function addCustomMetadataRecords(org: SimulatedOrg, records: CustomMetadataRecords): number {
  let added = 0;
  for (const type of Object.keys(records).sort()) {
    const given = org.objects().find((o) => o.toLowerCase() === type.toLowerCase());
    const names = new Set((given === undefined ? [] : org.recordsOf(given)).map((r) => String(readField(r, 'DeveloperName') ?? '').toLowerCase()));
    for (const fields of records[type] ?? []) {
      const name = String(fields.DeveloperName ?? '').toLowerCase();
      const id = fields.Id;
      // a record without a name cannot be read by name; one whose Id the org already uses would take a generated Id and shift the others'
      if (name === '' || names.has(name) || typeof id !== 'string' || org.get(id) !== undefined) continue;
      names.add(name);
      org.insert(given ?? type, fields);
      added++;
    }
  }
  return added;
}
