/**
 * Lookups by name in plain objects. API names may be `constructor`, `toString`, `valueOf`…
 * (FORMAT.md §1), which every plain object answers from Object.prototype: `trace.stages.constructor`
 * is a function for a run where no stage `constructor` started. Read maps keyed by a name
 * (layout, trace stages and steps, scenario steps and inputs, outputs) through these
 * (docs/decisions.md, "Untrusted input", *chosen*).
 */

/** `record[key]` when `key` is the record's own property, else undefined. */
export function own<T>(record: Readonly<Record<string, T>> | null | undefined, key: string): T | undefined {
  return record != null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether `record` has `key` as its own property (not one of Object.prototype's). */
export function hasOwnKey(record: object | null | undefined, key: string): boolean {
  return record != null && Object.hasOwn(record, key);
}
