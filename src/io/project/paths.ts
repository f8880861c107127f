/**
 * Paths of project files: `/` separators, relative, never leaving the project (`..`), and the API
 * name a flow file gives its flow (the file name without `.flow-meta.xml`).
 */
import { FLOW_FILE_SUFFIX } from './types';

export type PathResult = { ok: true; path: string } | { ok: false; message: string };

/**
 * A file's path inside the project, with `/` separators and no `./`; refused when it is absolute or
 * climbs out of the project (`../`), as an archive entry could try to.
 */
export function projectPath(raw: string): PathResult {
  const path = raw.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:\//.test(path)) return { ok: false, message: 'an absolute path is not part of a project: refused' };
  const parts = path.split('/').filter((part) => part !== '' && part !== '.');
  if (parts.includes('..')) return { ok: false, message: 'the path climbs out of the project (".."): refused' };
  if (parts.length === 0) return { ok: false, message: 'an empty path: refused' };
  return { ok: true, path: parts.join('/') };
}

/** True for `*.flow-meta.xml` (case-insensitive). */
export function isFlowFile(path: string): boolean {
  return path.toLowerCase().endsWith(FLOW_FILE_SUFFIX);
}

/** `force-app/main/default/flows/Order.flow-meta.xml` → `Order`. */
export function apiNameOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.slice(0, file.length - FLOW_FILE_SUFFIX.length);
}

/** The folder of a path (`a/b/c.xml` → `a/b`; a file at the root → ''). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** `folder/name` (or `name` at the root). */
export function joinPath(folder: string, name: string): string {
  return folder === '' ? name : `${folder}/${name}`;
}
