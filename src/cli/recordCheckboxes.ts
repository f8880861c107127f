/**
 * `stageflow flow`: a record of `--records` given without a stored Checkbox field that the project
 * declares on its object holds `false`, as every record does in Salesforce, which never stores null
 * in a Checkbox (*chosen*, docs/cli.md). The rule is the one `simulate` and the app apply
 * (io/project/checkboxFields.ts, flows/org/omittedCheckboxes.ts); this file only reads the files.
 * Only the metadata of the objects the records are of, and of those the run's flows create records of,
 * is read (`objects/<Object>/fields/*.field-meta.xml`, or a retrieved package's `objects/<Object>.object`),
 * never the project's other objects.
 */
import { objectOfFieldFile, readObjectFields } from '../io/project/objectFields';
import type { ProjectFile, ProjectProblem } from '../io/project/types';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import { untickOmittedCheckboxes } from '../flows/org/omittedCheckboxes';
import { checkboxFieldsOf } from '../io/project/checkboxFields';
import type { CliIo } from './cliIo';
import { writeProjectWarnings } from './projectWarnings';
import { settingFilesIn } from './settingFiles';

/**
 * Sets each Checkbox field the project declares, and a record of `org` lacks, to false, and tells the
 * org the fields, so a record the run creates of one of `created` (the objects the run's flows create
 * records of, createdObjects.ts) or of the records' objects gets the same. Returns the field files'
 * problems for the caller to say once with the other readers' (a field file read here may declare a
 * child relationship too: one warning for one cause, io/project/problemsOnce.ts).
 */
export async function withCheckboxesUnticked(io: CliIo, org: SimulatedOrg, objectFolders: readonly string[], created: ReadonlySet<string> = new Set()): Promise<ProjectProblem[]> {
  const objects = [...org.objects(), ...created];
  if (objects.length === 0) return [];
  const files: ProjectFile[] = [];
  for (const folder of objectFolders) {
    const read = await settingFilesIn(io, folder, new Set(objects.map((o) => o.toLowerCase())), folder);
    files.push(...read.files);
    writeProjectWarnings(io, read.problems.map((p) => ({ ...p, message: p.message.replace(/^custom setting not read/, 'object metadata not read') })));
  }
  const named = new Set(files.map((f) => objectOfFieldFile(f.path)).filter((o): o is string => o !== null));
  const declared = readObjectFields(files, named);
  const checkboxes = checkboxFieldsOf(declared.objects);
  if (checkboxes) untickOmittedCheckboxes(org, checkboxes);
  return declared.problems;
}
