/**
 * A project's custom labels (`labels/CustomLabels.labels-meta.xml`, or `CustomLabels.labels` in a
 * retrieved package): what a flow's `{!$Label.Name}` reads. Each flow read from the project carries
 * the labels it references in its definition (`labels`), so the interpreter needs no project at run
 * time and a document saved with its flows still runs them the same way.
 */
import type { FlowDefinition } from '../../flows/definition';
import { parseMetadataXml } from './parseMetadataXml';
import { childrenNamed, childText, isSafeName } from '../xml/xmlNode';
import type { ProjectFile, ProjectProblem } from './types';

/** Whether `path` is a custom labels file (source format or Metadata API format). */
export function isLabelsFile(path: string): boolean {
  return /(^|\/)[^/]+\.labels(-meta\.xml)?$/.test(path);
}

/** Label values by lower-cased name (`$Label` names are case-insensitive, as merge fields are). */
export type CustomLabels = ReadonlyMap<string, string>;

/** The labels of `files` (in path order; a name given twice keeps its first value) and what could not be read. */
export function readCustomLabels(files: readonly ProjectFile[]): { labels: CustomLabels; problems: ProjectProblem[] } {
  const labels = new Map<string, string>();
  const problems: ProjectProblem[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const parsed = parseMetadataXml(file.text, 'CustomLabels');
    if (!parsed.ok) {
      const first = parsed.problems[0];
      problems.push({ file: file.path, severity: 'warning', message: `custom labels not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) });
      continue;
    }
    if (parsed.root.tag !== 'CustomLabels') {
      problems.push({ file: file.path, severity: 'warning', message: `custom labels not read: the root element is <${parsed.root.tag}>, not <CustomLabels>` });
      continue;
    }
    for (const label of childrenNamed(parsed.root, 'labels')) {
      const name = childText(label, 'fullName');
      if (!name || !isSafeName(name) || labels.has(name.toLowerCase())) continue;
      labels.set(name.toLowerCase(), childText(label, 'value') ?? '');
    }
  }
  return { labels, problems };
}

const LABEL_REFERENCE = /\$Label\.([A-Za-z][A-Za-z0-9_]*)/gi;

/**
 * `definition` with the project's labels it references (`$Label.Name` anywhere in it: values,
 * formulas, templates), by the names the flow spells; unchanged when it references no label or the
 * project has none.
 */
export function withReferencedLabels(definition: FlowDefinition, labels: CustomLabels | undefined): FlowDefinition {
  if (!labels || labels.size === 0) return definition;
  const references = [...JSON.stringify(definition).matchAll(LABEL_REFERENCE)];
  if (references.length === 0) return definition;
  // a flow that reads labels carries them, even none: then a label the project lacks is named as such
  const used: Record<string, string> = {};
  for (const match of references) {
    const value = labels.get(match[1]!.toLowerCase());
    if (value !== undefined && isSafeName(match[1]!)) used[match[1]!] = value;
  }
  return { ...definition, labels: used };
}
