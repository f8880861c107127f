/**
 * A project as the browser hands it over: a directory handle (File System Access API, Chromium),
 * the files of an `<input webkitdirectory>`, files and folders dropped on the page, or a `.zip`.
 * Files are listed, not read: src/io/project keeps only those a reader may read (flows, object
 * metadata, labels, scenarios: mayBeRead.ts) and reads them within its caps.
 */
import { DEFAULT_PROJECT_LIMITS } from '../../io/project/limits';
import { pastSizeLimit } from '../../io/sizeLimit';
import { listEntry, newListing, type Listing } from '../../io/project/listing';
import { mayBeRead } from '../../io/project/mayBeRead';
import type { LazyProjectFile, Project } from '../../io/project/types';
import { isSkippedFolder, walkFolders, type WalkEntry } from '../../io/project/walkFolders';
import { isZipName, type DroppedItems } from './droppedItems';
import type { ListedFile } from './readProjectMessages';
import { readProjectOffThread, readZipOffThread } from './readProjectOffThread';

/** The project in a `.zip` file; its size is checked before it is read. */
export async function projectFromZipFile(file: File): Promise<Project> {
  if (file.size > DEFAULT_PROJECT_LIMITS.maxArchiveBytes) {
    return { files: new Map(), orchestrations: [], flows: [], problems: [{ file: '', severity: 'error', message: `not read: ${pastSizeLimit(file.size, DEFAULT_PROJECT_LIMITS.maxArchiveBytes, 'the archive')}` }] };
  }
  return readZipOffThread(file, DEFAULT_PROJECT_LIMITS);
}

/**
 * A listed file as the walk (listing.ts) keeps it: its File goes to the reading worker
 * (readProjectOffThread.ts), which reads it; the walk itself never reads.
 */
type ListedLazyFile = LazyProjectFile & { readonly listed: () => Promise<ListedFile> };

const lazyFile = (path: string, file: File): ListedLazyFile => ({
  path,
  // asked when needed only: a chosen folder's File.size is a blocking call to the disk (askSizesInSlices)
  get size() { return file.size; },
  read: () => Promise.reject(new Error('read by the reading worker')), listed: () => Promise.resolve({ path, file }),
});

/** The kept files of a walk, each with its File (asked of a handle now: cheap, nothing is read). */
const listedFiles = (files: readonly LazyProjectFile[]): Promise<ListedFile[]> =>
  Promise.all(files.filter((f): f is ListedLazyFile => 'listed' in f).map((f) => f.listed()));

/** `onRead`, in each reader below: told now and then how many files have been read (readProjectOffThread). */
type OnRead = (filesRead: number) => void;

const readListing = async (listing: Listing, onRead?: OnRead): Promise<Project> =>
  readProjectOffThread(await listedFiles(listing.files), DEFAULT_PROJECT_LIMITS, listing.stopped, onRead);

/**
 * The project in the files of a `webkitdirectory` input: paths from `webkitRelativePath` without its
 * first segment (the chosen folder itself), so they read as inside the project, as from a handle.
 */
export async function projectFromFileList(files: readonly File[], onRead?: OnRead): Promise<Project> {
  // listed as a folder handle's walk is: only the files a reader may read go to the worker. Handing
  // it every File froze the page — lumonoy/lumonCode's 23,713 files took one 10 s postMessage, for
  // the 6,506 a reader looks at.
  const listing = newListing();
  for (const file of files) {
    const path = file.webkitRelativePath ? file.webkitRelativePath.split('/').slice(1).join('/') : file.name;
    if (path.split('/').slice(0, -1).some(isSkippedFolder)) continue;
    if (!listEntry(listing, mayBeRead(path) ? lazyFile(path, file) : null, DEFAULT_PROJECT_LIMITS)) break;
  }
  const listed = await listedFiles(listing.files);
  await askSizesInSlices(listed);
  return readProjectOffThread(listed, DEFAULT_PROJECT_LIMITS, listing.stopped, onRead);
}

/**
 * A chosen folder's File does not know its size until asked, and asking is one blocking call to the
 * disk; posting a File to the worker asks it. Asked in slices, with a turn between them, the page
 * stays responsive: lumonoy/lumonCode's 6,506 kept files took one 2.4 s postMessage (a frozen page).
 */
