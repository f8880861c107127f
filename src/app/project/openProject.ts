/**
 * Opening a project in the app: "Open folder" asks for a folder with the File System Access API
 * (Chromium; the folder can then be written back), else through an `<input webkitdirectory>` (read
 * only); a folder, several files or a `.zip` dropped on the page open the same way.
 */
import type { Project } from '../../io/project/types';
import type { AppStore } from '../../store/appStore';
import { projectFromDirectoryHandle, projectFromDrop, projectFromFileList, projectFromZipFile } from './browserProjectFiles';
import { isZipName, type DroppedItems } from './droppedItems';
import { clickFolderInput } from './projectState';
import { offerProject } from './projectSession';

type DirectoryPicker = (options?: { id?: string; mode?: 'read' | 'readwrite' }) => Promise<FileSystemDirectoryHandle>;

async function offer(store: AppStore, name: string, read: () => Promise<Project>, handle: FileSystemDirectoryHandle | null = null): Promise<void> {
  const reading = `Reading ${name}…`;
  store.getState().notify('info', reading);
  try {
    offerProject(store, await read(), name, handle);
  } catch (e) {
    store.getState().setImportReport({ fileName: name, ok: false, problems: [{ path: '', message: `cannot be read: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }] });
  } finally {
    const notice = store.getState().notices.find((n) => n.text === reading);
    if (notice) store.getState().dismiss(notice.id);
  }
}

/** "Open folder": the directory picker where there is one, else the folder input. */
export async function openProjectFolder(store: AppStore): Promise<void> {
  const picker = (window as Window & { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  if (!picker) {
    clickFolderInput();
    return;
  }
  let handle: FileSystemDirectoryHandle;
  try {
    handle = await picker({ id: 'stageflow-project', mode: 'read' });
  } catch (e) {
    // the user closed the picker; any other refusal (a sandboxed frame) falls back to the input
    if (!(e instanceof DOMException && e.name === 'AbortError')) clickFolderInput();
    return;
  }
  await offer(store, handle.name, () => projectFromDirectoryHandle(handle), handle);
}

/** The files the folder input gave (the first path segment is the folder's name). */
export function openChosenFolder(store: AppStore, files: readonly File[]): Promise<void> {
  const name = files[0]?.webkitRelativePath.split('/')[0] || 'the folder';
  return offer(store, name, () => projectFromFileList(files));
}

/** A folder, several files or a `.zip` dropped on the page. */
export function openDroppedProject(store: AppStore, drop: DroppedItems): Promise<void> {
  const single = drop.entries.length === 1 ? drop.entries[0]!.name : drop.files.length === 1 ? drop.files[0]!.name : `${drop.files.length} files`;
  const name = drop.files.length === 1 && isZipName(drop.files[0]!.name) ? drop.files[0]!.name : single;
  return offer(store, name, () => (drop.files.length === 1 && isZipName(name) ? projectFromZipFile(drop.files[0]!) : projectFromDrop(drop)));
}
