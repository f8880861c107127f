/**
 * The scenario files a project keeps beside its orchestrations, where `stageflow test` finds them
 * (docs/cli.md): `flows/Name.scenario.json`, and every `.json` directly in `flows/Name.scenarios/`.
 * They are read with the project (after the flows, within the same caps) so the app opens an
 * orchestration with its scenarios; their text is parsed only when that orchestration is opened.
 */
import { apiNameOf, projectPath } from './paths';
import type { Project, ProjectFile } from './types';

/** The name a scenario file gives a scenario without one: its file name without `.scenario.json` or `.json`. */
export function scenarioNameOfFile(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/(\.scenario)?\.json$/i, '');
}

/** The folder of a project path, with its trailing `/` ('' at the root). */
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/') + 1);

/**
 * Which orchestration a path is a scenario file of (its API name) and the path as the project's,
 * or null: the test each reader applies to the paths it has not read yet, as they come (`\` or
 * `./` in them are read as the project's paths are, projectPath).
 */
export function scenarioFileOf(project: Project): (raw: string) => { apiName: string; path: string } | null {
  const owners = new Map<string, string>();
  const folders = new Map<string, string>();
  for (const o of project.orchestrations) {
    const base = `${folderOf(o.path)}${apiNameOf(o.path)}`;
    owners.set(`${base}.scenario.json`, o.apiName);
    folders.set(`${base}.scenarios/`, o.apiName);
  }
  return (raw) => {
    const normal = projectPath(raw);
    if (!normal.ok) return null;
    const path = normal.path;
    const apiName = owners.get(path) ?? (path.toLowerCase().endsWith('.json') ? folders.get(folderOf(path)) : undefined);
    return apiName === undefined ? null : { apiName, path };
  };
}

/**
 * `project` with its scenario files (among `files`) by orchestration: the single
 * `Name.scenario.json` first, then the folder's files in path order, as `stageflow test` takes them.
 */
export function withScenarioFiles(project: Project, files: readonly ProjectFile[]): Project {
  const place = scenarioFileOf(project);
  const byOrchestration = new Map<string, ProjectFile[]>();
  const ordered = [...files].sort((a, b) => {
    const single = Number(b.path.endsWith('.scenario.json')) - Number(a.path.endsWith('.scenario.json'));
    return single !== 0 ? single : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  });
  for (const file of ordered) {
    const at = place(file.path);
    if (at === null) continue;
    const list = byOrchestration.get(at.apiName) ?? [];
    list.push({ path: at.path, text: file.text });
    byOrchestration.set(at.apiName, list);
  }
  return byOrchestration.size ? { ...project, scenarioFiles: byOrchestration } : project;
}
