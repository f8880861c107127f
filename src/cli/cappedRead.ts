/**
 * Reading a file or a pipe to its end within a size cap: a file larger than the cap is refused before
 * it is read, a pipe past it, and a device that never ends at once.
 */
import { isXmlPath, MAX_XML_BYTES } from '../io/xml/xmlSizeLimit';
import { pastSizeLimit } from '../io/sizeLimit';

// `node:fs` through getBuiltinModule, not `import`: the ES import loads Node's stream stack (consoleWriter.ts).
const fs = process.getBuiltinModule('node:fs');

const tooBig = (bytes: number, maxBytes: number) => new Error(pastSizeLimit(bytes, maxBytes));

/**
 * A file's bytes, refused above `maxBytes` before it is read. A pipe (`<(cat order.json)`,
 * `/dev/stdin` fed by one) has no size to check first, so it is read up to the cap and refused past
 * it; a device (`/dev/zero`, a terminal) or a socket is refused at once: read, it never ends, and
 * the command held ever more memory until Node ran out of it.
 */
export function readCapped(path: string, maxBytes: number): Buffer {
  const info = fs.statSync(path);
  if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  if (info.isFile()) {
    // a Flow XML file is read up to 5 MB (FORMAT.md §7): past the JSON cap too, that is its limit
    if (info.size > maxBytes) throw tooBig(info.size, isXmlPath(path) ? MAX_XML_BYTES : maxBytes);
    return fs.readFileSync(path);
  }
  if (!info.isFIFO()) throw new Error('cannot read the file: it is a device or a socket, not a file');
  const fd = fs.openSync(path, 'r');
  try {
    return readToEnd(fd, maxBytes);
  } finally {
    fs.closeSync(fd);
  }
}

/** What `fd` holds until its end, refused past `maxBytes` (a pipe has no size to check first). */
export function readToEnd(fd: number, maxBytes: number): Buffer {
  const parts: Buffer[] = [];
  let total = 0;
  for (;;) {
    const part = Buffer.alloc(65536);
    let read: number;
    try {
      read = fs.readSync(fd, part, 0, part.length, null);
    } catch (e) {
      // a non-blocking pipe with nothing in it yet: wait a little for the writer, as a blocking read would
      if (typeof e === 'object' && e !== null && 'code' in e && e.code === 'EAGAIN') { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); continue; }
      throw e;
    }
    if (read === 0) return Buffer.concat(parts, total);
    total += read;
    if (total > maxBytes) throw tooBig(total, maxBytes);
    parts.push(part.subarray(0, read));
  }
}
