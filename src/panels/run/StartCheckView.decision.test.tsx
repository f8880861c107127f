// @vitest-environment jsdom
/**
 * "Why it has not started" for an evaluation flow whose decision failed 100 outcomes of 100 rows:
 * the sentence names the first three outcomes (the first reason whole) and counts the rest; the
 * whole list is one disclosure away (decisionInShort.ts, docs/canvas.md chosen).
 */
import { fireEvent, render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { decisionWords } from '../../model/decisionWords';
import type { TraceFlowRun } from '../../model/types';
import { EvaluationFlowCheck } from './StartCheckView';

const decision: NonNullable<TraceFlowRun['decision']> = {
  element: 'Route', outcome: 'default',
  notMet: Array.from({ length: 100 }, (_, o) => ({ outcome: `Tier_${o + 1}`, rows: Array.from({ length: 100 }, (_, r) => ({ left: `Amount_${r + 1}`, operator: 'GreaterThan', value: 5, expected: 1000 + o })) })),
};
const run: TraceFlowRun = { t: 0, flow: 'Check', stage: 'S', purpose: 'start', status: 'completed', path: [], assignments: [], recordsRead: [], recordChanges: [], sideEffects: [], outputs: {}, elementsExecuted: 0, result: false, decision };

it('names the first three outcomes, counts the other 97, and lists all 100 under "All 100 outcomes not met"', () => {
  // given the check the engine reports (its reason: every outcome, flowReason in engine/startCheck.ts)
  render(<EvaluationFlowCheck check={{ mode: 'evaluationFlow', holds: false, flow: 'Check', source: 'flow', logic: null, rows: [], recheck: null, run, reason: `its ${decisionWords(decision)}` }} />);
  // then
  const sentence = screen.getByText(/^Starts when evaluation flow/);
  expect(sentence).toHaveTextContent('run as things stand, its decision "Route" took the default outcome: outcome "Tier_1" is not met (Amount_1 5 is not greater than 1000,');
  expect(sentence).toHaveTextContent(/and 97 more outcomes not met\.$/);
  expect(sentence.textContent!.length).toBeLessThan(1000);
  // and the full list is there when asked for
  fireEvent.click(screen.getByText('All 100 outcomes not met'));
  expect(screen.getAllByRole('listitem')).toHaveLength(100);
  expect(screen.getAllByRole('listitem')[99]).toHaveTextContent('Amount_100 5 is not greater than 1099');
});
