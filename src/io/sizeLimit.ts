/**
 * A size cap on an input file, decided and said one way: its size counted in UTF-8 bytes (the caps of
 * FORMAT.md §7 are in bytes, and a text's length is not its size), and a file past a cap told with both
 * sizes in the cap's unit, `the file is 6.0 MB, more than the 5 MB limit`. Every reader of a file —
 * JSON, Flow XML, a project's files, a trace or scenario chosen in the app, the command line's — says
 * it in these words, so one file past one cap reads the same wherever it is opened.
 */
import { isXmlPath, MAX_XML_BYTES } from './xml/xmlSizeLimit';

/** Largest accepted JSON input, in UTF-8 bytes (FORMAT.md §7: "JSON above 16 MB"). */
export const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** The cap a file chosen by its name is read within: Flow XML 5 MB, anything else (JSON) 16 MB. */
export const sizeLimitOf = (name: string): number => (isXmlPath(name) ? MAX_XML_BYTES : MAX_JSON_BYTES);

const KB = 1024;
const MB = 1024 * KB;

/** The unit a size is said in: megabytes and kilobytes of 1,024, as the caps are given. */
function unitOf(bytes: number): { size: number; name: string } {
  if (bytes >= MB) return { size: MB, name: 'MB' };
  if (bytes >= KB) return { size: KB, name: 'KB' };
  return { size: 1, name: 'bytes' };
}

/** "5 MB", "1.95 KB", "100 bytes": a size or a cap as people read it, to two decimals at the most. */
export function sizeInWords(bytes: number): string {
  const unit = unitOf(bytes);
  return `${Number((bytes / unit.size).toFixed(2))} ${unit.name}`;
}

/**
 * `6.0 MB`: the size of something past `limitBytes`, in the limit's unit. A size that would read as
 * the limit itself ("5.0 MB" past 5 MB) is given with two decimals, then in bytes.
 */
export function sizePastLimitInWords(bytes: number, limitBytes: number): string {
  const unit = unitOf(limitBytes);
  const limit = limitBytes / unit.size;
  const oneDecimal = (bytes / unit.size).toFixed(1);
  const twoDecimals = (bytes / unit.size).toFixed(2);
  if (unit.size === 1) return `${bytes} bytes`;
  if (Number(oneDecimal) > limit) return `${oneDecimal} ${unit.name}`;
  return Number(twoDecimals) > limit ? `${twoDecimals} ${unit.name}` : `${bytes} bytes`;
}

/**
 * `the file is 6.0 MB, more than the 5 MB limit`: both sizes named (FORMAT.md §7), in the limit's
 * unit (sizePastLimitInWords). `what` names the thing measured (`the archive`).
 */
export function pastSizeLimit(bytes: number, limitBytes: number, what = 'the file'): string {
  return `${what} is ${sizePastLimitInWords(bytes, limitBytes)}, more than the ${sizeInWords(limitBytes)} limit`;
}

/** The size of `text` as a file, in UTF-8 bytes: what a total of several files is counted in. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The size of `text` as a file, in UTF-8 bytes — counted only when it may pass `limitBytes` (a UTF-16
 * code unit is 1 to 3 bytes), else its length, which is then within the limit too.
 */
export function utf8Size(text: string, limitBytes: number): number {
  return text.length * 3 > limitBytes ? utf8Bytes(text) : text.length;
}

/** Why the file `text` is refused under `limitBytes` (pastSizeLimit's words), or null when it is within it. */
export function textPastSizeLimit(text: string, limitBytes: number): string | null {
  const bytes = utf8Size(text, limitBytes);
  return bytes > limitBytes ? pastSizeLimit(bytes, limitBytes) : null;
}
