/**
 * Paths of project files: `/` separators, relative, never leaving the project (`..`), and the API
 * name a flow file gives its flow (the file name without `.flow-meta.xml`).
 */
import { FLOW_FILE_SUFFIX, METADATA_API_FLOW_SUFFIX } from './types';

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

/**
 * The flow-file suffix `path` ends with, as spelt in it: `.flow-meta.xml` (an SFDX project) or
 * `.flow` (the Metadata API format of a retrieved package), case-insensitive; null for any other
 * file (`X.workflow-meta.xml`, `X.flowDefinition` are not flows).
 */
export function flowFileSuffix(path: string): string | null {
  const lower = path.toLowerCase();
  for (const suffix of [FLOW_FILE_SUFFIX, METADATA_API_FLOW_SUFFIX]) {
    // a bare `.flow` is no file name
    if (lower.endsWith(suffix) && lower.length > suffix.length && !lower.endsWith(`/${suffix}`)) return path.slice(path.length - suffix.length);
  }
  return null;
}

/** True for `*.flow-meta.xml` and `*.flow` (case-insensitive). */
export function isFlowFile(path: string): boolean {
  return flowFileSuffix(path) !== null;
}

/** `force-app/main/default/flows/Order.flow-meta.xml` → `Order`; `unpackaged/flows/Order.flow` → `Order`. */
export function apiNameOf(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.slice(0, file.length - (flowFileSuffix(file) ?? '').length);
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
