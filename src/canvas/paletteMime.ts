/** The drag-and-drop data type of palette items. */
export const PALETTE_MIME = 'application/x-stageflow-palette';
