/**
 * "Save to project": the open design written back to the orchestration file it came from, with only
 * what changed (src/io/project saveOrchestrationToProject), the flows it calls never written. With
 * the folder's handle the file is written in place (the browser asks for write permission the first
 * time); a project read from files or a `.zip` cannot be written, so the file is downloaded with
 * the path it belongs at. The design is also kept in the browser (IndexedDB) as always.
 *
 * The design's scenarios are saved with it as files `stageflow test` runs (io/project/scenarioSaves):
 * the changed ones into the files they came from, new ones beside the orchestration; never a deleted
 * one's file removed.
 */
import { downloadText } from '../../io/download';
import { countOf } from '../../model/glossary';
import { problemInWords, problemPlace } from '../../model/problemPlace';
import type { AppStore } from '../../store/appStore';
import { selectProblems, selectProjectPath } from '../../store/selectors';
import { projectFile } from '../../io/project/projectFromFiles';
import { useProjectSession } from './projectState';
import { defaultScenario } from '../../store/createScenarioSlice';
import type { ScenarioWrite } from '../../io/project/scenarioSaves';
import { projectFileNames } from '../../commands/queries';

/** The permission part of the File System Access API (not in TypeScript's DOM library yet). */
interface PermissionHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>;
}

async function mayWrite(handle: FileSystemDirectoryHandle): Promise<boolean> {
  const h = handle as FileSystemDirectoryHandle & PermissionHandle;
  if (!h.queryPermission) return true;
  if ((await h.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
  return (await h.requestPermission?.({ mode: 'readwrite' })) === 'granted';
}

/**
 * Writes `text` to `path` under `root`. The orchestration's file is already there (`create` false:
 * a missing one is an error, not a new file); a scenario file and its folder are made when missing.
 */
async function writeInto(root: FileSystemDirectoryHandle, path: string, text: string, create = false): Promise<void> {
  const parts = path.split('/');
  let folder = root;
  for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create });
  const file = await folder.getFileHandle(parts[parts.length - 1]!, { create });
  const writable = await file.createWritable();
  await writable.write(text);
  await writable.close();
}

const KEPT: Readonly<Record<string, string>> = {
  all: 'the rest of the file is unchanged',
  untouchedLines: 'the lines you did not change are kept as they were',
  none: 'the whole file was rewritten in Salesforce\'s standard layout',
  new: 'a new file of the project',
};

/** Whether `path` is a file under `root` already (a new orchestration is never written over one). */
async function existsIn(root: FileSystemDirectoryHandle, path: string): Promise<boolean> {
  const parts = path.split('/');
  try {
    let folder = root;
    for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
    await folder.getFileHandle(parts[parts.length - 1]!);
    return true;
  } catch {
    return false;
  }
}

