import { describe, expect, it } from 'vitest';
import type { TraceFlowRun } from '../../model/types';
import { decisionWords } from '../../model/decisionWords';
import { decisionReason } from './flowRunText';
import { decisionInShort } from './decisionInShort';

type Decision = NonNullable<TraceFlowRun['decision']>;

/** A decision that took its default path after `outcomes` outcomes of `rows` rows each failed. */
function manyFailed(outcomes: number, rows: number): Decision {
  return {
    element: 'Route', outcome: 'default',
    notMet: Array.from({ length: outcomes }, (_, o) => ({
      outcome: `Tier_${o + 1}`,
      rows: Array.from({ length: rows }, (_, r) => ({ left: `Amount_${r + 1}`, operator: 'GreaterThan', value: 5, expected: 1000 + o })),
    })),
  };
}

const evaluation = (decision: Decision): TraceFlowRun => ({
  t: 0, flow: 'Check', stage: 'S', purpose: 'start', status: 'completed', path: [], assignments: [], recordsRead: [], recordChanges: [], sideEffects: [], outputs: {}, elementsExecuted: 0, result: false, decision,
});

describe('a decision with many failed outcomes, in the run panel (docs/canvas.md, chosen)', () => {
  it('100 outcomes × 100 rows: the reason names the first three outcomes with their first three rows and counts the rest, the first reason whole at its head', () => {
    // given
    const decision = manyFailed(100, 100);
    // when
    const reason = decisionReason(evaluation(decision))!;
    // then
    expect(reason).toBe(
      'Returned false because decision "Route" took the default outcome: '
      + 'outcome "Tier_1" is not met (Amount_1 5 is not greater than 1000, Amount_2 5 is not greater than 1000, Amount_3 5 is not greater than 1000, and 97 more rows); '
      + 'outcome "Tier_2" is not met (Amount_1 5 is not greater than 1001, Amount_2 5 is not greater than 1001, Amount_3 5 is not greater than 1001, and 97 more rows); '
      + 'outcome "Tier_3" is not met (Amount_1 5 is not greater than 1002, Amount_2 5 is not greater than 1002, Amount_3 5 is not greater than 1002, and 97 more rows); '
      + 'and 97 more outcomes not met.',
    );
  });

  it('keeps every outcome with all its rows for the full list', () => {
    const short = decisionInShort(manyFailed(100, 100));
    expect(short.cut).toBe(true);
    expect(short.all).toHaveLength(100);
    expect(short.all[99]).toContain('Amount_100 5 is not greater than 1099');
  });

  it('a small decision reads as before, nothing cut', () => {
    const decision = manyFailed(3, 3);
    expect(decisionInShort(decision)).toMatchObject({ text: decisionWords(decision), cut: false });
    expect(decisionReason(evaluation(decision))).toBe(`Returned false because ${decisionWords(decision)}.`);
  });
});
