/**
 * What a resource reference string names (R50): a variable, a record field (`rec.Field`), a step or
 * stage status (`X.Status`), or a step output (`Step.Outputs.x`). The parse is purely syntactic;
 * the validator and the engine decide what the head name is.
 */
export type Reference =
  | { kind: 'name'; name: string }
  | { kind: 'status'; element: string }
  | { kind: 'output'; step: string; output: string }
  | { kind: 'field'; variable: string; field: string };

const IDENT = '[A-Za-z$][A-Za-z0-9_]*';
const REFERENCE_SHAPE = new RegExp(`^${IDENT}(\\.${IDENT})*$`);

/** Parses `text` as a reference, or returns null when it does not have a reference's shape. */
export function parseReference(text: string): Reference | null {
  if (!REFERENCE_SHAPE.test(text)) return null;
  const parts = text.split('.');
  if (parts.length === 1) return { kind: 'name', name: parts[0]! };
  if (parts.length === 2 && parts[1] === 'Status') return { kind: 'status', element: parts[0]! };
  if (parts.length === 3 && parts[1] === 'Outputs') return { kind: 'output', step: parts[0]!, output: parts[2]! };
  if (parts.length === 2) return { kind: 'field', variable: parts[0]!, field: parts[1]! };
  return null;
}

/** True when the text has the dotted shape of a reference (`a.b`), so it must resolve (R50). */
export function looksLikeDottedReference(text: string): boolean {
  return REFERENCE_SHAPE.test(text) && text.includes('.');
}
