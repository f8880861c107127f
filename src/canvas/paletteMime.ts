/** The drag-and-drop data types of palette items. */
import type { NodeKind } from './types';

export const PALETTE_MIME = 'application/x-stageflow-palette';

/**
 * A second type that names the item's kind: during a drag the page may read the data's types but
 * not its values (HTML drag data store, protected mode), and the canvas needs the kind to say where
 * the item would land before it is dropped.
 */
const KIND_MIME_PREFIX = `${PALETTE_MIME}-kind-`;
const KINDS: readonly NodeKind[] = ['stage', 'background', 'interactive', 'decision'];

export function paletteKindMime(kind: NodeKind): string {
  return KIND_MIME_PREFIX + kind;
}

/** The kind of palette item a drag carries, from its data types (types are lower-cased by browsers). */
export function paletteKindOf(types: readonly string[]): NodeKind | null {
  for (const type of types) {
    if (!type.startsWith(KIND_MIME_PREFIX)) continue;
    const kind = KINDS.find((k) => k === type.slice(KIND_MIME_PREFIX.length));
    if (kind) return kind;
  }
  return null;
}
