/**
 * A project's queues, public groups and roles (Group records), record types (RecordType records) and
 * custom notification types (CustomNotificationType records), read by io/project/deployedGroups.ts,
 * deployedRecordTypes.ts and deployedNotificationTypes.ts, added to the simulated org a run starts
 * with: they are metadata, deployed with the project, so a flow looking its queue or record type up
 * by DeveloperName finds it as the org the project is deployed to would (*chosen*, as for custom
 * metadata records: deployedCustomMetadata.ts). One rule for every path — the app's run, `stageflow
 * simulate`, `test`, `coverage` and `stageflow flow`: a record the run was given (the scenario's
 * `records`, `--records`) wins over the project's of the same DeveloperName (a Group) or the same
 * SobjectType and DeveloperName (a RecordType), or the same DeveloperName (a CustomNotificationType),
 * all compared ignoring case. Each project record keeps its own Id (`00GPRJ…`, `012PRJ…`, `0MLPRJ…`), so adding them never shifts the Ids the org generates.
 */
import { readField, type FieldValue, type SimulatedOrg } from './simulatedOrg';

/** Queues and groups, and record types, read from a project at most (each). */
export const MAX_DEPLOYED_SETUP_RECORDS = 2000;

type Fields = Readonly<Record<string, FieldValue>>;

/** Adds `records` to the org's `object` (as the org spells it), leaving out those whose key the org already holds or whose Id it uses. */
function addKeyed(org: SimulatedOrg, object: string, records: readonly Fields[], keyOf: (record: (field: string) => FieldValue | undefined) => string): number {
  const given = org.objects().find((o) => o.toLowerCase() === object.toLowerCase()) ?? object;
  const keys = new Set(org.recordsOf(given).map((r) => keyOf((field) => readField(r, field))));
  let added = 0;
  for (const fields of records) {
    const key = keyOf((field) => fields[field]);
    const id = fields.Id;
    // a record whose Id the org already uses would take a generated Id and shift the others'
    if (keys.has(key) || typeof id !== 'string' || org.get(id) !== undefined) continue;
    keys.add(key);
    org.insert(given, { ...fields });
    added++;
  }
  return added;
}

const text = (value: FieldValue | undefined): string => String(value ?? '').toLowerCase();

const ROLE_TYPES = new Set(['role', 'roleandsubordinates', 'roleandsubordinatesinternal']);

/**
 * Adds the project's queues, public groups and roles' groups; a Group of the org with the same
 * DeveloperName wins — of the same Type for a role's: Salesforce keeps three Groups of one role's
 * DeveloperName (Types Role, RoleAndSubordinates, RoleAndSubordinatesInternal). Returns how many were added.
 */
export function addDeployedGroups(org: SimulatedOrg, records: readonly Fields[]): number {
  return addKeyed(org, 'Group', records, (field) => {
    const type = text(field('Type'));
    return `${ROLE_TYPES.has(type) ? `${type}.` : ''}${text(field('DeveloperName'))}`;
  });
}

/** Adds the project's custom notification types; a CustomNotificationType of the org with the same DeveloperName wins. Returns how many were added. */
export function addDeployedNotificationTypes(org: SimulatedOrg, records: readonly Fields[]): number {
  return addKeyed(org, 'CustomNotificationType', records, (field) => text(field('DeveloperName')));
}

/** Adds the project's record types; a RecordType of the org with the same SobjectType and DeveloperName wins. Returns how many were added. */
export function addDeployedRecordTypes(org: SimulatedOrg, records: readonly Fields[]): number {
  return addKeyed(org, 'RecordType', records, (field) => `${text(field('SobjectType'))}.${text(field('DeveloperName'))}`);
}
