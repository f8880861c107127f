/**
 * What is selected on the canvas, in the outline or in the run view: element API names (stage,
 * step or decision), plus selected connector ids on the canvas. Never part of the undo history.
 */
import type { SliceCreator } from './storeTypes';

export interface SelectionSlice {
  selected: readonly string[];
  /** Selected canvas connectors (edge ids such as `pred:Step`). */
  selectedEdges: readonly string[];
  select(names: readonly string[]): void;
  toggleSelected(name: string): void;
  clearSelection(): void;
  selectEdges(ids: readonly string[]): void;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((n, i) => n === b[i]);

export const createSelectionSlice: SliceCreator<SelectionSlice> = (set, get) => ({
  selected: [],
  selectedEdges: [],
  select(names) {
    if (!same(get().selected, names)) set({ selected: [...names] });
  },
  toggleSelected(name) {
    const prev = get().selected;
    set({ selected: prev.includes(name) ? prev.filter((n) => n !== name) : [...prev, name] });
  },
  clearSelection() {
    if (get().selected.length || get().selectedEdges.length) set({ selected: [], selectedEdges: [] });
  },
  selectEdges(ids) {
    if (!same(get().selectedEdges, ids)) set({ selectedEdges: [...ids] });
  },
});