async function askSizesInSlices(files: readonly ListedFile[]): Promise<void> {
  const SLICE = 200;
  for (let i = 0; i < files.length; i += SLICE) {
    for (const listed of files.slice(i, i + SLICE)) if ('file' in listed) void listed.file.size;
    if (i + SLICE < files.length) await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The entries of a folder the user gave access to, in the order the browser gives them (the walk sorts them). */
async function handleEntries(folder: FileSystemDirectoryHandle, prefix: string): Promise<WalkEntry<FileSystemDirectoryHandle>[]> {
  const entries: WalkEntry<FileSystemDirectoryHandle>[] = [];
  for await (const entry of folder.values()) {
    if (entry.kind === 'directory') {
      entries.push({ name: entry.name, folder: entry as FileSystemDirectoryHandle });
      continue;
    }
    const path = `${prefix}${entry.name}`;
    const handle = entry as FileSystemFileHandle;
    // a File the browser refuses is a "not read" problem of that file, as a failed read was
    const listed = (): Promise<ListedFile> => handle.getFile().then((file) => ({ path, file }), (error: unknown) => ({ path, error: error instanceof Error ? error.message : String(error) }));
    const file: ListedLazyFile = { path, read: () => Promise.reject(new Error('read by the reading worker')), listed };
    entries.push({ name: entry.name, file: mayBeRead(path) ? file : null });
  }
  return entries;
}

/**
 * The project in a folder the user gave access to (its subfolders too), listed several folders at
 * once by the one walk (walkFolders.ts): only files a reader may read are kept (listing.ts).
 */
export async function projectFromDirectoryHandle(root: FileSystemDirectoryHandle, onRead?: OnRead): Promise<Project> {
  const listing = newListing();
  await walkFolders(root, handleEntries, listing, DEFAULT_PROJECT_LIMITS);
  return readListing(listing, onRead);
}

/** A dropped folder (the non-standard but universal `webkitGetAsEntry` API), or the drop itself: its dropped files and folders. */
type DroppedFolder = FileSystemDirectoryEntry | readonly FileSystemEntry[];

/** A dropped folder's entries: readEntries gives them in batches, read until it gives none; a folder that cannot be read gives none, as before. */
function entriesOfFolder(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const children: FileSystemEntry[] = [];
  return new Promise((resolve) => {
    const next = () => reader.readEntries((batch) => {
      if (batch.length === 0) return resolve(children);
      children.push(...batch);
      next();
    }, () => resolve([]));
    next();
  });
}

/** The walk's entries of a dropped folder: a file no reader reads is only counted (its File is never asked for), one whose File cannot be had is left out. */
async function droppedEntries(folder: DroppedFolder, prefix: string): Promise<WalkEntry<DroppedFolder>[]> {
  const children = Array.isArray(folder) ? (folder as readonly FileSystemEntry[]) : await entriesOfFolder(folder as FileSystemDirectoryEntry);
  const entries = await Promise.all(children.map((entry): Promise<WalkEntry<DroppedFolder> | null> => {
    if (entry.isDirectory) return Promise.resolve({ name: entry.name, folder: entry as FileSystemDirectoryEntry });
    const path = `${prefix}${entry.name}`;
    if (!mayBeRead(path)) return Promise.resolve({ name: entry.name, file: null });
    return new Promise((resolve) => (entry as FileSystemFileEntry).file((file) => resolve({ name: entry.name, file: lazyFile(path, file) }), () => resolve(null)));
  }));
  return entries.filter((e) => e !== null);
}

/** The project in a drop: a `.zip`, or the dropped files and folders. */
export async function projectFromDrop(drop: DroppedItems, onRead?: OnRead): Promise<Project> {
  if (drop.files.length === 1 && isZipName(drop.files[0]!.name) && !drop.entries.some((e) => e.isDirectory)) return projectFromZipFile(drop.files[0]!);
  if (drop.entries.length === 0) return readProjectOffThread(drop.files.map((file) => ({ path: file.name, file })), DEFAULT_PROJECT_LIMITS, false, onRead);
  const listing = newListing();
  await walkFolders<DroppedFolder>(drop.entries, droppedEntries, listing, DEFAULT_PROJECT_LIMITS);
  return readListing(listing, onRead);
}
