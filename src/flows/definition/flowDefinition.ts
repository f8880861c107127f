/**
 * The typed model of a Flow's metadata as the interpreter needs it. JSON-safe: it is stored in a
 * catalog entry's `definition` (FORMAT addition) and in IndexedDB, and checked with
 * `FlowDefinition.safeParse` when read back. Built from `.flow-meta.xml` by
 * `src/io/flowXml/readFlowDefinition.ts`.
 */
import { z } from 'zod';
import '../../model/schema'; // sets zod's jitless mode before any schema is built
import { FlowElement } from './elements';
import { FlowChoice, FlowConstant, FlowDynamicChoiceSet, FlowFormula, FlowTextTemplate, FlowVariable } from './resources';
import { RecordFilter } from './valueSpec';
import { MAX_CUSTOM_METADATA_RECORDS } from '../org/deployedCustomMetadata';
import { QUEUE_MEMBER_TYPES } from '../org/deployedGroupMembers';
import { MAX_DEPLOYED_SETUP_RECORDS } from '../org/deployedSetupRecords';

/** Version of this model; bump when a stored definition must be read again from its file. */
export const FLOW_DEFINITION_VERSION = 1;

/** The start element: its connector; for record-triggered flows, the object and trigger (read only). */
export const FlowStart = z.object({
  connector: z.string().optional(),
  object: z.string().optional(),
  /** RecordAfterSave, RecordBeforeSave, RecordBeforeDelete, Scheduled, PlatformEvent… */
  triggerType: z.string().optional(),
  /** Create, Update, CreateAndUpdate, Delete. */
  recordTriggerType: z.string().optional(),
  filterLogic: z.string().optional(),
  filters: z.array(RecordFilter).optional(),
  filterFormula: z.string().optional(),
  /** "Only when a record is updated to meet the condition requirements" (`doesRequireRecordChangedToMeetCriteria`). */
  requireChangeToMeet: z.boolean().optional(),
  /** Names of scheduled paths. */
  scheduledPaths: z.array(z.string()).optional(),
  /** "Run Asynchronously" paths (`pathType` `AsyncAfterCommit`): their connectors, run after the immediate path. */
  asyncPaths: z.array(z.string()).optional(),
  /** Timed scheduled paths: when they run, relative to the save (`RecordTriggerEvent`) or a date field of `$Record` (`RecordField`). */
  timedPaths: z.array(z.object({
    name: z.string(),
    connector: z.string().optional(),
    offsetNumber: z.number(),
    /** Minutes, Hours, Days, Months. */
    offsetUnit: z.string(),
    timeSource: z.string().optional(),
    recordField: z.string().optional(),
  })).optional(),
});
export type FlowStart = z.infer<typeof FlowStart>;

/** A custom setting as its project declares it (FlowDefinition.customSettings). */
export const FlowCustomSetting = z.object({
  /** `<customSettingsType>`: `Hierarchy` or `List`; absent when the project holds only its field files. */
  settingsType: z.string().optional(),
  /** The fields the flow reads, by API name: `<type>` (Checkbox, Number, Text…) and `<defaultValue>`, a formula. */
  fields: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.object({ type: z.string().optional(), defaultValue: z.string().optional() })),
});
export type FlowCustomSetting = z.infer<typeof FlowCustomSetting>;

/** A project's setup record carried by a definition (a queue or group, a record type): its fields' values, with an Id and a DeveloperName. */
const SetupRecord = z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .refine((r) => typeof r.Id === 'string' && typeof r.DeveloperName === 'string', 'a queue, group, record type or custom notification type has an Id and a DeveloperName');

