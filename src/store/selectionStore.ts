/**
 * What is selected on the canvas, in the outline or in the run view: element API names (stage,
 * step or decision). Never part of the undo history.
 */
import { create } from 'zustand';

export interface SelectionState {
  selected: readonly string[];
  select(names: readonly string[]): void;
  toggle(name: string): void;
  clear(): void;
}

export const useSelectionStore = create<SelectionState>()((set, get) => ({
  selected: [],
  select(names) {
    const prev = get().selected;
    if (prev.length === names.length && prev.every((n, i) => n === names[i])) return;
    set({ selected: [...names] });
  },
  toggle(name) {
    const prev = get().selected;
    set({ selected: prev.includes(name) ? prev.filter((n) => n !== name) : [...prev, name] });
  },
  clear() {
    if (get().selected.length) set({ selected: [] });
  },
}));
