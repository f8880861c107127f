/**
 * The connectors' arrowheads, drawn from `<marker>`s of the canvas's own (ArrowheadDefs.tsx) and
 * named on each edge by id. Why not React Flow's marker objects (`{ type: 'arrowclosed', … }`): for
 * those it sorts the distinct markers with `localeCompare` as the edges arrive, and a page's first
 * `localeCompare` starts ICU's collator — 8–12 ms inside the render that opens a design
 * (docs/performance.md, thirty-second round). A marker given as a string is used as its id as it is.
 * Each arrowhead takes its line's colour from canvas.css, so it follows the theme: a colour fixed
 * here stayed the light theme's dark red (2.6:1) on the dark pane, and React Flow's default marker
 * grey (#b1b1b7) was 2.1:1 on the light pane, under the 3:1 a line needs (WCAG 1.4.11).
 */
export const ARROWHEADS = {
  next: { id: 'sf-arrow-next', color: 'var(--sf-next-connector)' },
  fault: { id: 'sf-arrow-fault', color: 'var(--sf-fault-connector)' },
  predecessor: { id: 'sf-arrow-predecessor', color: 'var(--sf-predecessor-connector)' },
} as const;

/** React Flow's closed arrowhead at the size the connectors had (its `MarkerType.ArrowClosed`, 18 × 18 stroke widths). */
export const ARROWHEAD_SIZE = 18;