export async function saveToProject(store: AppStore): Promise<void> {
  const state = store.getState();
  const current = useProjectSession.getState().current;
  const link = state.projectFile;
  const path = selectProjectPath(state);
  if (!current || !link || path === null) {
    state.notify('error', 'This design was not opened from a project folder: use Export or Flow XML to download it.');
    return;
  }
  // as Run and Export: the design checked first (before, its errors were not known yet and it could be
  // written), and its first error said where it is in words, with Show it (it read a JSON path)
  if (!state.validatorReady) {
    state.notify('info', 'The design is still being checked. Save it in a moment.');
    return;
  }
  const errors = selectProblems(state).errors;
  if (errors.length) {
    const first = errors[0]!;
    const more = errors.length > 1 ? ` (and ${countOf(errors.length - 1, 'other problem')})` : '';
    state.notify('error', `Can’t save to the project yet. ${problemInWords(state.doc, first)}${more}`, { element: problemPlace(state.doc, first.path).element, path: first.path }, false, errors.length > 1);
    return;
  }
  const [{ saveOrchestrationToProject }, { planScenarioSave }, { exportScenario }] = await Promise.all([
    import('../../io/project/saveOrchestration'), import('../../io/project/scenarioSaves'), import('../../io/jsonExport'),
  ]);
  // a new orchestration of the project is a new file: never one over a flow the project has
  const isNew = link.newFile !== undefined;
  const taken = isNew ? projectFile(current.project, state.doc.name) : undefined;
  if (taken || (isNew && current.handle && (await existsIn(current.handle, path)))) {
    state.notify('error', `${path} was not saved: the project already has a flow named ${state.doc.name}${taken ? ` (${taken.path})` : ''}. Give the orchestration another API name.`);
    return;
  }
  const result = saveOrchestrationToProject(isNew ? null : current.opened.text, state.doc);
  if (!result.ok) {
    state.notify('error', `${path} was not saved: ${result.message}`);
    return;
  }
  const scenarios = planScenarioSave(path, state.scenarios, current.opened.scenarios, defaultScenario());
  // once written, the file is the orchestration's as if it had been opened from it
  const { newFile: _new, ...rest } = link;
  const saved = { ...rest, apiName: state.doc.name, path, savedNames: projectFileNames(state.doc) };
  const opened = { ...current.opened, apiName: state.doc.name, path };
  const keptNote = scenarios.kept.length ? ` Kept ${scenarios.kept.join(', ')}: its scenario is no longer in the design; delete the file in the project if it should go.` : '';
  if (!result.changed && scenarios.writes.length === 0) {
    state.notify('info', `${path} is already up to date${current.opened.scenarios.length ? ', and so are its scenarios' : ''}: nothing to save.${keptNote}`);
    return;
  }
  const notes = result.changed && result.warnings.length ? ` ${result.warnings.map((w) => w.inWords ?? `Not carried by XML: ${w.message}`).join(' ')}` : '';
  if (current.handle) {
    const written: string[] = [];
    try {
      if (!(await mayWrite(current.handle))) {
        state.notify('error', `${path} was not saved: the browser was not allowed to write to ${current.name}.`);
        return;
      }
      if (result.changed) {
        await writeInto(current.handle, path, result.xml, isNew);
        written.push(path);
      }
      for (const write of scenarios.writes) {
        await writeInto(current.handle, write.path, exportScenario(write.scenario), true);
        written.push(write.path);
      }
    } catch (e) {
      const why = messageOf(e);
      const next = scenarios.writes[written.length - (result.changed ? 1 : 0)]?.path ?? path;
      state.notify('error', written.length ? `Saved ${written.join(', ')}, but ${next} was not saved: ${why}` : `${next} was not saved: ${why}`);
      return;
    }
    useProjectSession.setState({ current: { ...current, opened: { ...opened, text: result.xml, scenarios: scenarios.after } } });
    state.setProjectFile(saved);
    const orchestration = result.changed ? `Saved ${current.name}/${path}: ${KEPT[result.kept]}; the flows it calls were not touched.` : `${path} was already up to date.`;
    const scenarioNote = scenarios.writes.length ? ` ${scenarioWords(scenarios.writes)}` : '';
    state.notify('info', `${orchestration}${scenarioNote}${notes}${keptNote}`);
    return;
  }
  // the file's own name: `Order.flow-meta.xml`, or `Order.flow` in a retrieved package
  const fileName = path.slice(path.lastIndexOf('/') + 1);
  if (result.changed) downloadText(fileName, result.xml, 'application/xml');
  useProjectSession.setState({ current: { ...current, opened: { ...opened, text: result.xml } } });
  // the elements just written are the file's own now: their API names stay from here on
  state.setProjectFile(saved);
  const scenarioNote = scenarios.writes.length ? ` Its changed scenarios were not written (${scenarios.writes.map((w) => w.path).join(', ')}): use Download all in the Scenarios dialog.` : '';
  const orchestration = result.changed ? `${fileName} was downloaded; put it at ${path} (${KEPT[result.kept]}).` : `${path} is already up to date.`;
  state.notify('info', `This project was read from files, which the browser cannot write: ${orchestration}${scenarioNote}${notes}`);
}

/** What went wrong, in the words of the error (a DOMException is not an Error everywhere). */
const messageOf = (e: unknown): string => (typeof (e as { message?: unknown } | null)?.message === 'string' ? (e as { message: string }).message : String(e));

/** "Wrote the scenario files a.json (new) and b.json." */
function scenarioWords(writes: readonly ScenarioWrite[]): string {
  const names = writes.map((w) => `${w.path}${w.created ? ' (new)' : ''}`);
  return `Wrote the scenario file${names.length === 1 ? '' : 's'} ${names.join(', ')}, where stageflow test finds ${names.length === 1 ? 'it' : 'them'}.`;
}
