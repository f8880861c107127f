/**
 * `$` globals a flow reads: `$Flow.*` (the virtual clock, the fault message, the current record, the
 * current and active stages), `$GlobalConstant.*`, `$System.OriginDateTime`, `$User.*` (the run-as identity) and what hangs
 * off it (`$Profile.*`, `$UserRole.*`, `$Permission.*`), `$Organization.*`, `$Record` and
 * `$Record__Prior`, `$Api`'s server URLs — everything org-shaped read from the simulated org's
 * records — `$Label.*`, the custom labels the flow's definition carries from its project, and
 * `$Setup.*`, custom settings: the org's record, else the project's declared defaults
 * (customSettings.ts), and `$CustomMetadata.*`, the org's custom metadata records (customMetadata.ts). An org-shaped global whose records the scenario does not give stops the run
 * as unsupported, saying which to give; any other global (`$Api.Session_ID`, …) does too, naming it.
 */
import type { FlowCustomSetting } from '../definition';
import type { FieldValue, OrgRecord, SimulatedOrg } from '../org/simulatedOrg';
import { readField } from '../org/simulatedOrg';
import { booleanValue, dateTimeValue, dateValue, NULL_FLOW_VALUE, textValue, type FlowValue } from '../values';
import { dateAt, dateTimeAt } from '../virtualClock';
import { customMetadataField } from './customMetadata';
import { customSetting } from './customSettings';
import { unsupported } from './stop';
import type { FlowRunAs, TriggerRecord } from './types';

/** What the globals read from the run. */
export interface GlobalsContext {
  now: number;
  startedAt: number;
  startAt?: string;
  faultMessage: string | null;
  flowName: string;
  runAs?: FlowRunAs;
  record?: TriggerRecord;
  recordPrior?: TriggerRecord;
  /**
   * The save is a creation: a flow triggered on create (or on create and update) run with its
   * `$Record` and no record before the save. `$Record__Prior` then holds no record (null).
   */
  recordCreated?: boolean;
  /** The flow is triggered only on update: a missing $Record__Prior is the record before that update. */
  recordUpdateOnly?: boolean;
  /** An after-save trigger: `$Record` has been saved, so Salesforce has set its CreatedDate, LastModifiedDate and SystemModstamp. */
  recordSaved?: boolean;
  /** Fields the run assigned to `$Record` (`$Record.Status = …`), over what the org or the caller holds. */
  recordEdits?: ReadonlyMap<string, { readonly field: string; readonly value: FieldValue }>;
  /** What the flow assigned to `$Flow.CurrentRecord`, if it did. */
  currentRecord?: string | null;
  /** `$Flow.CurrentStage`: the first stage active by default, or what the flow assigned. */
  currentStage?: string | null;
  /** `$Flow.ActiveStages`: the active stages' names, in order. */
  activeStages?: readonly string[];
  /** The custom labels the flow's definition carries (from its project), by name. */
  labels?: Readonly<Record<string, string>>;
  /** The custom settings the flow's definition carries (from its project's object metadata), by object name. */
  customSettings?: Readonly<Record<string, FlowCustomSetting>>;
  org: SimulatedOrg;
}

/**
 * Reads a field path of a record (relationships through the org); a missing field is null, and so
 * is a polymorphic step (`Owner:User`, `Owner:Queue`) to a record of another type. A `:` the run
 * does not understand (`Owner:`, `Owner:User` with no field after it) stops as unsupported, naming
 * the reference, rather than reading null.
 */
export function fieldPath(org: SimulatedOrg, rec: OrgRecord, path: readonly string[], reference?: string): FlowValue {
  if (path.length === 0) return { type: 'Record', value: { ...rec.fields } };
  const badStep = path.findIndex((part, i) => part.includes(':') && (i === path.length - 1 || !/^[A-Za-z]\w*:[A-Za-z]\w*$/.test(part)));
  if (badStep >= 0) {
    const what = reference ?? path.join('.');
    throw unsupported(`{!${what}}: "${path[badStep]}" is not read by the simulator (a polymorphic step is written Relationship:Object and is followed by a field, as in Owner:User.Email)`, { reference: what });
  }
  const raw = path.length === 1 ? readField(rec, path[0]!) : org.readPath(rec, path);
  return { type: 'Unknown', value: raw };
}

/** The run-as user: the org's User with that Username, else a record holding only the Username. */
function userRecord(ctx: GlobalsContext): OrgRecord {
  const username = ctx.runAs?.user ?? '$AutomatedProcessUser';
  const found = ctx.org.recordsOf('User').find((u) => readField(u, 'Username') === username);
  return found ?? { object: 'User', fields: { Username: username } };
}

