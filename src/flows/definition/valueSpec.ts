/**
 * A value as a flow's metadata writes it (`FlowElementReferenceOrValue`: `<value>`, `<rightValue>`,
 * a variable's default…), JSON-safe. Exactly one key is set. A kind the interpreter does not
 * evaluate (`apexValue`, `sobjectValue`, `formulaExpression`, …) is kept as `unsupported` with its
 * tag, so a run that needs it stops with a message naming it instead of reading a wrong value.
 */
import { z } from 'zod';

export const SingleValueSpec = z.union([
  z.object({ string: z.string() }),
  z.object({ number: z.number() }),
  z.object({ boolean: z.boolean() }),
  /** `YYYY-MM-DD` as written. */
  z.object({ date: z.string() }),
  /** ISO 8601 as written. */
  z.object({ dateTime: z.string() }),
  /** `elementReference`: a resource, element or global (`$Record.Owner.Email`), without `{!}`. */
  z.object({ ref: z.string() }),
  /** A value element of a kind the interpreter cannot evaluate: its tag. */
  z.object({ unsupported: z.string() }),
]);

/**
 * A value as written, or `collectionElements`: a list of single values written in place (Send Email's
 * recipient addresses: `<value><collectionElements><stringValue>a@x.com</stringValue></collectionElements>…</value>`).
 */
export const FlowValueSpec = z.union([SingleValueSpec, z.object({ list: z.array(SingleValueSpec) })]);

export type FlowValueSpec = z.infer<typeof FlowValueSpec>;
export type SingleValueSpec = z.infer<typeof SingleValueSpec>;

/** A `name` → value pair (action and subflow inputs, wait event parameters, record field values). */
export const NamedValue = z.object({ name: z.string(), value: FlowValueSpec.optional() });
export type NamedValue = z.infer<typeof NamedValue>;

/** An output copied into a resource: `name` (the output or field) → `ref` (the variable). */
export const OutputAssignment = z.object({ name: z.string(), ref: z.string() });
export type OutputAssignment = z.infer<typeof OutputAssignment>;

/** One condition row of a decision rule, a wait event or an entry condition. */
export const FlowCondition = z.object({ left: z.string(), operator: z.string(), right: FlowValueSpec.optional() });
export type FlowCondition = z.infer<typeof FlowCondition>;

/** One filter row of a record element: `field operator value`. */
export const RecordFilter = z.object({ field: z.string(), operator: z.string(), value: FlowValueSpec.optional() });
export type RecordFilter = z.infer<typeof RecordFilter>;
