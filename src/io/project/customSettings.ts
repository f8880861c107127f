/**
 * A project's custom settings, for the flows that read them through `{!$Setup.Object.Field}`: the
 * setting's type (`<customSettingsType>` of `objects/X/X.object-meta.xml`, or of `objects/X.object`
 * in a retrieved package) and its fields' types and default values (`objects/X/fields/*.field-meta.xml`,
 * or the `.object`'s `<fields>`). Only the settings the project's flows reference are read: a big
 * project's hundreds of other objects are never opened. Each flow read from the project carries the
 * settings it references in its definition (`customSettings`), as it carries its labels
 * (customLabels.ts), so the interpreter needs no project at run time: without a record of the
 * setting in the scenario, a `$Setup` read gives the declared default (flows/interpreter/customSettings.ts).
 */
import { withoutOwnPrefix } from './ownNamespace';
import type { FlowCustomSetting, FlowDefinition } from '../../flows/definition';
import type { ParseXmlResult } from '../xml/parseXml';
import { parseMetadataXml } from './parseMetadataXml';
import { childText, isSafeName } from '../xml/xmlNode';
import { objectOfFieldFile, objectOfObjectFile, readObjectFields } from './objectFields';
import type { Project, ProjectCustomSetting, ProjectCustomSettings, ProjectField, ProjectFile, ProjectProblem } from './types';

/** `$Setup.Object.Field` anywhere in a flow's text (values, formulas, templates, conditions). */
const SETUP_REFERENCE = /\$Setup\.([A-Za-z][A-Za-z0-9_]*)\.([A-Za-z][A-Za-z0-9_]*)/gi;

/** The custom settings `texts` reference through `$Setup`, lower-cased (API names are case-insensitive). */
export function settingObjectsOf(texts: Iterable<string>): Set<string> {
  const objects = new Set<string>();
  for (const text of texts) {
    if (!/\$setup\./i.test(text)) continue;
    for (const match of text.matchAll(SETUP_REFERENCE)) objects.add(match[1]!.toLowerCase());
  }
  return objects;
}

/** The custom settings the project's flows reference (every flow file read, not only the orchestrations'). */
export function projectSettingObjects(project: Project): Set<string> {
  // a namespaced project's flows may spell its own settings with its prefix (ownNamespace.ts)
  return settingObjectsOf([...project.files.values()].map((f) => withoutOwnPrefix(f.text, project.namespace)));
}

/** The object a custom setting's metadata file belongs to: a field file, an SFDX object file, a retrieved `.object`. */
function objectOf(path: string): string | null {
  return objectOfFieldFile(path) ?? objectOfObjectFile(path);
}

/** Whether `path` is metadata of one of the settings `wanted` (lower-cased names). */
export function isSettingMetadataOf(path: string, wanted: ReadonlySet<string>): boolean {
  const object = wanted.size > 0 ? objectOf(path) : null;
  return object !== null && wanted.has(object.toLowerCase());
}

/** The warning for an object file that cannot be used. */
function notRead(file: string, parsed: ParseXmlResult): ProjectProblem {
  if (parsed.ok) return { file, severity: 'warning', message: `custom setting not read: its root element is <${parsed.root.tag}>, not <CustomObject>` };
  const first = parsed.problems[0];
  return { file, severity: 'warning', message: `custom setting not read: ${first?.message ?? 'malformed XML'}`, ...(first?.line !== undefined ? { line: first.line, column: first.column ?? 1 } : {}) };
}

/**
 * The settings `wanted` (lower-cased names) as `files` declare them (others are skipped): each one
 * an object file or a field file names is declared, its type from its object file, its fields with
 * their types and defaults; a file that cannot be read is a warning and the rest is kept.
 */
