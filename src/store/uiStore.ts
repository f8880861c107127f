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
  notices: readonly Notice[];
  setMode(mode: AppMode): void;
  notify(kind: Notice['kind'], text: string): void;
  dismiss(id: number): void;
}

let nextNoticeId = 1;

export const useUiStore = create<UiState>()((set, get) => ({
  mode: 'edit',
  notices: [],
  setMode(mode) {
    set({ mode });
  },
  notify(kind, text) {
    const notice = { id: nextNoticeId++, kind, text };
    set({ notices: [...get().notices.slice(-4), notice] });
  },
  dismiss(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
}));
