/**
 * A document shape as plain data: what the zod schemas of schema.ts say, written out by
 * `npm run shapes` (scripts/write-shapes.ts) so that checking a document needs neither zod nor the
 * cost of building its schemas. `checkShape.ts` reads it and reports exactly the issues zod would.
 * Nodes live in one table and refer to each other by index, so a schema used in several places
 * (a requirement row, a value) is written once.
 */

/** A refinement of a string, a list or a number, run in the order zod runs its checks. */
export type ShapeCheck =
  | { k: 'minLength' | 'maxLength'; v: number; m?: string }
  | { k: 'regex'; re: string; flags: string; m?: string }
  | { k: 'int'; m?: string }
  | { k: 'gte' | 'gt' | 'lte' | 'lt'; v: number; m?: string };

/** A primitive a literal or an enum allows. */
export type ShapeValue = string | number | boolean | null;

export type ShapeNode =
  | { t: 'string' | 'number'; c?: ShapeCheck[] }
  | { t: 'boolean' | 'null' | 'json' }
  /** zod's literal and enum: one of these values. */
  | { t: 'values'; v: ShapeValue[] }
  | { t: 'array'; e: number; c?: ShapeCheck[] }
  /** `x`: what happens to keys the shape does not name (kept, refused, dropped). Keys in zod's order. */
  | { t: 'object'; s: Array<[key: string, node: number]>; x: 'loose' | 'strict' | 'strip' }
  /** Keys are any string. */
  | { t: 'record'; v: number }
  | { t: 'union'; o: number[]; m?: string }
  /** A discriminated union: the discriminator `d`, each value with the index of its option node. */
  | { t: 'choice'; d: string; o: Array<[value: ShapeValue, node: number]>; m?: string }
  /** Absence (undefined) is accepted: zod's `.optional()`. */
  | { t: 'optional'; i: number }
  | { t: 'nullable'; i: number };

/** A written-out schema: the node table and the index of the document's own node. */
export interface ShapeTable {
  nodes: ShapeNode[];
  root: number;
}
