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

/** How often the reading notice says the files read so far: a screen reader reads each change. */
const PROGRESS_EVERY_MS = 1000;

async function offer(store: AppStore, name: string, read: (onRead: (filesRead: number) => void) => Promise<Project>, handle: FileSystemDirectoryHandle | null = null): Promise<void> {
  let reading = `Reading ${name}…`;
  store.getState().notify('info', reading);
  // a whole org's project reads for a minute or more (survey 19's illumina: 23,566 files): the notice
  // counts the files read, so the admin sees it going on — unless they closed it
  let told = Date.now();
  const onRead = (filesRead: number) => {
    if (Date.now() - told < PROGRESS_EVERY_MS) return;
    told = Date.now();
    const notice = store.getState().notices.find((n) => n.text === reading);
    if (!notice) return;
    store.getState().dismiss(notice.id);
    reading = `Reading ${name}… ${filesRead.toLocaleString('en-US')} files read`;
    store.getState().notify('info', reading);
  };
  try {
    offerProject(store, await read(onRead), name, handle);
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
  await offer(store, handle.name, (onRead) => projectFromDirectoryHandle(handle, onRead), handle);
}

/** The files the folder input gave (the first path segment is the folder's name). */
export function openChosenFolder(store: AppStore, files: readonly File[]): Promise<void> {
  const name = files[0]?.webkitRelativePath.split('/')[0] || 'the folder';
  return offer(store, name, (onRead) => projectFromFileList(files, onRead));
}

/** A folder, several files or a `.zip` dropped on the page. */
export function openDroppedProject(store: AppStore, drop: DroppedItems): Promise<void> {
  const single = drop.entries.length === 1 ? drop.entries[0]!.name : drop.files.length === 1 ? drop.files[0]!.name : `${drop.files.length} files`;
  const name = drop.files.length === 1 && isZipName(drop.files[0]!.name) ? drop.files[0]!.name : single;
  return offer(store, name, (onRead) => (drop.files.length === 1 && isZipName(name) ? projectFromZipFile(drop.files[0]!) : projectFromDrop(drop, onRead)));
}
