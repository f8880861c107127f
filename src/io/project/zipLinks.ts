/**
 * The entries of a `.zip` archive that are symbolic links. `zip -y` (and GitHub's Download ZIP of a
 * repository holding links) stores a link as an entry whose data is the link's target and whose Unix
 * mode, in the central directory's external attributes, is a link's (0120777). Read as a file, such an
 * entry gave its target as the file's text ('not Flow XML … begins with "/etc/passwd"'): the reader
 * skips it and says what it is instead. fflate's streaming reader sees only the local headers, which
 * have no attributes, so the central directory is read here (APPNOTE.txt 4.3.12, 4.3.16). An archive
 * whose directory cannot be found or read (ZIP64, damaged) has no links as far as this knows: the
 * reader then reports what it reports of any such archive.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The fixed part of the end-of-central-directory record; a comment of up to 65,535 bytes may follow it. */
const END_SIZE = 22;
/** "Version made by"'s high byte: the system whose attributes the external attributes are. */
const UNIX = 3;
const FILE_TYPE = 0o170000;
const LINK = 0o120000;
/** General purpose flag bit 11: the name is UTF-8 (else CP437, read as Latin-1, as fflate reads it). */
const UTF8_NAME = 0x800;

/** The names (as fflate decodes them) of the archive's entries that are symbolic links. Never throws. */
export function symbolicLinksOf(archive: Uint8Array): ReadonlySet<string> {
  const links = new Set<string>();
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const end = endOfDirectory(view);
  if (end < 0) return links;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) break;
    const madeBy = view.getUint16(at + 4, true) >> 8;
    const flags = view.getUint16(at + 8, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const mode = view.getUint32(at + 38, true) >>> 16;
    if (at + 46 + nameLength > view.byteLength) break;
    if (madeBy === UNIX && (mode & FILE_TYPE) === LINK) links.add(nameOf(archive.subarray(at + 46, at + 46 + nameLength), (flags & UTF8_NAME) !== 0));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return links;
}

/** Where the end-of-central-directory record starts, searched backwards over a comment; -1 when there is none. */
function endOfDirectory(view: DataView): number {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  return -1;
}

function nameOf(bytes: Uint8Array, utf8: boolean): string {
  return utf8 ? new TextDecoder().decode(bytes) : String.fromCharCode(...bytes);
}
