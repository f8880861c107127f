/**
 * The fields a project declares on the objects its orchestrations read records of (the trigger
 * object, Record variables' objects, objects reached through relationships: projectFromFiles.ts
 * `metadataObjects`), read from the object metadata beside the flows:
 * `objects/Case/fields/Parent_Case__c.field-meta.xml` (an SFDX project) or the `<fields>` of
 * `objects/Case.object` (a retrieved package). They tell what a design reads of those records: a
 * lookup's object (`Parent_Case__r` reads the record `Parent_Case__c` holds, of the object its
 * `<referenceTo>` names), a field's type (a Checkbox is never null) and a picklist's values. Only
 * those objects' fields are read, so a big project's hundreds of objects cost nothing. Untrusted like every project file: names are checked, lookups are Maps.
 */
import { parseMetadataXml } from './parseMetadataXml';
import { childrenNamed, childText, firstChild, type XmlNode } from '../xml/xmlNode';
import type { ProjectField, ProjectFile, ProjectObjects, ProjectProblem } from './types';
import { API_NAME } from './apiName';

const SOURCE_FIELD = /(?:^|\/)objects\/([^/]+)\/fields\/([^/]+)\.field-meta\.xml$/i;
const PACKAGE_OBJECT = /(?:^|\/)objects\/([^/]+)\.object$/i;

/** An SFDX project's object file: `objects/Case/Case.object-meta.xml` (its label, a custom setting's type…). */
const SOURCE_OBJECT = /(?:^|\/)objects\/([^/]+)\/([^/]+)\.object-meta\.xml$/i;

/** The object an SFDX object file declares (`objects/My_Setting__c/My_Setting__c.object-meta.xml`), or null. */
export function objectOfObjectFile(path: string): string | null {
  const match = SOURCE_OBJECT.exec(path);
  return match && match[1] === match[2] && API_NAME.test(match[1]!) ? match[1]! : null;
}

/** The object a file declares fields of (`objects/Case/fields/X.field-meta.xml`, `objects/Case.object`), or null. */
export function objectOfFieldFile(path: string): string | null {
  const match = SOURCE_FIELD.exec(path) ?? PACKAGE_OBJECT.exec(path);
  return match && API_NAME.test(match[1]!) ? match[1]! : null;
}

/**
 * A picklist's `<valueSet>`: the values its own metadata lists (`<valueSetDefinition><value>
 * <fullName>`), or the global value set it names instead (`<valueSetName>`, resolved by
 * valueSets.ts).
 */
function picklistOf(node: XmlNode): { values?: string[]; valueSet?: string } {
  const set = firstChild(node, 'valueSet');
  if (!set) return {};
  const valueSet = childText(set, 'valueSetName');
  const definition = firstChild(set, 'valueSetDefinition');
  const values = definition ? childrenNamed(definition, 'value').map((v) => childText(v, 'fullName')).filter((v): v is string => v !== undefined && v !== '') : [];
  return { ...(values.length ? { values } : {}), ...(valueSet ? { valueSet } : {}) };
}

/** One `<CustomField>` or `<fields>` element as a field, or null when it names none. */
function fieldOf(node: XmlNode, fallbackName: string | undefined): ProjectField | null {
  const name = childText(node, 'fullName') ?? fallbackName;
  if (name === undefined || !API_NAME.test(name)) return null;
  const type = childText(node, 'type');
  const label = childText(node, 'label');
  const referenceTo = childrenNamed(node, 'referenceTo').map((r) => r.text ?? '').filter((o) => API_NAME.test(o));
  const picklist = type === 'Picklist' || type === 'MultiselectPicklist' ? picklistOf(node) : {};
  const defaultValue = childText(node, 'defaultValue');
  const formula = firstChild(node, 'formula') !== undefined;
  return { name, ...(type ? { type } : {}), ...(label ? { label } : {}), ...(referenceTo.length ? { referenceTo } : {}), ...picklist, ...(defaultValue !== undefined && defaultValue !== '' ? { defaultValue } : {}), ...(formula ? { formula: true as const } : {}) };
}

/**
 * The fields of `objects` declared among `files` (others are skipped), each object's by name; a
 * file that cannot be read is reported (at its line:col) and the rest is kept.
 */
export function readObjectFields(files: readonly ProjectFile[], objects: ReadonlySet<string>): { objects: ProjectObjects; problems: ProjectProblem[] } {
  const found = new Map<string, Map<string, ProjectField>>();
  const problems: ProjectProblem[] = [];
  const add = (object: string, field: ProjectField | null) => {
    if (!field) return;
    const fields = found.get(object) ?? new Map<string, ProjectField>();
    if (!fields.has(field.name)) fields.set(field.name, field);
    found.set(object, fields);
  };
  for (const file of files) {
    const object = objectOfFieldFile(file.path);
    if (object === null || !objects.has(object)) continue;
    const parsed = parseMetadataXml(file.text, SOURCE_FIELD.test(file.path) ? 'CustomField' : 'CustomObject');
    if (!parsed.ok) {
      const first = parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `object metadata not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    const root = parsed.root;
    if (root.tag === 'CustomField') add(object, fieldOf(root, SOURCE_FIELD.exec(file.path)?.[2]));
    else if (root.tag === 'CustomObject') for (const node of childrenNamed(root, 'fields')) add(object, fieldOf(node, undefined));
    else problems.push({ file: file.path, severity: 'warning', message: `object metadata not read: its root element is <${root.tag}>, not <CustomField> or <CustomObject>` });
  }
  return { objects: found, problems };
}

/** The field `name` of `object` as the project declares it, matched ignoring case as Salesforce's API names are. */
export function declaredField(objects: ProjectObjects | undefined, object: string | undefined, name: string): ProjectField | undefined {
  const fields = object === undefined ? undefined : objects?.get(object);
  const exact = fields?.get(name);
  if (exact || !fields) return exact;
  const lower = name.toLowerCase();
  for (const field of fields.values()) if (field.name.toLowerCase() === lower) return field;
  return undefined;
}

/**
 * The object a lookup field of `object` points to, when the project says (one `<referenceTo>`):
 * `Parent_Case__c` on Case → `Case`. Null when the project does not declare the field.
 */
export function lookupTarget(objects: ProjectObjects | undefined, object: string, field: string): string | null {
  const targets = declaredField(objects, object, field)?.referenceTo;
  return targets?.length === 1 ? targets[0]! : null;
}
