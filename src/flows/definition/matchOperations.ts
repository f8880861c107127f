/**
 * The values Salesforce takes for a Create Records element's "Check for Matching Records"
 * operations (Metadata API FlowRecordCreate, API 61.0+). The docs list only `None` when nothing
 * matches, but Flow Builder writes `AddRecord` there (the record is created), so both are read.
 */
export const MATCH_OPERATIONS = {
  zero: ['AddRecord', 'None'],
  one: ['None', 'UpdateAllRecords'],
  many: ['None', 'UpdateAllRecords', 'UpdateLatestRecord'],
} as const;
