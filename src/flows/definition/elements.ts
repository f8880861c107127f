/**
 * A flow's elements as the interpreter runs them, one schema per kind, discriminated by `kind`.
 * Connectors hold the target element's name (`isGoTo` is irrelevant to running). An element of a
 * kind the interpreter does not run is kept as `unsupported` with its metadata tag, so a run that
 * reaches it stops with a message naming it.
 */
import { z } from 'zod';
import { FlowCondition, FlowValueSpec, NamedValue, OutputAssignment, RecordFilter } from './valueSpec';
import { MATCH_OPERATIONS } from './matchOperations';

const base = {
  name: z.string(),
  label: z.string().optional(),
  /** The next element; absent: the flow ends here. */
  connector: z.string().optional(),
  /** Where the run goes when this element fails; absent: the failure ends the run (faulted). */
  faultConnector: z.string().optional(),
};

/** One row of an assignment: `ref operator value`. */
export const AssignmentItem = z.object({ ref: z.string(), operator: z.string(), value: FlowValueSpec.optional() });
export type AssignmentItem = z.infer<typeof AssignmentItem>;

export const AssignmentElement = z.object({ kind: z.literal('assignment'), ...base, items: z.array(AssignmentItem) });

/** A decision outcome (rule): conditions, their logic (`and`, `or` or custom like `1 AND (2 OR 3)`), target. */
export const DecisionRule = z.object({
  name: z.string(),
  label: z.string().optional(),
  logic: z.string(),
  conditions: z.array(FlowCondition),
  connector: z.string().optional(),
  /** "Only if the record that triggered the flow was updated to meet the condition". */
  requiresChange: z.boolean().optional(),
});
export type DecisionRule = z.infer<typeof DecisionRule>;

export const DecisionElement = z.object({
  kind: z.literal('decision'), ...base, rules: z.array(DecisionRule),
  defaultConnector: z.string().optional(), defaultLabel: z.string().optional(),
});

export const LoopElement = z.object({
  kind: z.literal('loop'), ...base,
  collection: z.string(),
  order: z.enum(['Asc', 'Desc']),
  /** Older loops copy each item into a variable; newer ones are referenced by the loop's own name. */
  itemVariable: z.string().optional(),
  nextValue: z.string().optional(),
  noMoreValues: z.string().optional(),
});

const recordWhere = { filterLogic: z.string().optional(), filters: z.array(RecordFilter) };

export const RecordLookupElement = z.object({
  kind: z.literal('recordLookup'), ...base,
  object: z.string(),
  ...recordWhere,
  sortField: z.string().optional(),
  sortOrder: z.enum(['Asc', 'Desc']).optional(),
  getFirstRecordOnly: z.boolean(),
  storeOutputAutomatically: z.boolean(),
  outputReference: z.string().optional(),
  outputAssignments: z.array(OutputAssignment),
  queriedFields: z.array(z.string()),
  assignNullValuesIfNoRecordsFound: z.boolean().optional(),
  limit: z.number().optional(),
});

export const RecordCreateElement = z.object({
  kind: z.literal('recordCreate'), ...base,
  object: z.string().optional(),
  inputReference: z.string().optional(),
  inputAssignments: z.array(NamedValue),
  assignRecordIdToReference: z.string().optional(),
  storeOutputAutomatically: z.boolean().optional(),
  // "Check for Matching Records" (API 61+): the element's own conditions find the records it would
  // duplicate, and the three operations say whether to create, update or skip (recordCreateMatching.ts)
  filterLogic: z.string().optional(),
  filters: z.array(RecordFilter).optional(),
  operationZeroMatchingRecords: z.enum(MATCH_OPERATIONS.zero).optional(),
  operationOneMatchingRecord: z.enum(MATCH_OPERATIONS.one).optional(),
  operationMultMatchingRecords: z.enum(MATCH_OPERATIONS.many).optional(),
  upsertExternalIdField: z.string().optional(),
  upsertStandardIdField: z.string().optional(),
});

export const RecordUpdateElement = z.object({
  kind: z.literal('recordUpdate'), ...base,
  object: z.string().optional(),
  inputReference: z.string().optional(),
  ...recordWhere,
  inputAssignments: z.array(NamedValue),
});

export const RecordDeleteElement = z.object({
  kind: z.literal('recordDelete'), ...base,
  object: z.string().optional(),
  inputReference: z.string().optional(),
  ...recordWhere,
});