export const FlowDefinition = z.object({
  version: z.literal(FLOW_DEFINITION_VERSION),
  /** AutoLaunchedFlow, Flow (screen), EvaluationFlow, Orchestrator, Workflow, … */
  processType: z.string(),
  /** Active, Draft, Obsolete, InvalidDraft. */
  status: z.string().optional(),
  apiVersion: z.number().optional(),
  label: z.string().optional(),
  /** DefaultMode, SystemModeWithSharing, SystemModeWithoutSharing. */
  runInMode: z.string().optional(),
  start: FlowStart,
  variables: z.array(FlowVariable),
  constants: z.array(FlowConstant),
  formulas: z.array(FlowFormula),
  textTemplates: z.array(FlowTextTemplate),
  choices: z.array(FlowChoice),
  /**
   * Dynamic choice sets (record, picklist or collection choices). A definition stored before they
   * were read (a name only) still checks: a set with no object, which offers nothing to store.
   */
  dynamicChoiceSets: z.array(z.union([FlowDynamicChoiceSet, z.string().transform((name): FlowDynamicChoiceSet => ({ name, filters: [], outputAssignments: [] }))])),
  /**
   * Stages of a screen flow's progress (`<stages>`: name, label, order, active at the start). Absent in
   * definitions stored before they were read.
   */
  stages: z.array(z.object({ name: z.string(), label: z.string().optional(), order: z.number().optional(), isActive: z.boolean().optional() })).optional(),
  /**
   * The custom labels the flow references (`{!$Label.Name}`), by name: attached from the project's
   * labels files when the flow is read from a project (io/project/customLabels.ts).
   */
  labels: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string()).optional(),
  /**
   * The custom settings the flow reads through `{!$Setup.Object.Field}` as its project declares them
   * (object metadata: the setting's type and the fields read, with their types and default values),
   * attached when the flow is read from a project (io/project/customSettings.ts): what a `$Setup` read
   * gives when the scenario's records hold no record of the setting. Present but empty: the flow was
   * read with its project, which declares none of them.
   */
  customSettings: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), FlowCustomSetting).optional(),
  /**
   * The project's custom metadata records of the types the flow names (`Type__mdt` in a Get Records or
   * `{!$CustomMetadata.Type__mdt.Record.Field}`), by type: each with its `Id` and `DeveloperName` and its
   * fields' values (io/project/customMetadataRecords.ts), attached when the flow is read from a project.
   * A run adds them to its org unless it was given a record of the type with that DeveloperName
   * (flows/org/deployedCustomMetadata.ts).
   */
  customMetadata: z.record(
    z.string().regex(/^[A-Za-z][A-Za-z0-9_]*__mdt$/i),
    z.array(z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.union([z.string(), z.number(), z.boolean(), z.null()])).refine((r) => typeof r.Id === 'string' && typeof r.DeveloperName === 'string', 'a custom metadata record has an Id and a DeveloperName')).max(MAX_CUSTOM_METADATA_RECORDS),
  ).optional(),
  /**
   * The project's queues and public groups as Group records (`DeveloperName`, `Name`, `Type`, an `Id`
   * of their own: io/project/deployedGroups.ts), attached when the flow, read from a project, reads
   * the object Group. A run adds them to its org unless it was given a Group with that DeveloperName
   * (flows/org/deployedSetupRecords.ts).
   */
  groups: z.array(SetupRecord).max(MAX_DEPLOYED_SETUP_RECORDS).optional(),
  /**
   * The members the project's queues declare (`<queueMembers>`: a user by Username, a public group or
   * role by DeveloperName), each with the Id its GroupMember takes (io/project/queueMembers.ts),
   * attached when the flow, read from a project, reads the object GroupMember. A run adds a
   * GroupMember for each one its records resolve (flows/org/deployedGroupMembers.ts).
   */
  groupMembers: z.array(z.object({
    Id: z.string().regex(/^011PRJ[0-9A-Z]{12}$/),
    Queue: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/),
    MemberType: z.enum(QUEUE_MEMBER_TYPES),
    Member: z.string().min(1).max(80),
  })).max(MAX_DEPLOYED_SETUP_RECORDS).optional(),
  /**
   * The project's record types as RecordType records (`DeveloperName`, `Name`, `SobjectType`,
   * `IsActive`, an `Id` of their own: io/project/deployedRecordTypes.ts), attached when the flow, read
   * from a project, reads the object RecordType; a RecordType given to the run of the same object and
   * DeveloperName wins (flows/org/deployedSetupRecords.ts).
   */
  recordTypes: z.array(SetupRecord).max(MAX_DEPLOYED_SETUP_RECORDS).optional(),
  /**
   * The project's custom notification types as CustomNotificationType records (`DeveloperName`,
   * `CustomNotifTypeName`, `MasterLabel`, `Desktop`, `Mobile`…, an `Id` of their own:
   * io/project/deployedNotificationTypes.ts), attached when the flow, read from a project, reads the
   * object CustomNotificationType; one given to the run with the same DeveloperName wins
   * (flows/org/deployedSetupRecords.ts).
   */
  notificationTypes: z.array(SetupRecord).max(MAX_DEPLOYED_SETUP_RECORDS).optional(),
  /**
   * The project's stored Checkbox fields by object (io/project/checkboxFields.ts), attached when the
   * flow is read from a project: a run's records given without one hold false
   * (flows/org/omittedCheckboxes.ts), as in Salesforce.
   */
  checkboxes: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.array(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/)).max(MAX_DEPLOYED_SETUP_RECORDS)).optional(),
  /**
   * The project's custom child relationships the flow's Update Records update through, keyed
   * `parent.things__r` lower-cased: the child object and its lookup (io/project/childRelationships.ts),
   * attached when the flow is read from a project; a run finds `$Record.Things__r` through them.
   */
  childRelationships: z.record(z.string().regex(/^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*__r$/), z.object({ object: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), field: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/) })).optional(),
  /** Every element by name, in document order. */
  elements: z.record(z.string(), FlowElement),
});

export type FlowDefinition = z.infer<typeof FlowDefinition>;
