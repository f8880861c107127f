/**
 * A property of an Apex-defined variable (`dataType` Apex with an `apexClass`, such as the request
 * body of an External Services action), set by an Assignment row (`{!objRequest.email}`). Salesforce
 * Help's "Variable Resource": the Apex class "defines fields for the Apex-defined data type", its
 * `@AuraEnabled` fields being available in a flow. Nothing about a class is known offline, so the
 * variable holds a plain object of what the flow set, read back as any object value is (slotPath.ts
 * readSlotPath).
 */
import type { FlowDefinition } from '../definition';
import type { FlowValue } from '../values';

/** True when `name` is a variable the flow declares with the Apex data type (one value, not a collection). */
export function isApexDefinedVariable(definition: FlowDefinition, name: string): boolean {
  const lower = name.toLowerCase();
  const declared = definition.variables.find((v) => v.name.toLowerCase() === lower);
  return declared !== undefined && declared.dataType === 'Apex' && !declared.isCollection;
}

/**
 * The variable's object with `property` set to `value` (a property already there, in any case,
 * keeps its spelling). *Chosen:* a variable that holds nothing yet gets a new object, as a record
 * variable gets its first field; the value is kept as given, since the class's property types are
 * not known here.
 */
export function withProperty(current: FlowValue, property: string, value: FlowValue): FlowValue {
  const payload = current.value;
  const properties: Record<string, unknown> = payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? { ...payload } : {};
  const existing = Object.keys(properties).find((k) => k.toLowerCase() === property.toLowerCase()) ?? property;
  properties[existing] = value.value;
  return { type: 'Unknown', value: properties };
}