export const SubflowElement = z.object({
  kind: z.literal('subflow'), ...base,
  flowName: z.string(),
  inputAssignments: z.array(NamedValue),
  outputAssignments: z.array(OutputAssignment),
  storeOutputAutomatically: z.boolean().optional(),
});

export const ActionCallElement = z.object({
  kind: z.literal('actionCall'), ...base,
  actionName: z.string(),
  actionType: z.string(),
  inputParameters: z.array(NamedValue),
  outputParameters: z.array(OutputAssignment),
  storeOutputAutomatically: z.boolean().optional(),
  /**
   * The objects a generic invocable action was set to (`<dataTypeMappings>`): `T__record` or
   * `U__records` (`U__` a list) → `Account`; what its record outputs hold, as Flow Builder asked.
   */
  dataTypeMappings: z.array(z.object({ typeName: z.string(), typeValue: z.string() })).optional(),
});

/** One event a wait element resumes on: a time (`AlarmEvent` with base time and offset) or a platform event. */
export const WaitEvent = z.object({
  /**
   * Absent in Flow Builder's newer "Wait for Amount of Time" / "Wait Until Date" elements (`WaitDuration`,
   * `WaitDate`), which save their one event with a label (`el_0`) and no name; a run calls it by its label.
   */
  name: z.string().optional(),
  label: z.string().optional(),
  eventType: z.string().optional(),
  /**
   * A Marketing Cloud flow's "Wait Until Event" (a segment-triggered flow): the engagement event it
   * waits for (`trgrOnEmailOpenEngagement`), saved in place of an `eventType`; not simulated.
   */
  automationEventType: z.string().optional(),
  conditionLogic: z.string().optional(),
  conditions: z.array(FlowCondition),
  inputParameters: z.array(NamedValue),
  outputParameters: z.array(OutputAssignment),
  connector: z.string().optional(),
  /** Newer "wait for an amount of time" events: the offset and its unit (Minutes, Hours, Days, Months). */
  offset: z.number().optional(),
  offsetUnit: z.string().optional(),
});
export type WaitEvent = z.infer<typeof WaitEvent>;

export const WaitElement = z.object({
  kind: z.literal('wait'), ...base,
  subtype: z.string().optional(),
  events: z.array(WaitEvent),
  defaultConnector: z.string().optional(),
  timeoutConnector: z.string().optional(),
});

/** A field of a screen (sections and regions flattened into the list, in document order). */
export const ScreenField = z.object({
  name: z.string(),
  fieldType: z.string(),
  /** A record field shown by the screen (Dynamic Forms, `ObjectProvided`): the record variable's field it edits, `curCase.Subject`. */
  objectField: z.string().optional(),
  dataType: z.string().optional(),
  defaultValue: FlowValueSpec.optional(),
  defaultChoice: z.string().optional(),
  choices: z.array(z.string()).optional(),
  extensionName: z.string().optional(),
  inputParameters: z.array(NamedValue).optional(),
  outputParameters: z.array(OutputAssignment).optional(),
  storeOutputAutomatically: z.boolean().optional(),
  isRequired: z.boolean().optional(),
  /**
   * "Validate Input" (`<validationRule>`): a Boolean formula that must be true for the answer to be
   * taken (`{!FieldName}` is the answer), and the error message shown when it is not, as written
   * (Flow Builder's rich text: HTML tags and entities, shown as plain text by the run).
   */
  validationRule: z.object({ formula: z.string(), errorMessage: z.string() }).optional(),
  /**
   * "Set Component Visibility" (`<visibilityRule>`): the field is shown only while these conditions
   * hold (logic `and`, `or` or custom, as a decision outcome's); a hidden field's value is null.
   */
  visibilityRule: z.object({ logic: z.string(), conditions: z.array(FlowCondition) }).optional(),
  /** The section or column the field is in (fields are flattened): a hidden container hides it too. */
  parent: z.string().optional(),
});
export type ScreenField = z.infer<typeof ScreenField>;

/**
 * A screen action (`<actions>` of a screen): an active autolaunched flow the screen runs while it is
 * shown, its outputs read as `{!Action.Results.output}` and `{!Action.InProgress}`.
 */
export const ScreenAction = z.object({ name: z.string(), actionName: z.string(), actionType: z.string(), inputParameters: z.array(NamedValue) });
export type ScreenAction = z.infer<typeof ScreenAction>;

