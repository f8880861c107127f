/**
 * The custom child relationships a project's flows update through (`$Record.Things__r` of a
 * `Depot__c` trigger: the Thing__c records whose lookup to Depot__c has `<relationshipName>Things`),
 * read from its object metadata: a lookup or master-detail field whose `<relationshipName>` and
 * `<referenceTo>` name them (`objects/Thing__c/fields/Depot__c.field-meta.xml`, or the `<fields>` of
 * a retrieved package's `objects/Thing__c.object`). Survey 17: such an Update Records stopped the run
 * as unsupported beside the project's own field file. One reader for `stageflow flow`, `stageflow
 * simulate` and the app. Only the relationships an Update Records names are looked for, and a file
 * is parsed only when its text names one of them (a big project holds thousands of field files).
 */
import type { ChildRelationship } from '../../flows/org/standardChildRelationships';
import type { FlowDefinition } from '../../flows/definition';
import { parseMetadataXml } from './parseMetadataXml';
import { childrenNamed, childText, type XmlNode } from '../xml/xmlNode';
import { objectOfFieldFile } from './objectFields';
import type { Project, ProjectFile, ProjectProblem } from './types';
import { API_NAME } from './apiName';

const RELATIONSHIP_NAME = /<relationshipName>\s*([^<]*?)\s*<\/relationshipName>/g;

/** The custom relationships (`things`, without `__r`, lower-cased) the Update Records elements of `texts` update through. */
export function updatedRelationships(texts: Iterable<string>): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    for (const update of text.matchAll(/<recordUpdates>([\s\S]*?)<\/recordUpdates>/g)) {
      const reference = /<inputReference>\s*([^<]*?)\s*<\/inputReference>/.exec(update[1]!)?.[1] ?? '';
      const last = reference.split('.').slice(1).pop();
      if (last !== undefined && /^[A-Za-z][A-Za-z0-9_]*__r$/.test(last)) names.add(last.slice(0, -3).toLowerCase());
    }
  }
  return names;
}

/** The relationship one field declares, when it is one of `wanted`: `[parent.things__r, { object, field }]`. */
function relationshipOf(node: XmlNode, object: string, fallbackName: string | undefined, wanted: ReadonlySet<string>): [string, ChildRelationship] | null {
  const named = childText(node, 'relationshipName');
  if (named === undefined || !wanted.has(named.toLowerCase())) return null;
  const field = childText(node, 'fullName') ?? fallbackName;
  const parent = childText(node, 'referenceTo');
  if (field === undefined || parent === undefined || !API_NAME.test(field) || !API_NAME.test(parent)) return null;
  return [`${parent}.${named}__r`.toLowerCase(), { object, field }];
}

/**
 * The child relationships of `wanted` that the object metadata among `files` declare, keyed
 * `parent.things__r` lower-cased (the first by path when two files declare one), and a warning for
 * each file naming one of them that cannot be parsed: without it the run said only that the records
 * related through the relationship are not known, and `validate` said "ok", the broken file unnamed
 * (the object fields' reader reads only the objects a flow reads, seldom the child's). The warning
 * names the relationship, so one reader's words are enough when another reports the file too
 * (problemsOnce.ts).
 */
export function readChildRelationships(files: readonly ProjectFile[], wanted: ReadonlySet<string>): { relationships: Map<string, ChildRelationship>; problems: ProjectProblem[] } {
  const found = new Map<string, ChildRelationship>();
  const problems: ProjectProblem[] = [];
  if (wanted.size === 0) return { relationships: found, problems };
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const object = objectOfFieldFile(file.path);
    const named = object === null ? undefined : [...file.text.matchAll(RELATIONSHIP_NAME)].map((m) => m[1]!).find((n) => wanted.has(n.toLowerCase()));
    if (object === null || named === undefined) continue;
    const source = /\.field-meta\.xml$/i.test(file.path);
    const parsed = parseMetadataXml(file.text, source ? 'CustomField' : 'CustomObject');
    if (!parsed.ok) {
      const first = parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `child relationship ${named}__r not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    const fallback = /([^/]+)\.field-meta\.xml$/i.exec(file.path)?.[1];
    const nodes = parsed.root.tag === 'CustomField' ? [parsed.root] : parsed.root.tag === 'CustomObject' ? childrenNamed(parsed.root, 'fields') : [];
    if (nodes.length === 0) problems.push({ file: file.path, severity: 'warning', message: `child relationship ${named}__r not read: the root element is <${parsed.root.tag}>, not <${source ? 'CustomField' : 'CustomObject'}>` });
    for (const node of nodes) {
      const relationship = relationshipOf(node, object, parsed.root.tag === 'CustomField' ? fallback : undefined, wanted);
      if (relationship && !found.has(relationship[0])) found.set(...relationship);
    }
  }
  return { relationships: found, problems };
}

/** The relationships the project's flows update through (its flow files' texts). */
export function projectUpdatedRelationships(project: Project): Set<string> {
  return updatedRelationships([...project.files.values()].map((f) => f.text));
}

/** `project` with the child relationships its flows update through, read from the object metadata among `files`. */
export function withChildRelationships(project: Project, files: readonly ProjectFile[]): Project {
  const wanted = projectUpdatedRelationships(project);
  if (wanted.size === 0) return project;
  const { relationships, problems } = readChildRelationships(files, wanted);
  if (relationships.size === 0 && problems.length === 0) return project;
  return { ...project, ...(relationships.size ? { childRelationships: new Map([...(project.childRelationships ?? []), ...relationships]) } : {}), problems: [...project.problems, ...problems] };
}

/** `definition` with the project's child relationships its Update Records (in `text`, its file) update through. */
export function withReferencedChildRelationships(definition: FlowDefinition, text: string, relationships: Project['childRelationships']): FlowDefinition {
  if (!relationships || relationships.size === 0) return definition;
  const wanted = updatedRelationships([text]);
  const own = [...relationships].filter(([key]) => wanted.has(key.slice(key.indexOf('.') + 1, -3)));
  return own.length > 0 ? { ...definition, childRelationships: Object.fromEntries(own) } : definition;
}
