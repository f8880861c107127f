/**
 * What a project file may name as an object, field, record type or group: an API name, a letter
 * then letters, digits and underscores (`Case`, `Parent_Case__c`, `ns__Thing__c`). Every reader of
 * project metadata tests names with this one pattern, so a name one pass takes is never refused by
 * another (a file's name, a `<referenceTo>`, a scenario's `records` key).
 */
export const API_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

