/** Sizes of canvas elements in flow units (shared by the mapper, the nodes and auto-layout). */
export const STAGE_MIN_WIDTH = 280;
export const STAGE_MIN_HEIGHT = 140;
export const STAGE_HEADER = 64;
export const STAGE_PADDING = 20;
export const STAGE_GAP = 110;
export const STEP_WIDTH = 240;
export const STEP_HEIGHT = 84;
export const STEP_GAP = 18;
export const DECISION_SIZE = 110;
export const GRID = 20;
export const STEP_COLUMN_GAP = 48;
