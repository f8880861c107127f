/**
 * The objects the project's scenario files give records of (their `records`, by object): a run's
 * starting records hold `false` in each stored Checkbox their object declares
 * (flows/org/omittedCheckboxes.ts), as `stageflow flow` fills in its `--records`' objects. Which
 * objects they are is known only once the scenario files are read, after the flows, so their field
 * files are read in a pass of their own, and only for objects not read before (those the
 * orchestrations read records of, those the flows create records of). One reader for `simulate`,
 * `test` and the app.
 */
import { isSafeKey } from '../../flows/org/safeKeys';
import { checkboxFieldsOfFiles } from './checkboxFields';
import { isFieldFileOf, projectCreatedObjects } from './createdObjects';
import type { Project, ProjectFile } from './types';
import { API_NAME } from './apiName';

/** The objects whose field files were read before the scenario files, lower-cased. */
function readBefore(project: Project): Set<string> {
  return new Set([...(project.objects?.keys() ?? []), ...projectCreatedObjects(project)].map((o) => o.toLowerCase()));
}

/** The objects (lower-cased) the scenario files give records of, that no earlier pass read; a file that is not JSON names none (the scenario check reports it). */
export function scenarioRecordObjects(project: Project): Set<string> {
  const before = readBefore(project);
  const objects = new Set<string>();
  for (const files of project.scenarioFiles?.values() ?? []) {
    for (const file of files) {
      let parsed: unknown;
      try { parsed = JSON.parse(file.text); } catch { continue; }
      const records = typeof parsed === 'object' && parsed !== null ? (parsed as { records?: unknown }).records : undefined;
      if (typeof records !== 'object' || records === null || Array.isArray(records)) continue;
      for (const object of Object.keys(records)) {
        if (isSafeKey(object) && API_NAME.test(object) && !before.has(object.toLowerCase())) objects.add(object.toLowerCase());
      }
    }
  }
  return objects;
}

/** Which paths the pass after the scenario files reads (the field files of scenarioRecordObjects), or null when there are none. */
export function isReadAfterScenarios(project: Project): ((path: string) => boolean) | null {
  const objects = scenarioRecordObjects(project);
  if (objects.size === 0) return null;
  return (path) => isFieldFileOf(path, objects);
}

/**
 * `project` with the stored Checkbox fields of scenarioRecordObjects declared among `files`, added to
 * its `recordCheckboxes`; `wanted` is isReadAfterScenarios(project) when the reader has it already
 * (it parses every scenario file).
 */
export function withScenarioRecordCheckboxes(project: Project, files: readonly ProjectFile[], wanted = isReadAfterScenarios(project)): Project {
  if (!wanted) return project;
  const own = files.filter((f) => wanted(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const checkboxes = checkboxFieldsOfFiles(own);
  return checkboxes ? { ...project, recordCheckboxes: { ...project.recordCheckboxes, ...checkboxes } } : project;
}
