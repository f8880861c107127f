/**
 * What the start says when `?sample=` opens nothing (before "Starting with an empty design."), with
 * the names of the samples there are, read from `public/samples/index.json`.
 */
import { SAMPLE_NAME } from './sampleSource';

/** At most this much of an unusable `?sample=` value is repeated in its message (an address may be kilobytes long). */
const SHOWN_NAME = 60;
/** At most this many sample names are listed. */
const LISTED = 12;

/** Control and format characters (NUL, a right-to-left override) shown as `<U+202E>`: invisible, or turning the message around. */
function visible(text: string): string {
  return text.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}

/**
 * The message for `name`, given the samples there are (`known`, perhaps none when the list could
 * not be read). *Chosen* (docs/decisions.md): an empty value names no sample, a value no sample
 * can be named (a path, a dot, a space) is said not to be a name, and a name that differs from a
 * sample's only in case asks whether that sample was meant; the others list the samples. `Sample ""
 * was not found` read as if the app had lost a sample, `Sample "../index" was not found` as if such a
 * file could exist, and a plain "not found" left the admin to guess the names.
 */
export function sampleNotFoundNote(name: string, known: readonly string[] = []): string {
  const list = known.length === 0 ? '' : `; the samples are ${known.slice(0, LISTED).join(', ')}${known.length > LISTED ? ', …' : ''}`;
  const example = list || ', as in ?sample=order-fulfilment';
  if (name.trim() === '') return `No sample was named: ?sample= needs the name of a sample${example}`;
  const shown = visible(name.length > SHOWN_NAME ? `${name.slice(0, SHOWN_NAME)}…` : name);
  if (!SAMPLE_NAME.test(name)) return `"${shown}" is not a sample name: a sample is named by letters, digits, - and _ only (no folder, no .json)${example}`;
  const other = known.find((k) => k !== name && k.toLowerCase() === name.toLowerCase());
  if (other !== undefined) return `Sample "${shown}" was not found: did you mean ?sample=${other}? (sample names are case-sensitive)`;
  return `Sample "${shown}" was not found${list}`;
}

/** The names of the samples `index.json` lists; none when it cannot be read. */
export async function sampleNames(): Promise<string[]> {
  try {
    const response = await fetch(`${import.meta.env.BASE_URL}samples/index.json`);
    if (!response.ok) return [];
    const index = (await response.json()) as unknown;
    if (!Array.isArray(index)) return [];
    return index.map((e: { name?: unknown } | null) => e?.name).filter((n): n is string => typeof n === 'string' && SAMPLE_NAME.test(n));
  } catch {
    return [];
  }
}