/** The fields Salesforce sets when it saves a record, as it spells them. */
const SAVE_TIME_NAMES = ['CreatedDate', 'LastModifiedDate', 'SystemModstamp'];

/** `rec` with each of `names` it is given without (or empty) set to `value`. */
function withFieldsSet(rec: OrgRecord, names: readonly string[], value: string): OrgRecord {
  const missing = names.filter((name) => {
    const current = readField(rec, name);
    return current === null || current === '';
  });
  if (missing.length === 0) return rec;
  const keys = Object.keys(rec.fields);
  const fields = { ...rec.fields };
  for (const name of missing) fields[keys.find((k) => k.toLowerCase() === name.toLowerCase()) ?? name] = value;
  return { object: rec.object, fields };
}

/**
 * An after-save trigger's records with their save-time fields: `$Record` given without them (a
 * scenario rarely writes them) was saved as the run started (*chosen*), the rule its scheduled paths
 * and waits already follow (scheduleTime.ts, SAVE_TIME_FIELDS), so an entry condition or formula on
 * `CreatedDate` and a path timed from it read the same time. `$Record__Prior` is the same record
 * before the update: its `CreatedDate` is `$Record`'s (a save never changes it), while its
 * `LastModifiedDate` and `SystemModstamp`, which every save sets anew, stay as given.
 */
function withSaveTimes(ctx: GlobalsContext, rec: OrgRecord, live: boolean): OrgRecord {
  if (!ctx.recordSaved) return rec;
  const savedAt = dateTimeAt(ctx.startedAt, ctx.startAt);
  if (live) return withFieldsSet(rec, SAVE_TIME_NAMES, savedAt);
  const created = ctx.record ? readField(triggerRecord(ctx, ctx.record, true), 'CreatedDate') : null;
  return withFieldsSet(rec, ['CreatedDate'], typeof created === 'string' && created !== '' ? created : savedAt);
}

/** `$Record`: the org's record with that Id when it is there (so it sees the flow's own updates), else the given fields. */
function triggerRecord(ctx: GlobalsContext, given: TriggerRecord, live: boolean): OrgRecord {
  const id = given.fields.Id ?? given.fields.id;
  const stored = live && typeof id === 'string' ? ctx.org.get(id) : undefined;
  const rec = withSaveTimes(ctx, stored ?? { object: given.object, fields: given.fields }, live);
  if (!live || !ctx.recordEdits || ctx.recordEdits.size === 0) return rec;
  const fields = { ...rec.fields };
  for (const [lower, { field, value }] of ctx.recordEdits) fields[Object.keys(fields).find((k) => k.toLowerCase() === lower) ?? field] = value;
  return { object: rec.object, fields };
}

/** The org record a lookup field of the run-as user points at (`ProfileId`, `UserRoleId`), or unsupported naming what to give. */
function userLookup(ctx: GlobalsContext, lookup: string, object: string, reference: string): OrgRecord {
  const user = userRecord(ctx);
  const id = readField(user, lookup);
  const found = typeof id === 'string' ? ctx.org.get(id) : undefined;
  if (found) return found;
  // a run given no running user (stageflow flow without --user; an orchestration's runs always have one)
  if (ctx.runAs === undefined) {
    throw unsupported(`{!${reference}} reads the running user's ${object}, and this run has no running user (give one: stageflow flow's --user <Username>, with that User, its ${lookup} and the ${object} record with that Id in the records)`, { reference });
  }
  const username = readField(user, 'Username');
  throw unsupported(`{!${reference}} reads the running user's ${object}, which the simulated org does not have (give a User record with Username "${String(username)}" and ${lookup}, and the ${object} record with that Id, in the scenario's records)`, { reference });
}

/** `$Organization.Field`: the org's Organization record (the scenario's records), else unsupported. */
function organization(ctx: GlobalsContext, reference: string): OrgRecord {
  const found = ctx.org.recordsOf('Organization')[0];
  if (!found) throw unsupported(`{!${reference}} reads the organization, which the simulated org does not have (give an Organization record in the scenario's records)`, { reference });
  return found;
}

