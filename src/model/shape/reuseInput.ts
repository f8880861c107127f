/**
 * Outputs that reuse their input (checkShape.ts's note): a list or an object mapped item by item
 * is returned itself when it is a plain one and nothing in it changes, and copied from the first
 * change on otherwise.
 */
import { isOwnPlainObject } from './valueKinds';

/**
 * `input`'s items, each mapped by `map`: `input` itself when it is a plain Array and no item
 * changes, else a new list from the first change on (a hole counts as a change: it is filled).
 */
export function mapItems(input: readonly unknown[], map: (index: number, value: unknown) => unknown): unknown[] {
  let out: unknown[] | null = Object.getPrototypeOf(input) === Array.prototype ? null : [];
  for (let i = 0; i < input.length; i++) {
    const before: unknown = input[i];
    const item = map(i, before);
    if (out) out.push(item);
    else if (item !== before || !(i in input)) {
      out = input.slice(0, i);
      out.push(item);
    }
  }
  return out ?? (input as unknown[]);
}

/**
 * `input`'s entries, each mapped by `map`, `__proto__` keys left out: `input` itself when it is a
 * plain object and no entry changes, else a new object from the first change on.
 */
export function mapEntries(input: Record<string, unknown>, map: (key: string, value: unknown) => unknown): Record<string, unknown> {
  const keys = Object.keys(input);
  let out: Record<string, unknown> | null = isOwnPlainObject(input) ? null : {};
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (key === '__proto__') {
      out ??= entriesBefore(keys, k, input);
      continue;
    }
    const before = input[key];
    const item = map(key, before);
    if (out) out[key] = item;
    else if (item !== before) {
      out = entriesBefore(keys, k, input);
      out[key] = item;
    }
  }
  return out ?? input;
}

/** A new object holding the entries of `input` before `keys[upTo]`, `__proto__` left out. */
function entriesBefore(keys: readonly string[], upTo: number, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = 0; k < upTo; k++) if (keys[k] !== '__proto__') out[keys[k]!] = input[keys[k]!];
  return out;
}
