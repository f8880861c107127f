/**
 * What a decision's default path is called. Flow Builder lets the admin name it ("User Didn't
 * Respond") and writes `<defaultConnectorLabel>`; the model has no place for it, so a decision read
 * from Flow XML keeps it among its extensions, as written (docs/xml.md). The canvas shows that name
 * on the default connector, as Flow Builder does, else "Default".
 */
import type { Decision } from './types';

/** Longer names are cut: the label sits on a connector. */
const MAX_LENGTH = 80;

/** The default path's name the file gave, or null when it gave none. */
export function defaultOutcomeLabel(decision: Decision): string | null {
  const extensions: unknown = (decision as { extensions?: unknown }).extensions;
  if (!Array.isArray(extensions)) return null;
  for (const entry of extensions as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { kind, element } = entry as { kind?: unknown; element?: unknown };
    if (kind !== 'xmlElement' || typeof element !== 'object' || element === null) continue;
    const { tag, text } = element as { tag?: unknown; text?: unknown };
    if (tag !== 'defaultConnectorLabel' || typeof text !== 'string') continue;
    const label = text.trim();
    if (label) return label.length > MAX_LENGTH ? `${label.slice(0, MAX_LENGTH - 1)}…` : label;
  }
  return null;
}
