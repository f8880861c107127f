/**
 * The answers a screen's fields take: the caller's `screenValues` for a screen, or one item of a
 * Repeater (screenRepeater.ts), each an object of field name → value; names are case-insensitive.
 */
export type Answers = Readonly<Record<string, unknown>>;

/** The answer given to the field called `name`, if any (`found` false: the caller gave none). */
export function given(values: Answers, name: string): { found: boolean; value: unknown } {
  const key = Object.keys(values).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? { found: false, value: null } : { found: true, value: values[key] };
}
