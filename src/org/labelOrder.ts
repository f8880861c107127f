/**
 * Alphabetical order of flow labels, as the org lists them: case-insensitive, then exact.
 *
 * A list whose labels are all ASCII (API names, and nearly every label an admin types) is ordered
 * by comparing lower-cased code units. A list with any other character is ordered by the
 * browser's collator instead, for the whole list, so one comparison rule holds for every pair and
 * the order is consistent. The split keeps ICU's collation out of opening a design: its one-time
 * set-up costs tens of milliseconds, and opening a design pushes the catalog into the flow lists
 * (catalogSync.ts).
 */

const ASCII = /^[\x20-\x7e]*$/;
let collator: Intl.Collator | null = null;

function asciiCompare(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `items` sorted by `key` (a new array; stable, so equal keys keep their order). */
export function sortByLabel<T>(items: readonly T[], key: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ item, key: key(item) }));
  const compare = keyed.every((k) => ASCII.test(k.key)) ? asciiCompare : (collator ??= new Intl.Collator()).compare;
  return keyed.sort((a, b) => compare(a.key, b.key)).map((k) => k.item);
}