export function readCustomSettings(files: readonly ProjectFile[], wanted: ReadonlySet<string>): { settings: ProjectCustomSettings; problems: ProjectProblem[] } {
  const mine = [...files].filter((f) => isSettingMetadataOf(f.path, wanted)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const names = new Map<string, string>();
  for (const file of mine) {
    const object = objectOf(file.path)!;
    if (!names.has(object.toLowerCase())) names.set(object.toLowerCase(), object);
  }
  const fields = readObjectFields(mine, new Set(mine.map((f) => objectOf(f.path)!)));
  const problems = [...fields.problems];
  const types = new Map<string, string>();
  for (const file of mine) {
    // the setting's type is in its object file: an SFDX `X.object-meta.xml`, a retrieved `X.object`
    const sourceObjectFile = objectOfObjectFile(file.path) !== null;
    if (!sourceObjectFile && !/\.object$/i.test(file.path)) continue;
    const parsed = parseMetadataXml(file.text, 'CustomObject');
    // a retrieved .object that cannot be used was reported with its fields (readObjectFields)
    if (!parsed.ok || parsed.root.tag !== 'CustomObject') {
      if (sourceObjectFile) problems.push(notRead(file.path, parsed));
      continue;
    }
    const lower = objectOf(file.path)!.toLowerCase();
    const type = childText(parsed.root, 'customSettingsType');
    if (type && !types.has(lower)) types.set(lower, type);
  }
  const settings = new Map<string, ProjectCustomSetting>();
  for (const [lower, name] of names) {
    const declared = new Map<string, ProjectField>();
    for (const [object, objectFields] of fields.objects) {
      if (object.toLowerCase() === lower) for (const [field, f] of objectFields) if (!declared.has(field)) declared.set(field, f);
    }
    const type = types.get(lower);
    settings.set(lower, { name, ...(type ? { settingsType: type } : {}), fields: declared });
  }
  return { settings, problems };
}

/** `project` with the custom settings its flows reference, read from `files` (no flow reads one: unchanged). */
export function withCustomSettings(project: Project, files: readonly ProjectFile[]): Project {
  const wanted = projectSettingObjects(project);
  if (wanted.size === 0) return project;
  const read = readCustomSettings(files, wanted);
  return { ...project, customSettings: read.settings, problems: [...project.problems, ...read.problems] };
}

/**
 * `definition` with the project's custom settings it references (`$Setup.Object.Field`): each
 * setting's type and the fields read that the project declares, by the names the project spells;
 * unchanged when it references none or was not read with a project's settings. A flow that reads a
 * setting carries `customSettings` even when the project declares none of them, so the run can say so.
 */
export function withReferencedSettings(definition: FlowDefinition, settings: ProjectCustomSettings | undefined): FlowDefinition {
  if (!settings) return definition;
  const references = [...JSON.stringify(definition).matchAll(SETUP_REFERENCE)];
  if (references.length === 0) return definition;
  // Maps, not object literals, while gathering: a name such as `toString` must not find a prototype's
  const used = new Map<string, { settingsType?: string; fields: Map<string, FlowCustomSetting['fields'][string]> }>();
  for (const match of references) {
    const setting = settings.get(match[1]!.toLowerCase());
    if (!setting || !isSafeName(setting.name)) continue;
    const carried = used.get(setting.name) ?? { ...(setting.settingsType ? { settingsType: setting.settingsType } : {}), fields: new Map() };
    used.set(setting.name, carried);
    const lower = match[2]!.toLowerCase();
    const field = [...setting.fields.values()].find((f) => f.name.toLowerCase() === lower);
    if (field && isSafeName(field.name)) carried.fields.set(field.name, { ...(field.type ? { type: field.type } : {}), ...(field.defaultValue !== undefined ? { defaultValue: field.defaultValue } : {}) });
  }
  const customSettings: Record<string, FlowCustomSetting> = Object.fromEntries([...used].map(([name, s]) => [name, { ...(s.settingsType ? { settingsType: s.settingsType } : {}), fields: Object.fromEntries(s.fields) }]));
  return { ...definition, customSettings };
}
