/**
 * Why a file cannot be read or written, in words: the system's error codes (ENOENT, ELOOP, …) said as
 * an admin reads them, never Node's own `ELOOP: too many symbolic links encountered, stat 'a.json'`.
 */
import { MISSING_FILE } from './missingPath';

const REASONS: Record<string, string> = {
  ENOENT: MISSING_FILE,
  EISDIR: 'cannot read the file: it is a directory',
  EACCES: 'cannot read the file: permission denied',
  EPERM: 'cannot read the file: permission denied',
  // in words too, where Node's own said `ELOOP: too many symbolic links encountered, stat 'a.json'`
  ELOOP: 'cannot read the file: its symbolic links form a loop',
  ENOTDIR: 'cannot read the file: a part of its path is a file, not a folder',
  ENAMETOOLONG: 'cannot read the file: its name is too long for the file system',
};

/** Why `path` cannot be written: a missing folder is named (ENOENT on a write means the folder is not there). */
export function writeMessage(e: unknown, path: string): string {
  if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'FOLDER' && e instanceof Error) return e.message;
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  if (code === 'ENOENT') {
    const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return `cannot write the file: the folder ${slash > 0 ? path.slice(0, slash) : '.'} does not exist`;
  }
  return systemMessage(e, 'cannot write the file').replace('cannot read', 'cannot write');
}

/** The reason for the error's code, else `fallback` with the error's own message. */
export function systemMessage(e: unknown, fallback: string): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : '';
  return REASONS[code] ?? `${fallback}${e instanceof Error ? `: ${e.message}` : ''}`;
}