/**
 * `$Permission.Name`: whether the running user holds that custom permission, read through the records
 * Salesforce keeps it in: the `CustomPermission` (by `DeveloperName`), a `SetupEntityAccess` giving it
 * to a permission set (`ParentId` → `SetupEntityId`), and that set held by the user — assigned to them
 * (a `PermissionSetAssignment` with `AssigneeId`), or their profile's own set (a `PermissionSet` whose
 * `ProfileId` is the user's `ProfileId`: every profile is a permission set in Salesforce, so a
 * permission enabled on the profile counts without an assignment record). A permission the org has
 * no CustomPermission record for is unsupported.
 */
function customPermission(ctx: GlobalsContext, name: string, reference: string): FlowValue {
  const permission = ctx.org.recordsOf('CustomPermission').find((p) => String(readField(p, 'DeveloperName') ?? '').toLowerCase() === name.toLowerCase());
  if (!permission) {
    throw unsupported(`{!${reference}} reads the custom permission ${name}, which the simulated org does not have (give a CustomPermission record with DeveloperName "${name}" in the scenario's records; the running user holds it through a SetupEntityAccess giving it to a PermissionSet that a PermissionSetAssignment assigns to the user, or whose ProfileId is the user's ProfileId)`, { reference });
  }
  // a run given no running user (stageflow flow without --user) cannot say who holds it: not read as withheld
  if (ctx.runAs === undefined) {
    throw unsupported(`{!${reference}} reads whether the running user holds the custom permission ${name}, and this run has no running user (give one: stageflow flow's --user <Username>, with that User in the records)`, { reference });
  }
  const user = userRecord(ctx);
  const userId = readField(user, 'Id');
  const profileId = readField(user, 'ProfileId');
  const sets = new Set(ctx.org.recordsOf('PermissionSetAssignment').filter((a) => userId !== null && readField(a, 'AssigneeId') === userId).map((a) => readField(a, 'PermissionSetId')));
  // the profile's own permission set (IsOwnedByProfile): the user holds it through their profile
  if (typeof profileId === 'string' && profileId !== '') {
    for (const set of ctx.org.recordsOf('PermissionSet')) if (readField(set, 'ProfileId') === profileId) sets.add(readField(set, 'Id'));
  }
  sets.delete(null);
  const granted = ctx.org.recordsOf('SetupEntityAccess').some((access) => readField(access, 'SetupEntityId') === readField(permission, 'Id') && sets.has(readField(access, 'ParentId')));
  return booleanValue(granted);
}

/** `$Api.Partner_Server_URL_260` and `$Api.Enterprise_Server_URL_260`: the SOAP endpoint of that API version, on a host that does not exist (*chosen*). */
function apiServerUrl(ctx: GlobalsContext, name: string): FlowValue | undefined {
  const match = /^(partner|enterprise)_server_url_(\d+)$/i.exec(name);
  if (!match) return undefined;
  const version = `${match[2]!.slice(0, -1) || '0'}.${match[2]!.slice(-1)}`;
  const orgId = ctx.org.recordsOf('Organization')[0]?.fields.Id;
  return textValue(`https://simulated.invalid/services/Soap/${match[1]!.toLowerCase() === 'partner' ? 'u' : 'c'}/${version}/${typeof orgId === 'string' ? orgId : '00D000000000000'}`);
}

/**
 * `$Label.Name`: the custom label as the flow's project defines it (carried in its definition). Without
 * it the run is unsupported, saying where labels come from.
 */
function customLabel(ctx: GlobalsContext, name: string, reference: string): FlowValue {
  const labels = ctx.labels ?? {};
  const key = Object.keys(labels).find((k) => k.toLowerCase() === name.toLowerCase());
  if (key !== undefined) return textValue(labels[key]!);
  const where = ctx.labels !== undefined
    ? `the project's custom labels have no ${name}`
    : "the flow was not read with its project's custom labels (labels/CustomLabels.labels-meta.xml in the project folder)";
  throw unsupported(`{!${reference}} reads a custom label, and ${where}`, { reference });
}

/**
 * `$Record__Prior` when the record is being created: a record created has no version before the
 * save, so the variable holds no record (`{!$Record__Prior} IsNull true` is how real flows triggered
 * on create and update tell a creation apart), and a field of it reads null. *Chosen from real use*
 * (survey 7): Gusto/sfdc's active Case and Benefit Order triggers, run on create and update, read
 * `$Record__Prior.Latest_Customer_Response_Date_Time__c` and `$Record__Prior.Owner:Group.Name` in
 * their first decision with nothing guarding a creation, which would fail every new record if such a
 * read faulted as a field of an empty record variable does.
 */
