/**
 * "Save to project": the open design written back to the orchestration file it came from, with only
 * what changed (src/io/project saveOrchestrationToProject), the flows it calls never written. With
 * the folder's handle the file is written in place (the browser asks for write permission the first
 * time); a project read from files or a `.zip` cannot be written, so the file is downloaded with
 * the path it belongs at. The design is also kept in the browser (IndexedDB) as always.
 */
import { downloadText } from '../../io/download';
import type { AppStore } from '../../store/appStore';
import { selectProblems } from '../../store/selectors';
import { useProjectSession } from './projectState';

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

/** Writes `text` to `path` (existing folders only: the orchestration's file is already there). */
async function writeInto(root: FileSystemDirectoryHandle, path: string, text: string): Promise<void> {
  const parts = path.split('/');
  let folder = root;
  for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part);
  const file = await folder.getFileHandle(parts[parts.length - 1]!);
  const writable = await file.createWritable();
  await writable.write(text);
  await writable.close();
}

const KEPT: Readonly<Record<string, string>> = {
  all: 'the rest of the file is unchanged',
  untouchedLines: 'the lines you did not change are kept as they were',
  none: 'the whole file was rewritten in Salesforce\'s standard layout',
};

export async function saveToProject(store: AppStore): Promise<void> {
  const state = store.getState();
  const current = useProjectSession.getState().current;
  const link = state.projectFile;
  if (!current || !link || link.apiName !== state.doc.name) {
    state.notify('error', 'This design was not opened from a project folder: use Export or Flow XML to download it.');
    return;
  }
  const errors = selectProblems(state).errors;
  if (errors.length) {
    state.notify('error', `Saving to the project is blocked by ${errors.length} error${errors.length === 1 ? '' : 's'}. First: ${errors[0]!.path || 'document'}: ${errors[0]!.message}`);
    return;
  }
  const { saveOrchestrationToProject } = await import('../../io/project/saveOrchestration');
  const result = saveOrchestrationToProject(current.opened.text, state.doc);
  if (!result.ok) {
    state.notify('error', `${link.path} was not saved: ${result.message}`);
    return;
  }
  if (!result.changed) {
    state.notify('info', `${link.path} is already up to date: nothing to save.`);
    return;
  }
  const notes = result.warnings.length ? ` Not carried by XML: ${result.warnings.map((w) => w.message).join(' ')}` : '';
  if (current.handle) {
    try {
      if (!(await mayWrite(current.handle))) {
        state.notify('error', `${link.path} was not saved: the browser was not allowed to write to ${current.name}.`);
        return;
      }
      await writeInto(current.handle, link.path, result.xml);
    } catch (e) {
      state.notify('error', `${link.path} was not saved: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    useProjectSession.setState({ current: { ...current, opened: { ...current.opened, text: result.xml } } });
    state.notify('info', `Saved ${current.name}/${link.path}: ${KEPT[result.kept]}; the flows it calls were not touched.${notes}`);
    return;
  }
  // the file's own name: `Order.flow-meta.xml`, or `Order.flow` in a retrieved package
  const fileName = link.path.slice(link.path.lastIndexOf('/') + 1);
  downloadText(fileName, result.xml, 'application/xml');
  useProjectSession.setState({ current: { ...current, opened: { ...current.opened, text: result.xml } } });
  state.notify('info', `This project was read from files, which the browser cannot write: ${fileName} was downloaded; put it at ${link.path} (${KEPT[result.kept]}).${notes}`);
}
