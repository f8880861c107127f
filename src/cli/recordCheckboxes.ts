/**
 * `stageflow flow`: a record of `--records` given without a Checkbox field that the project declares
 * on its object holds `false`, as every record does in Salesforce, which never stores null in a
 * Checkbox (*chosen*, docs/cli.md). Survey 17: triggers whose entry conditions or decisions test
 * `Skip_Automation__c EqualTo false` were run on a record written without the field, read it as
 * null, and took the path of a record that asks to be skipped. Only the metadata of the objects the
 * records are of is read (`objects/<Object>/fields/*.field-meta.xml`, or a retrieved package's
 * `objects/<Object>.object`), never the project's other objects.
 */
import { objectOfFieldFile, readObjectFields } from '../io/project/objectFields';
import type { ProjectFile } from '../io/project/types';
import type { SimulatedOrg } from '../flows/org/simulatedOrg';
import type { CliIo } from './cliIo';
import { settingFilesIn } from './settingFiles';

/** Sets each Checkbox field the project declares, and a record of `org` lacks, to false. */
export async function withCheckboxesUnticked(io: CliIo, org: SimulatedOrg, objectFolders: readonly string[]): Promise<void> {
  const objects = org.objects();
  if (objects.length === 0) return;
  const files: ProjectFile[] = [];
  for (const folder of objectFolders) {
    const read = await settingFilesIn(io, folder, new Set(objects.map((o) => o.toLowerCase())), folder);
    files.push(...read.files);
    for (const p of read.problems) io.stderr(`${p.file}: warning: ${p.message.replace(/^custom setting not read/, 'object metadata not read')}\n`);
  }
  const named = new Set(files.map((f) => objectOfFieldFile(f.path)).filter((o): o is string => o !== null));
  const declared = readObjectFields(files, named);
  for (const p of declared.problems) io.stderr(`${p.file}${p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : ''}: warning: ${p.message}\n`);
  for (const [object, fields] of declared.objects) {
    const checkboxes = [...fields.values()].filter((f) => f.type === 'Checkbox').map((f) => f.name);
    if (checkboxes.length === 0) continue;
    for (const rec of objects.filter((o) => o.toLowerCase() === object.toLowerCase()).flatMap((o) => org.recordsOf(o))) {
      const given = new Set(Object.keys(rec.fields).map((k) => k.toLowerCase()));
      const unset = checkboxes.filter((name) => !given.has(name.toLowerCase()));
      if (unset.length > 0) org.update(String(rec.fields.Id), Object.fromEntries(unset.map((name) => [name, false])));
    }
  }
}