/** What runs a screen action (`<triggers>`): the screen loading (`flow__screeninit`) or a field changing, and the actions it runs. */
export const ScreenTrigger = z.object({ eventName: z.string(), eventSource: z.string().optional(), actions: z.array(z.string()) });
export type ScreenTrigger = z.infer<typeof ScreenTrigger>;

export const ScreenElement = z.object({
  kind: z.literal('screen'), ...base, fields: z.array(ScreenField),
  actions: z.array(ScreenAction).optional(), triggers: z.array(ScreenTrigger).optional(),
});

export const CollectionProcessorElement = z.object({
  kind: z.literal('collectionProcessor'), ...base,
  /** SortCollectionProcessor, FilterCollectionProcessor, RecastCollectionProcessor… */
  subtype: z.string(),
  collection: z.string(),
  /** The variable each item is in while the filter's conditions are tested. */
  itemVariable: z.string().optional(),
  /** Sort keys by priority; `emptyFirst` is "Put empty string and null values first" (`doesPutEmptyStringAndNullFirst`). */
  sortOptions: z.array(z.object({ field: z.string().optional(), order: z.enum(['Asc', 'Desc']), emptyFirst: z.boolean().optional() })),
  limit: z.number().optional(),
  conditionLogic: z.string().optional(),
  conditions: z.array(FlowCondition),
  formula: z.string().optional(),
});

/** One message of a Custom Error element: its text (with `{!…}` merge fields) and, for a field error, the field. */
export const CustomErrorMessage = z.object({ message: z.string(), isFieldError: z.boolean(), field: z.string().optional() });

/** `customErrors`: ends the run as failed with its messages, rolling its record changes back. */
export const CustomErrorElement = z.object({ kind: z.literal('customError'), ...base, messages: z.array(CustomErrorMessage) });

/** `recordRollbacks` (Roll Back Records): undoes the record changes of the current transaction. */
export const RecordRollbackElement = z.object({ kind: z.literal('recordRollback'), ...base });

/**
 * One mapping of a Transform (`transformValueActions`): its `transformType` (`Map`, or the aggregates
 * `Sum` and `Count`), the target field it sets (`outputFieldApiName`; absent: the whole target value),
 * and what it gives: a value (a reference may read one item of a source collection,
 * `Accounts[$EachItem].Id`), a formula (`formulaExpression` typed by `formulaDataType`), or, for an
 * aggregate, its input parameters (`aggregationValues`, `aggregationField`).
 */
export const TransformAction = z.object({
  type: z.string(),
  outputField: z.string().optional(),
  value: FlowValueSpec.optional(),
  formula: z.object({ dataType: z.string().optional(), expression: z.string() }).optional(),
  inputParameters: z.array(NamedValue),
});
export type TransformAction = z.infer<typeof TransformAction>;

/** `transforms` (Transform): maps source data to a target value or collection, stored under its name. */
export const TransformElement = z.object({
  kind: z.literal('transform'), ...base,
  /** The target's type (`SObject`, `String`, `Number`…; `Apex` with `apexClass`) and object. */
  dataType: z.string().optional(),
  objectType: z.string().optional(),
  apexClass: z.string().optional(),
  isCollection: z.boolean(),
  storeOutputAutomatically: z.boolean().optional(),
  /** A variable the target is stored in (Salesforce's files store it automatically, `{!Element_Name}`). */
  outputReference: z.string().optional(),
  /** Every `transformValueActions` row, in order. */
  actions: z.array(TransformAction),
  /** How many `<transformValues>` groups the file has, when more than one (not simulated). */
  valueGroups: z.number().optional(),
});

/** An element the interpreter cannot run (Apex plugin, orchestrated stage…). */
export const UnsupportedElement = z.object({ kind: z.literal('unsupported'), ...base, tag: z.string() });

export const FlowElement = z.discriminatedUnion('kind', [
  AssignmentElement, DecisionElement, LoopElement, RecordLookupElement, RecordCreateElement, RecordUpdateElement,
  RecordDeleteElement, SubflowElement, ActionCallElement, WaitElement, ScreenElement, CollectionProcessorElement,
  CustomErrorElement, RecordRollbackElement, TransformElement, UnsupportedElement,
]);

export type FlowElement = z.infer<typeof FlowElement>;
export type FlowElementKind = FlowElement['kind'];
/** The element of kind `K`. */
export type ElementOf<K extends FlowElementKind> = Extract<FlowElement, { kind: K }>;
