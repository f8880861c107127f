/**
 * The value lists and limits of the document format (FORMAT.md), without zod: the schemas
 * (orchestrationSchema.ts) are built from them and re-export them, and code that only needs a list
 * imports it from here, so that it does not load zod (docs/performance.md).
 */
export const STATUS_VALUES = ['NotStarted', 'InProgress', 'Completed', 'Discontinued', 'Canceled', 'Error'] as const;
export const RUN_STATUSES = ['InProgress', 'Completed', 'Error', 'Canceled', 'Suspended'] as const;
export const STAGE_STATUSES = ['InProgress', 'Completed', 'Suspended', 'Canceled', 'Discontinued', 'Error'] as const;
export const TRACE_EVENT_TYPES = [
  'runStarted', 'runCompleted', 'runErrored', 'runSuspended', 'runResumed', 'runCanceled',
  'stageStarted', 'stageCompleted', 'stageErrored', 'stageDiscontinued', 'stageSuspended', 'stageCanceled',
  'runRetried', 'stepStarted', 'stepCompleted', 'stepErrored', 'stepDiscontinued', 'stepCanceled',
  'workItemAssigned', 'workItemCompleted', 'evaluation', 'decisionTaken', 'variableSet',
] as const;
export const OPERATORS = [
  'EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo',
  'Contains', 'StartsWith', 'EndsWith', 'IsNull', 'IsBlank', 'WasSet',
] as const;
export const VARIABLE_TYPES = ['Text', 'Number', 'Boolean', 'Date', 'DateTime', 'Record'] as const;
export const FLOW_TYPES = ['autolaunched', 'screen', 'evaluation'] as const;
export const RUN_MODES = ['default', 'user', 'systemWithSharing', 'systemWithoutSharing'] as const;
export const MAX_LOGIC_LENGTH = 1000;
export const MAX_REQUIREMENTS = 10;

export const FORMULA_TYPES = ['Text', 'Number', 'Currency', 'Boolean', 'Date', 'DateTime'] as const;

export const RECORD_TRIGGER_WHEN = ['create', 'update', 'createAndUpdate'] as const;
export const RECORD_FILTER_OPERATORS = [
  'EqualTo', 'NotEqualTo', 'GreaterThan', 'GreaterThanOrEqualTo', 'LessThan', 'LessThanOrEqualTo',
  'Contains', 'StartsWith', 'EndsWith', 'IsNull', 'IsChanged',
] as const;
