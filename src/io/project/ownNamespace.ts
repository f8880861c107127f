/**
 * A namespaced project's own prefix in its flows. A managed package's project declares its namespace
 * in `sfdx-project.json` (`"namespace": "animalshelters"`), and its source files name its objects and
 * fields without it (`objects/Animal_Shelter_Settings__c`, `Type__c`), while flows saved in the
 * packaging org write either form: `{!$Record.animalshelters__Type__c}` beside `{!$Record.Type__c}`,
 * `$Setup.animalshelters__Animal_Shelter_Settings__c`, a Process Builder action calling the flow
 * `animalshelters__Animal_Length_of_Stay_Calculation` (SalesforceLabs/AnimalShelterStarter: 26 of its
 * 61 flows). In that org both spell the same thing — Salesforce's Apex Developer Guide ("Namespace
 * Prefix"): the parser assumes the current namespace for objects and fields not qualified otherwise —
 * so a flow read from such a project drops its own prefix and names everything as the project's
 * files do (chosen: docs/flows.md). Another package's prefix is kept.
 */
import type { FlowDefinition } from '../../flows/definition';

/** A namespace prefix as Salesforce allows it: a letter, then letters, digits and single underscores (at most 15 characters). */
const NAMESPACE = /^[A-Za-z](?:[A-Za-z0-9]|_(?!_))*$/;

/** The namespace `sfdx-project.json` (its text) declares, or undefined: none, empty, not JSON, not a valid prefix. */
export function namespaceOfSfdxProject(text: string): string | undefined {
  let parsed: unknown;
  try { parsed = JSON.parse(text); } catch { return undefined; }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined;
  const namespace = (parsed as Record<string, unknown>).namespace;
  return typeof namespace === 'string' && namespace.length <= 15 && NAMESPACE.test(namespace) && !namespace.endsWith('_') ? namespace : undefined;
}

/** `namespace__` where it starts a name (not inside another: `xanimalshelters__`), case-insensitively as API names are. */
function prefixOf(namespace: string): RegExp {
  return new RegExp(`(?<![A-Za-z0-9_])${namespace}__(?=[A-Za-z])`, 'gi');
}

/** `text` without the project's own prefix on the names it spells (`$Setup.ns__X__c.ns__F__c` → `$Setup.X__c.F__c`). */
export function withoutOwnPrefix(text: string, namespace: string | undefined): string {
  return namespace === undefined ? text : text.replace(prefixOf(namespace), '');
}

/**
 * `definition` with the project's own prefix dropped from every name it holds — references,
 * formulas, templates, objects, fields, called flows and actions — but not from text values the
 * flow writes or compares (`<stringValue>`), which are data; unchanged without a namespace.
 */
export function withoutOwnNamespace(definition: FlowDefinition, namespace: string | undefined): FlowDefinition {
  if (namespace === undefined || !prefixOf(namespace).test(JSON.stringify(definition))) return definition;
  const prefix = prefixOf(namespace);
  const strip = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return key === 'string' ? value : value.replace(prefix, '');
    if (Array.isArray(value)) return value.map((item) => strip(item, undefined));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(v, k)]));
  };
  return strip(definition, undefined) as FlowDefinition;
}
