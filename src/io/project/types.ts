/**
 * An SFDX project as Stageflow reads it: a set of files with paths (from a folder, dropped files or
 * a `.zip`), of which every `*.flow-meta.xml` is read. Orchestrations are listed; the flows they
 * call are resolved by API name (the file name) from the same project.
 */
import type { FlowType } from '../../model/types';
import type { FieldValue } from '../../flows/org/simulatedOrg';

/** A file of the project: its path inside the project (`/` separators) and its text. */
export interface ProjectFile {
  readonly path: string;
  readonly text: string;
}

/** A file not read yet (a browser File, a directory entry, a file on disk). */
export interface LazyProjectFile {
  readonly path: string;
  /** Its size in bytes when known before reading (checked against the caps first). */
  readonly size?: number;
  read(): Promise<string>;
}

/** Something the reader has to say about a file; `line`/`column` for malformed XML. */
export interface ProjectProblem {
  readonly file: string;
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** A JSON path in the imported document (for problems of the opened orchestration). */
  readonly path?: string;
  readonly line?: number;
  readonly column?: number;
  /** A flow file that could not be read whose text names processType Orchestrator: an orchestration not listed, not a flow steps call. */
  readonly orchestration?: boolean;
}

/** How an orchestration starts, as its file says. */
export type OrchestrationStart =
  | { readonly type: 'autolaunched' }
  | { readonly type: 'recordTriggered'; readonly object?: string; readonly when?: string };

/** One orchestration of the project, as the picker lists it. */
export interface ProjectOrchestration {
  /** The API name: the file name without `.flow-meta.xml`. */
  readonly apiName: string;
  readonly path: string;
  readonly label?: string;
  readonly apiVersion?: number;
  /** `<status>`: Active, Draft, Obsolete, InvalidDraft… */
  readonly status?: string;
  readonly trigger: OrchestrationStart;
  readonly stageCount: number;
  /**
   * The objects whose records it reads besides the triggering record: its Record variables'
   * (`curUser` → User) and those a reference reaches through a relationship named after its object
   * (`$Record.Account.Tier__c` → Account).
   */
  readonly recordObjects?: readonly string[];
}

/** One other flow of the project (what steps and conditions can call). */
export interface ProjectFlow {
  readonly apiName: string;
  readonly path: string;
  readonly processType?: string;
  readonly label?: string;
  readonly status?: string;
  /** The catalog type a step or condition uses it as, when its processType has one. */
  readonly type?: FlowType;
  /**
   * Its Start element's `<triggerType>` (RecordAfterSave, Scheduled, PlatformEvent…): a flow its
   * trigger starts, which no step or subflow can call (projectFlowOffer.ts).
   */
  readonly triggerType?: string;
}

/** A field an object's metadata declares (objectFields.ts). */
export interface ProjectField {
  /** Its API name: `Parent_Case__c`. */
  readonly name: string;
  /** Its Salesforce type: `Lookup`, `MasterDetail`, `Checkbox`, `Number`… */
  readonly type?: string;
  /** Its label, as an admin reads it in Setup (`<label>`): the run view names the field by it. */
  readonly label?: string;
  /** The objects a lookup points to (`<referenceTo>`). */
  readonly referenceTo?: readonly string[];
  /** A picklist's values (API names), when its own metadata or its standard value set lists them. */
  readonly values?: readonly string[];
  /** The global value set a picklist takes its values from (`<valueSetName>`). */
  readonly valueSet?: string;
  /** A standard picklist known only from its standard value set (no field file declares it). */
  readonly standard?: true;
  /** `<defaultValue>`: a formula (`false`, `3`, `"EMEA"`, `TODAY()`), what a new record — or a custom setting no one set — holds. */
  readonly defaultValue?: string;
  /** A formula field (`<formula>`): computed on read, never stored, so a record given without it is not filled in. */
  readonly formula?: true;
}

/** A custom setting as the project declares it (customSettings.ts). */
export interface ProjectCustomSetting {
  /** Its API name as the project spells it: `Automation_Settings__c`. */
  readonly name: string;
  /** `<customSettingsType>`: `Hierarchy` or `List`; absent when the project holds only its field files. */
  readonly settingsType?: string;
  readonly fields: ReadonlyMap<string, ProjectField>;
}

/** Custom settings by lower-cased API name. */
export type ProjectCustomSettings = ReadonlyMap<string, ProjectCustomSetting>;

