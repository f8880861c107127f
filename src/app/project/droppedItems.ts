/** What a drop on the page holds, and whether it is a project (a folder, several files, a `.zip`) or one design file. */

export function isZipName(name: string): boolean {
  return /\.zip$/i.test(name);
}

/** The dropped files, and their entries (the non-standard but universal `webkitGetAsEntry` API) to walk folders. */
export interface DroppedItems {
  files: File[];
  entries: FileSystemEntry[];
}

/** Taken synchronously in the drop event: the items expire after it. */
export function droppedItems(transfer: DataTransfer): DroppedItems {
  const entries = Array.from(transfer.items ?? [])
    .map((item) => (item.kind === 'file' && typeof item.webkitGetAsEntry === 'function' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  return { files: Array.from(transfer.files), entries };
}

/** True when the drop is a project (a folder, several files or a `.zip`), not one design file. */
export function isProjectDrop(drop: DroppedItems): boolean {
  return drop.entries.some((e) => e.isDirectory) || drop.files.length > 1 || (drop.files.length === 1 && isZipName(drop.files[0]!.name));
}
