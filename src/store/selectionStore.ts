/**
 * What is selected on the canvas, in the outline or in the run view: element API names (stage,
 * step or decision), plus selected connector ids on the canvas. Never part of the undo history.
 */
import { create } from 'zustand';

export interface SelectionState {
  selected: readonly string[];
  /** Selected canvas connectors (edge ids such as `pred:Step`). */
  edges: readonly string[];
  select(names: readonly string[]): void;
  toggle(name: string): void;
  clear(): void;
  selectEdges(ids: readonly string[]): void;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => n === b[i]);

export const useSelectionStore = create<SelectionState>()((set, get) => ({
  selected: [],
  edges: [],
  select(names) {
    if (same(get().selected, names)) return;
    set({ selected: [...names] });
  },
  toggle(name) {
    const prev = get().selected;
    set({ selected: prev.includes(name) ? prev.filter((n) => n !== name) : [...prev, name] });
  },
  clear() {
    if (get().selected.length || get().edges.length) set({ selected: [], edges: [] });
  },
  selectEdges(ids) {
    if (same(get().edges, ids)) return;
    set({ edges: [...ids] });
  },
}));
