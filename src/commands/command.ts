/**
 * A command is a pure document edit `(doc, params) => doc` with a name and a label for the undo
 * history (DESIGN.md §3). Commands never dispatch other commands; compose them with `composite`.
 */
import type { Orchestration } from '../model/types';

export interface Command<P> {
  /** `'noun.verb'`, e.g. `'step.add'`. */
  readonly name: string;
  /** What the undo history shows, e.g. "Add step". */
  readonly label: string;
  /** Returns a new document (structural sharing), or the same one when nothing changes. */
  apply(doc: Orchestration, params: P): Orchestration;
}

/** Declares a command (keeps its params type). */
export function defineCommand<P>(name: string, label: string, apply: (doc: Orchestration, params: P) => Orchestration): Command<P> {
  return { name, label, apply };
}
