/**
 * The objects a project's flows create records of: the `<object>` of each Create Records, or the
 * `<objectType>` of the record variable its `<inputReference>` names. A record a flow creates holds
 * `false` in each stored Checkbox its object declares (flows/org/omittedCheckboxes.ts), and an object
 * a flow only creates is none the orchestration reads records of (`metadataObjects`), so its field
 * files would not be read otherwise. Found in the files' text before they are parsed, as
 * childRelationships.ts finds the relationships Update Records name: a name that matches more only
 * reads more files, never less. One reader for `stageflow flow`, `stageflow simulate` and the app.
 */
import { checkboxFieldsOfFiles } from './checkboxFields';
import { objectOfFieldFile } from './objectFields';
import type { Project, ProjectFile } from './types';
import { API_NAME } from './apiName';

const RECORD_CREATE = /<recordCreates>([\s\S]*?)<\/recordCreates>/g;
const VARIABLE = /<variables>([\s\S]*?)<\/variables>/g;

/** The text of the leaf `tag` of an element's body, trimmed; undefined when absent. */
function leaf(body: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>\\s*([^<]*?)\\s*</${tag}>`).exec(body)?.[1];
}

/** The objects the Create Records elements of `texts` (flow files) create records of, as the files spell them. */
export function createdObjects(texts: Iterable<string>): Set<string> {
  const objects = new Set<string>();
  for (const text of texts) {
    if (!text.includes('<recordCreates>')) continue;
    let variables: Map<string, string> | undefined;
    for (const [, body] of text.matchAll(RECORD_CREATE)) {
      let object = leaf(body!, 'object');
      const reference = leaf(body!, 'inputReference');
      if (object === undefined && reference !== undefined) {
        // a record variable's object is declared once per file: read the variables only when a create needs them
        variables ??= new Map([...text.matchAll(VARIABLE)].flatMap(([, v]) => {
          const name = leaf(v!, 'name');
          const type = leaf(v!, 'objectType');
          return name !== undefined && type !== undefined ? [[name, type] as const] : [];
        }));
        object = variables.get(reference.split('.')[0]!);
      }
      if (object !== undefined && API_NAME.test(object)) objects.add(object);
    }
  }
  return objects;
}

/** projectCreatedObjects by the project's flow files: the readers ask it in each pass, and a big project's flows are tens of MB of text to scan. */
const createdByFiles = new WeakMap<Project['files'], ReadonlySet<string>>();

/** The objects the project's flows create records of, lower-cased (field files are matched ignoring case). */
export function projectCreatedObjects(project: Project): ReadonlySet<string> {
  const known = createdByFiles.get(project.files);
  if (known) return known;
  const created = new Set([...createdObjects([...project.files.values()].map((f) => f.text))].map((o) => o.toLowerCase()));
  createdByFiles.set(project.files, created);
  return created;
}

/** Whether `path` is a field file (or a retrieved package's object file) of an object of `created` (lower-cased). */
export function isFieldFileOf(path: string, created: ReadonlySet<string>): boolean {
  const object = objectOfFieldFile(path);
  return object !== null && created.has(object.toLowerCase());
}

/**
 * `project` with the stored Checkbox fields (`recordCheckboxes`) of the objects its flows create
 * records of, declared among `files`, that `project.objects` does not already hold. A file that cannot
 * be read is skipped here: the fields its object declares are then not filled in.
 */
export function withCreatedObjectCheckboxes(project: Project, files: readonly ProjectFile[]): Project {
  const created = projectCreatedObjects(project);
  if (created.size === 0) return project;
  const known = new Set([...(project.objects?.keys() ?? [])].map((o) => o.toLowerCase()));
  const own = files.filter((f) => isFieldFileOf(f.path, created) && !known.has(objectOfFieldFile(f.path)!.toLowerCase()));
  const checkboxes = checkboxFieldsOfFiles(own);
  return checkboxes ? { ...project, recordCheckboxes: checkboxes } : project;
}
