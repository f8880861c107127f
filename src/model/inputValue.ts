/**
 * A value in a step's or an evaluation flow's `inputs` (FORMAT.md: "resource reference or
 * literal", R50). Text names a resource or is a literal (`"order.Id"`, `"Gold"`, `"50"`); a JSON
 * number or boolean (`50`, `true`) is a literal too, and stays a number or boolean in the document so
 * that a file that validates round-trips unchanged.
 */
export type InputValue = string | number | boolean;

/** An input map: flow input name → value. */
export type InputValues = Readonly<Record<string, InputValue>>;

/**
 * The value as the text everything downstream reads (reference resolution, typed literals, Flow
 * XML): `50` → `"50"`, `true` → `"true"`, which R50 reads back as the same number and boolean.
 */
export function inputText(value: InputValue): string {
  return typeof value === 'string' ? value : String(value);
}
