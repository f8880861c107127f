/**
 * Inputs of a step that Salesforce fills or reads itself rather than its flow: their names start
 * with `ActionInput__`, and flows need not declare them. The one an admin sets is an interactive
 * step's related record (`ActionInput__RecordId`, "Related Record ID": the record its work item is
 * about). On a file of its own so that the panel and problem messages can name it without loading
 * the validator.
 */
export const ENGINE_INPUT_PREFIX = 'ActionInput__';
export const RELATED_RECORD_INPUT = 'ActionInput__RecordId';
