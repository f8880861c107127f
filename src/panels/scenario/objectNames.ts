/**
 * Object API names in the Scenarios dialog: which text is one, and which objects to offer where an
 * admin names an object (a custom relationship's record, Other records of the org).
 */
import { definedElements } from '../../flows/definition';
import type { Orchestration, Scenario } from '../../model/types';

/**
 * An object's API name as Salesforce writes it: `Case`, `Invoice__c`, `ns__Invoice__c` — letters,
 * digits and underscores, starting with a letter and not ending with an underscore.
 */
export function isObjectName(text: string): boolean {
  return /^[A-Za-z](?:[A-Za-z0-9_]*[A-Za-z0-9])?$/.test(text);
}

/**
 * The objects an admin is likely to mean where the dialog asks for one: the triggering object, the
 * objects of the scenario's records and the objects the flows' record elements name, in name
 * order. They are offered, not imposed: any object name can be typed.
 */
export function objectChoices(doc: Orchestration, scenario: Scenario, used: readonly string[] = objectsTheFlowsUse(doc)): string[] {
  const objects = new Set<string>(used);
  if (doc.trigger?.type === 'recordTriggered' && doc.trigger.object) objects.add(doc.trigger.object);
  for (const object of Object.keys(scenario.records ?? {})) objects.add(object);
  return [...objects].filter(isObjectName).sort((a, b) => a.localeCompare(b));
}

/** The objects the project flows' record elements (Get, Create, Update, Delete Records) name. */
export function objectsTheFlowsUse(doc: Orchestration): string[] {
  const objects = new Set<string>();
  for (const { element } of definedElements(doc.flows ?? [])) {
    if ('object' in element && typeof element.object === 'string') objects.add(element.object);
  }
  return [...objects];
}
