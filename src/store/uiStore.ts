/** View state: edit or run mode, open dialogs, transient notices. Never part of the history. */
import { create } from 'zustand';

export type AppMode = 'edit' | 'run';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  text: string;
}

export interface UiState {
  mode: AppMode;
  /** True until the start design (sample, saved design, share link) is open. */
  starting: boolean;
  /** The palette and outline column is folded away to give the canvas room. */
  sideFolded: boolean;
  notices: readonly Notice[];
  /** Canvas: node moves snap to the grid. */
  snapToGrid: boolean;
  /** The element whose label is being edited in place, if any. */
  renaming: string | null;
  helpOpen: boolean;
  searchOpen: boolean;
  /** Which app dialog is open (the help dialog has its own flag). */
  dialog: 'library' | 'scenarios' | null;
  /** Why the connection being dragged cannot be made (shown while dragging). */
  connectionHint: string | null;
  /** Incremented to ask the canvas to frame the design (see `fitMode`). */
  fitRequest: number;
  /** `open`: as a design opens (fitted if readable, else readable on its beginning); `all`: everything (Fit view). */
  fitMode: 'open' | 'all';
  requestFit(mode?: 'open' | 'all'): void;
  setMode(mode: AppMode): void;
  setStarting(starting: boolean): void;
  setSideFolded(folded: boolean): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
  setSnapToGrid(on: boolean): void;
  setRenaming(name: string | null): void;
  setHelpOpen(open: boolean): void;
  setDialog(dialog: UiState['dialog']): void;
  setSearchOpen(open: boolean): void;
  setConnectionHint(hint: string | null): void;
}

let nextNoticeId = 1;

export const useUiStore = create<UiState>()((set, get) => ({
  mode: 'edit',
  starting: true,
  sideFolded: false,
  notices: [],
  snapToGrid: true,
  renaming: null,
  helpOpen: false,
  searchOpen: false,
  dialog: null,
  connectionHint: null,
  fitRequest: 0,
  fitMode: 'open',
  requestFit(mode = 'open') {
    set({ fitRequest: get().fitRequest + 1, fitMode: mode });
  },
  setMode(mode) {
    set({ mode });
  },
  setSideFolded(sideFolded) {
    set({ sideFolded });
  },
  setStarting(starting) {
    if (get().starting !== starting) set({ starting });
  },
  notify(kind, text) {
    const notice = { id: nextNoticeId++, kind, text };
    // The same message again replaces the earlier one (it restarts its timer) instead of stacking.
    set({ notices: [...get().notices.filter((n) => n.text !== text).slice(-4), notice] });
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  setSnapToGrid(snapToGrid) {
    set({ snapToGrid });
  },
  setRenaming(renaming) {
    if (get().renaming !== renaming) set({ renaming });
  },
  setHelpOpen(helpOpen) {
    set({ helpOpen });
  },
  setDialog(dialog) {
    set({ dialog });
  },
  setSearchOpen(searchOpen) {
    set({ searchOpen });
  },
  setConnectionHint(connectionHint) {
    if (get().connectionHint !== connectionHint) set({ connectionHint });
  },
}));
