/**
 * The stored Checkbox fields a project declares, by object (objectFields.ts): what a run fills with
 * `false` on a record given without them (flows/org/omittedCheckboxes.ts). A formula Checkbox
 * (`<formula>`) is left out: Salesforce computes it on read and stores nothing, so `false` would
 * hide what the formula gives (Survey 17's remark).
 */
import type { FlowDefinition } from '../../flows/definition';
import { objectOfFieldFile, readObjectFields } from './objectFields';
import type { Project, ProjectFile, ProjectObjects } from './types';

/** The stored Checkbox fields of `objects`, by object as declared, in name order; undefined when there is none. */
export function checkboxFieldsOf(objects: ProjectObjects | undefined): Record<string, string[]> | undefined {
  const found: Record<string, string[]> = {};
  for (const [object, fields] of objects ?? []) {
    const names = [...fields.values()].filter((f) => f.type === 'Checkbox' && f.formula !== true).map((f) => f.name).sort();
    if (names.length > 0) found[object] = names;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}

/**
 * The stored Checkbox fields the field files `files` declare, by object (each file's object from its
 * path); a file that cannot be read leaves its fields out, reported by no one (the passes that read
 * the objects of created and scenario records say nothing of them).
 */
export function checkboxFieldsOfFiles(files: readonly ProjectFile[]): Record<string, string[]> | undefined {
  // only a file whose text names the type can declare a Checkbox: the others (most of an object's
  // fields) are not parsed, as childRelationships.ts parses only the files naming a relationship
  const own = files.filter(mayDeclareCheckbox);
  const objects = new Set(own.map((f) => objectOfFieldFile(f.path)).filter((o): o is string => o !== null));
  return checkboxFieldsOf(readObjectFields(own, objects).objects);
}

/**
 * Whether a field file (or a retrieved package's object file) may declare a Checkbox: its text holds
 * the word, as `<type>Checkbox</type>` does. *A type spelt with character references
 * (`&#67;heckbox`) is not taken (chosen): Salesforce never writes one so.*
 */
export function mayDeclareCheckbox(file: ProjectFile): boolean {
  return file.text.includes('Checkbox');
}

/** The stored Checkbox fields of every object whose metadata the project read: those its orchestrations read records of, and those its flows create records of (createdObjects.ts). */
export function projectCheckboxFields(project: Project): Record<string, string[]> | undefined {
  const read = checkboxFieldsOf(project.objects);
  if (!project.recordCheckboxes) return read;
  return { ...read, ...project.recordCheckboxes };
}

/** `definition` with the project's stored Checkbox fields (`checkboxes`, checkboxFieldsOf once per catalog), which a run's org fills in; unchanged when there are none. */
export function withProjectCheckboxes(definition: FlowDefinition, checkboxes: Record<string, string[]> | undefined): FlowDefinition {
  return checkboxes ? { ...definition, checkboxes } : definition;
}
