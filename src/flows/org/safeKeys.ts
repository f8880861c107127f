/** Keys that could reach an object's prototype; imported data never sets them. */
const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** True when `key` can be used as a property name of data from an untrusted file. */
export function isSafeKey(key: string): boolean {
  return !UNSAFE_KEYS.has(key);
}
