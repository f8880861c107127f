/**
 * Bytes of an imported file as text. Salesforce metadata and Stageflow's own files are UTF-8; a file
 * that is not (saved as Latin-1 by an editor, a binary picked by mistake) is refused with the line
 * and column of its first byte that is not UTF-8, never read with silent replacement characters
 * (which would become part of a label, then of a file written back). An XML file that declares
 * another encoding (`<?xml … encoding="ISO-8859-1"?>`) is read in that encoding, as XML says.
 */
export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** Where the first byte that does not belong to a UTF-8 sequence is, or -1 when all are UTF-8. */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // overlong or surrogate forms TextDecoder also refuses
    if ((b === 0xe0 && bytes[i + 1]! < 0xa0) || (b === 0xed && bytes[i + 1]! > 0x9f) || (b === 0xf0 && bytes[i + 1]! < 0x90) || (b === 0xf4 && bytes[i + 1]! > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/** The encoding an XML declaration at the start names, when it is not UTF-8. */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  const match = /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head);
  const label = match?.[1]?.toLowerCase();
  return label && label !== 'utf-8' && label !== 'utf8' ? label : null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const declared = declaredEncoding(bytes);
  if (declared) {
    try {
      return { ok: true, text: new TextDecoder(declared).decode(bytes) };
    } catch {
      return { ok: false, message: `the file declares the encoding "${declared}", which cannot be read: save it as UTF-8` };
    }
  }
  try {
    // fatal: refuses what is not UTF-8 instead of replacing it; drops a leading byte order mark, as File.text() does
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // located below, byte by byte (only for a file being refused)
  }
  // Windows Notepad's "Unicode" is UTF-16 with a byte order mark: named, as "byte 0xFF" told the admin nothing
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'LE' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'BE' : null;
  if (utf16) return { ok: false, message: `1:1: the file is UTF-16 (it starts with the byte order mark 0x${utf16 === 'LE' ? 'FF 0xFE' : 'FE 0xFF'}): save it as UTF-8, the encoding Salesforce and Stageflow files use` };
  const bad = Math.max(0, firstInvalidByte(bytes));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  // the column counts characters, not bytes, as editors do
  const column = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, bad)).length + 1;
  const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
  return { ok: false, message: `${line}:${column}: the file is not UTF-8 (byte 0x${hex} there): save it as UTF-8, the encoding Salesforce and Stageflow files use` };
}
