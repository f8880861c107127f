/**
 * An evaluation flow's decision in the run panel, kept readable: a decision may test up to 100
 * outcomes of up to 100 rows each, and decisionWords then made one sentence of thousands of words.
 * *Chosen* (docs/canvas.md, "A run you can watch"): the first MAX_OUTCOMES outcomes not met, each with its first
 * MAX_ROWS rows, then "and N more outcomes"; the first reason always stays whole at its head, and
 * the panel lists every outcome with all its rows under a disclosure (DecisionWhy.tsx).
 */
import { decisionTakenWords, outcomeNotMetWords } from '../../model/decisionWords';
import type { TraceFlowRun } from '../../model/types';

type Decision = NonNullable<TraceFlowRun['decision']>;

export const MAX_OUTCOMES = 3;
export const MAX_ROWS = 3;

export interface DecisionInShort {
  /** The sentence, cut: `decision "D" took the default outcome: outcome "A" is not met (…); … and 97 more outcomes`. */
  text: string;
  /** Whether anything was left out (then the panel offers the whole list). */
  cut: boolean;
  /** Every outcome not met with all its rows, one line each. */
  all: string[];
}

export function decisionInShort(decision: Decision): DecisionInShort {
  const notMet = decision.notMet ?? [];
  const shown = notMet.slice(0, MAX_OUTCOMES).map((n) => outcomeNotMetWords(n, MAX_ROWS));
  const more = notMet.length - shown.length;
  const cut = more > 0 || notMet.slice(0, MAX_OUTCOMES).some((n) => !n.heldBefore && n.rows.length > MAX_ROWS);
  const tail = more > 0 ? `; and ${more} more outcome${more === 1 ? '' : 's'} not met` : '';
  const text = `${decisionTakenWords(decision)}${shown.length > 0 ? `: ${shown.join('; ')}${tail}` : ''}`;
  return { text, cut, all: notMet.map((n) => outcomeNotMetWords(n)) };
}
