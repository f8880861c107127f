/**
 * Sizes of canvas elements in flow units (px at 100%), shared by the layout, the mapper and the
 * nodes' stylesheet (nodes/nodes.css must use the same numbers). Text is sized to be read on screen
 * at the zoom that fits a typical design: at READABLE_ZOOM a step label (17 px) is 12.2 px and a
 * chip (14 px) 10.1 px (nodes.css).
 */
import type { Font } from './layout/textMetrics';

/** The zoom at and above which text on the canvas is readable (labels ≥ 12 px, chips ≥ 10 px). */
export const READABLE_ZOOM = 0.72;
/** Below this zoom nodes draw only their label and status colour (level of detail). */
export const DETAIL_ZOOM = 0.5;
/**
 * Below this zoom a big design's steps are not React Flow nodes at all: a step label (17 px) would
 * be 5 px on screen, too small to read, so the steps are painted as coloured rectangles
 * (SketchLayer.tsx) and React Flow holds only stages, decisions and their connectors
 * (shownElements.ts, docs/canvas.md "Big designs").
 */
export const OVERVIEW_ZOOM = 0.3;

export const GRID = 20;

// ---- step cards ----
export const STEP_WIDTH = 232;
export const CARD_BORDER = 2;
export const CARD_PAD_X = 10;
export const CARD_PAD_Y = 8;
/** Width for text inside a card. */
export const CARD_INNER = STEP_WIDTH - 2 * (CARD_BORDER + CARD_PAD_X);
export const LABEL_FONT: Font = { size: 17, bold: true };
export const LABEL_LINE = 21;
/** The kind icon before a label, with its gap. */
export const ICON_SPACE = 22;
/** The problem marker after a label, with its gap. */
export const MARKER_SPACE = 26;
/**
 * The flow line ("Flow: …") and the run's "as …" line are set as a chip (14 px): at 13 px they were
 * 9.4 px on screen at READABLE_ZOOM, under the 10 px a chip keeps (loan-approval at 1280×800, the
 * recruiting demo). One line still fits the room a chip row needs, so cards keep their height.
 */
export const META_FONT: Font = { size: 14, bold: false };
export const META_LINE = 18;
export const META_GAP = 4;
export const CHIP_FONT: Font = { size: 14, bold: false };
export const CHIP_LINE = 20;
export const CHIP_PAD_X = 6;
export const CHIP_GAP = 4;
export const CHIPS_GAP = 6;
/** The flow line's margin below it (nodes.css `.sf-meta`): the rows' gap is META_GAP, and CHIPS_GAP counts both. */
export const META_MARGIN = CHIPS_GAP - META_GAP;

// ---- stages: a column of step cards under a header ----
export const STAGE_PAD = 12;
export const STAGE_WIDTH = STEP_WIDTH + 2 * STAGE_PAD;
export const STAGE_HEADER_PAD_Y = 8;
/** Vertical room between stacked cards (a predecessor arrow runs through it). */
export const STEP_GAP = 24;
/** Room between cards placed side by side. */
export const STEP_COLUMN_GAP = 32;
export const STAGE_MIN_HEIGHT = 120;

// ---- decisions ----
export const DECISION_WIDTH = 150;
/**
 * A decision's label is set as a step's (17 px): at 15 px it was 10.8 px on screen at READABLE_ZOOM,
 * where a design as big as the recruiting demo opens, under the 12 px a label needs.
 */
export const DECISION_FONT: Font = LABEL_FONT;
export const DECISION_LINE = LABEL_LINE;
export const DECISION_PAD_Y = 10;
export const DECISION_PAD_X = 12;

// ---- the arrangement of stages and decisions ----
/** Between columns of a row (arrows between stages run here). */
export const COLUMN_GAP = 48;
/** The widest an outcome's name on its connector is before it wraps (canvas.css `.edge-label`). */
export const EDGE_LABEL_WIDTH = 136;
/**
 * After a column with a decision: its connectors carry outcome names. A name starts just right of
 * the line out of the decision (STUB + 4 px) and is kept clear of the next column's arrowhead.
 */
export const LABELLED_GAP = EDGE_LABEL_WIDTH + 36;
/** Between rows of columns (arrows wrapping to the next row run here). */
export const ROW_GAP = 56;
/** Between elements stacked in one column (branches). */
export const STACK_GAP = 32;
/**
 * The pane the automatic arrangement is shaped for: the canvas of a 1280×800 window with both side
 * columns open, less the fit padding. Designs are wrapped into rows so they fit it as large as they can.
 */
export const REFERENCE_PANE = { width: 640, height: 620 };
/** Space kept around the design when fitting the view (px on screen). */
export const FIT_PADDING = 24;
