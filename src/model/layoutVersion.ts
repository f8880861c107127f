/**
 * Versions of the `layout` positions (docs/canvas.md). Version 1 (no `layoutVersion`): positions
 * for the earlier single-row canvas, where stages were wide grids of steps; the canvas no longer
 * reads them and arranges such a document afresh. Version 2: stage columns of step cards.
 */
import type { Orchestration, Position } from './types';

export const LAYOUT_VERSION = 2;

/** The positions the canvas honours: the document's own when they are of the current version. */
export function currentLayout(doc: Orchestration): Readonly<Record<string, Position>> {
  return doc.layoutVersion === LAYOUT_VERSION ? (doc.layout ?? {}) : {};
}
