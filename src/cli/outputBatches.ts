/**
 * Long output (a trace written in parts) gathered into a few large strings: few writes, and never
 * one string of it all.
 */

/** Parts of this many characters or more are written as they come; smaller ones are gathered first. */
const PART_CHARS = 1 << 20;

/** `parts` gathered into strings of about PART_CHARS characters: few writes, never one string of it all. */
export function* batches(parts: Iterable<string>): Generator<string> {
  let batch: string[] = [];
  let size = 0;
  for (const part of parts) {
    batch.push(part);
    size += part.length;
    if (size >= PART_CHARS) { yield batch.join(''); batch = []; size = 0; }
  }
  if (batch.length) yield batch.join('');
}