function priorOfCreation(rest: readonly string[]): FlowValue {
  return rest.length === 0 ? { type: 'Record', value: null } : NULL_FLOW_VALUE;
}

/** The value of a `$` reference split at dots (`['$Flow', 'CurrentDate']`). */
export function readGlobal(ctx: GlobalsContext, parts: readonly string[], reference: string): FlowValue {
  const [head, ...rest] = parts as [string, ...string[]];
  const key = head.toLowerCase();
  const name = (rest[0] ?? '').toLowerCase();
  if (key === '$flow' && rest.length === 1) {
    if (name === 'currentdatetime') return dateTimeValue(dateTimeAt(ctx.now, ctx.startAt));
    if (name === 'currentdate') return dateValue(dateAt(ctx.now, ctx.startAt));
    if (name === 'interviewstarttime') return dateTimeValue(dateTimeAt(ctx.startedAt, ctx.startAt));
    if (name === 'faultmessage') return textValue(ctx.faultMessage);
    if (name === 'interviewguid') return textValue(`SIM-${ctx.flowName}`);
    if (name === 'currentrecord') return textValue(ctx.currentRecord ?? null);
    // blank until the flow sets it, as Salesforce reads it in a flow without stages (fault handlers log it)
    if (name === 'currentstage') return textValue(ctx.currentStage ?? null);
    // a multi-select value of the active stages' names (`Cart;Shipping`), blank when none is active
    if (name === 'activestages') return { type: 'MultiPicklist', value: ctx.activeStages && ctx.activeStages.length > 0 ? ctx.activeStages.join(';') : null };
  }
  if (key === '$globalconstant' && rest.length === 1) {
    if (name === 'true') return booleanValue(true);
    if (name === 'false') return booleanValue(false);
    if (name === 'emptystring') return textValue('');
  }
  if (key === '$system' && name === 'origindatetime' && rest.length === 1) return dateTimeValue('1900-01-01T00:00:00Z');
  if (key === '$user') return fieldPath(ctx.org, userRecord(ctx), rest, reference);
  if (key === '$profile') return fieldPath(ctx.org, userLookup(ctx, 'ProfileId', 'Profile', reference), rest, reference);
  if (key === '$userrole') return fieldPath(ctx.org, userLookup(ctx, 'UserRoleId', 'UserRole', reference), rest, reference);
  if (key === '$organization') return fieldPath(ctx.org, organization(ctx, reference), rest, reference);
  if (key === '$permission' && rest.length === 1) return customPermission(ctx, rest[0]!, reference);
  if (key === '$label' && rest.length === 1) return customLabel(ctx, rest[0]!, reference);
  const api = key === '$api' && rest.length === 1 ? apiServerUrl(ctx, rest[0]!) : undefined;
  if (api) return api;
  if (key === '$record' && ctx.record) return fieldPath(ctx.org, triggerRecord(ctx, ctx.record, true), rest, reference);
  if (key === '$record__prior' && ctx.recordPrior) return fieldPath(ctx.org, triggerRecord(ctx, ctx.recordPrior, false), rest, reference);
  if (key === '$setup' && rest.length === 2) return customSetting(ctx, rest[0]!, rest[1]!, reference);
  if (key === '$custommetadata') return customMetadataField(ctx.org, rest, reference);
  if (key === '$record__prior' && ctx.recordCreated) return priorOfCreation(rest);
  // with $Record given, what is missing is the record before the update (a flow triggered only on update), as IsChanged says
  if (key === '$record__prior' && ctx.record && ctx.recordUpdateOnly) throw unsupported(`{!${reference}} is read, but this flow runs only when a record is updated, and this run has no {!$Record__Prior} (the record before the update): give it`, { reference });
  if (key === '$record' || key === '$record__prior') throw unsupported(`{!${reference}} is read, but this run has no ${head} (give the triggering record)`, { reference });
  // a prompt flow (processType PromptFlow) reads the inputs of the prompt template that runs it and
  // writes the instructions it adds to the prompt (survey 11: `$Input.Recipient.Interest1__c`, a
  // Contact the template is given): neither exists outside Prompt Builder, and "a global the
  // simulator does not provide" did not say what the name is
  if (key === '$input' || key === '$output') {
    throw unsupported(`{!${reference}} reads ${key === '$input' ? 'an input' : 'the output'} of the prompt template that runs this flow (${head}: a prompt flow's, processType PromptFlow, started by Prompt Builder), which the simulator does not run`, { reference });
  }
  throw unsupported(`{!${reference}} is a global the simulator does not provide`, { reference });
}
