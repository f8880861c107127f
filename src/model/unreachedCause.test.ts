/**
 * A connector that names no stage or decision (an error) cuts the path the admin drew: the stages
 * and decisions after it are never reached because of it, and their warnings say so (Problem.cause),
 * so the Problems list and `stageflow validate` read them as that error's consequences.
 */
import { describe, expect, it } from 'vitest';
import { causeError } from './problemCauses';
import { decision, orchestration, stage } from './testing/fixtures';
import type { Problem } from './types';
import { validateOrchestration } from './validate';

/** A chain Begin → Check → Pack → Ship → Close whose first connector is misspelt, plus what `extra` adds. */
function brokenChain(extra: Parameters<typeof orchestration>[0] = {}) {
  return orchestration({
    stages: [stage('Begin', undefined, { next: 'Chek' }), stage('Check', undefined, { next: 'Route' }), stage('Pack', undefined, { next: 'Ship' }), stage('Ship', undefined, { next: 'Close' }), stage('Close')],
    decisions: [decision('Route', { defaultNext: 'Pack' })],
    ...extra,
  });
}

const unreached = (problems: readonly Problem[]) => problems.filter((p) => /never reached/.test(p.message));

describe('never reached after a broken connector', () => {
  it('each stage and decision cut off follows from the connector that names no element', () => {
    const problems = validateOrchestration(brokenChain());
    const errors = problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.path}: ${p.message}`)).toEqual(['stages[0].next: the next element "Chek" is not a stage or decision of this orchestration']);
    expect(unreached(problems).map((p) => [p.path, p.cause, causeError(errors, p)?.path])).toEqual([
      ['stages[1]', 'stages[0].next', 'stages[0].next'],
      ['stages[2]', 'stages[0].next', 'stages[0].next'],
      ['stages[3]', 'stages[0].next', 'stages[0].next'],
      ['stages[4]', 'stages[0].next', 'stages[0].next'],
      ['decisions[0]', 'stages[0].next', 'stages[0].next'],
    ]);
  });

  it('a connector to a step, and a decision outcome\'s, cut the path too; the first in the document\'s order is named', () => {
    const doc = orchestration({
      stages: [stage('Begin', undefined, { next: 'Route' }), stage('Left', undefined, { next: 'Begin_Step' }), stage('Lost')],
      decisions: [decision('Route', { outcomes: [{ name: 'Go', requirements: [{ left: 'amount', operator: 'IsNull', right: { boolean: true } }], next: 'Gone' }], defaultNext: 'Left' })],
    });
    const problems = validateOrchestration(doc);
    expect(unreached(problems).map((p) => [p.path, p.cause])).toEqual([['stages[2]', 'stages[1].next']]);
  });

  it('with every connector sound, an orphan is a warning of its own', () => {
    const doc = orchestration({ stages: [stage('Begin', undefined, { next: 'End' }), stage('End'), stage('Orphan', undefined, { next: 'End' })] });
    expect(unreached(validateOrchestration(doc)).map((p) => [p.path, p.cause])).toEqual([['stages[2]', undefined]]);
  });
});