/** A project's custom metadata records by lower-cased type (`booking_counter__mdt`): the type as its files spell it, and its records (customMetadataRecords.ts). */
export type ProjectCustomMetadata = ReadonlyMap<string, { readonly name: string; readonly records: readonly Readonly<Record<string, FieldValue>>[] }>;

/** Fields by object, then by field name. */
export type ProjectObjects = ReadonlyMap<string, ReadonlyMap<string, ProjectField>>;

/** A project: its flow files by API name, the orchestrations and flows listed, and what was reported. */
export interface Project {
  /** Flow files that parsed, by API name (the first by path when two files share a name). */
  readonly files: ReadonlyMap<string, ProjectFile>;
  readonly orchestrations: readonly ProjectOrchestration[];
  readonly flows: readonly ProjectFlow[];
  readonly problems: readonly ProjectProblem[];
  /** The fields the project declares on the objects its orchestrations read records of (objectFields.ts, `metadataObjects`). */
  readonly objects?: ProjectObjects;
  /** The scenario files beside each orchestration, by its API name, not parsed yet (scenarioFiles.ts). */
  readonly scenarioFiles?: ReadonlyMap<string, readonly ProjectFile[]>;
  /** The namespace its `sfdx-project.json` declares: its flows are read without that prefix (ownNamespace.ts). */
  readonly namespace?: string;
  /** The custom labels of its labels files, by lower-cased name (customLabels.ts): what `$Label.Name` reads. */
  readonly labels?: ReadonlyMap<string, string>;
  /**
   * The custom settings its flows read through `$Setup`, as its object metadata declares them, by
   * lower-cased name (customSettings.ts); absent when no flow reads one, empty when it declares none.
   */
  readonly customSettings?: ProjectCustomSettings;
  /**
   * The custom metadata records (`customMetadata/Type.Record.md-meta.xml`) of the types its flows name
   * (customMetadataRecords.ts); absent when no flow names one or the project holds none of their records.
   */
  readonly customMetadata?: ProjectCustomMetadata;
  /**
   * Its queues and public groups as Group records (deployedGroups.ts); absent when no flow reads the
   * object Group or the project holds none.
   */
  readonly groups?: readonly Readonly<Record<string, FieldValue>>[];
  /**
   * The members its queues declare, by name, each with the Id its GroupMember takes (queueMembers.ts);
   * absent when no flow reads the object GroupMember or the queues declare none.
   */
  readonly groupMembers?: readonly Readonly<Record<string, FieldValue>>[];
  /**
   * Its record types as RecordType records (deployedRecordTypes.ts); absent when no flow reads the
   * object RecordType or the project holds none.
   */
  readonly recordTypes?: readonly Readonly<Record<string, FieldValue>>[];
  /**
   * Its custom notification types as CustomNotificationType records (deployedNotificationTypes.ts);
   * absent when no flow reads the object CustomNotificationType or the project holds none.
   */
  readonly notificationTypes?: readonly Readonly<Record<string, FieldValue>>[];
  /**
   * The custom child relationships its flows' Update Records update through (`$Record.Things__r`),
   * keyed `parent.things__r` lower-cased: the child object and its lookup (childRelationships.ts);
   * absent when no flow updates through one or no field file names it.
   */
  readonly childRelationships?: ReadonlyMap<string, { readonly object: string; readonly field: string }>;
  /**
   * The stored Checkbox fields, by object, of the objects its flows create records of
   * (createdObjects.ts) and its scenario files give records of (scenarioRecordObjects.ts), that its
   * orchestrations read none of: `objects` holds the others' fields.
   */
  readonly recordCheckboxes?: Readonly<Record<string, string[]>>;
  /**
   * Not every file was read: a cap was reached (limits.ts; its problem says which). "No
   * orchestration" then means none among the files read, not none in the project.
   */
  readonly incomplete?: true;
}

/** The file that makes a folder an SFDX project (its package directories, its namespace). */
export const SFDX_PROJECT_FILE = 'sfdx-project.json';

/** The suffix of Flow metadata files in an SFDX project (source format). */
export const FLOW_FILE_SUFFIX = '.flow-meta.xml';

/**
 * The suffix of Flow metadata files in the Metadata API format: a package retrieved with
 * `sf project retrieve start --target-metadata-dir`, Workbench or the Ant tool
 * (`unpackaged/flows/Name.flow`). The XML inside is the same.
 */
export const METADATA_API_FLOW_SUFFIX = '.flow';

/** Where an SFDX project keeps its flows (for "which file it looked for"). */
export const DEFAULT_FLOWS_FOLDER = 'force-app/main/default/flows';
