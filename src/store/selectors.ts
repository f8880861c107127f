/** Module-level selectors, so components subscribe to the smallest slice and never re-create them. */
import type { DocumentState } from './documentStore';
import type { SelectionState } from './selectionStore';
import type { UiState } from './uiStore';

export const selectDoc = (s: DocumentState) => s.doc;
export const selectDocLabel = (s: DocumentState) => s.doc.label ?? s.doc.name;
export const selectSelected = (s: SelectionState) => s.selected;
export const selectSelectedEdges = (s: SelectionState) => s.edges;
export const selectMode = (s: UiState) => s.mode;
export const selectSnap = (s: UiState) => s.snapToGrid;
export const selectRenaming = (s: UiState) => s.renaming;
export const selectNotices = (s: UiState) => s.notices;
export const selectConnectionHint = (s: UiState) => s.connectionHint;
